/**
 * Server-side sessions: the browser holds only an opaque random id (in an HTTP-only cookie); the
 * pending sign-in and the signed-in user's token provider stay here, in this process.
 */
import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import type { AuthorizationCodeProvider, PendingAuthorization } from '@nexar/auth';
import type { DesignClient } from '@nexar/design';

export interface SignedIn {
  /** This session's own provider: its tokens are this user's, in its own memory store. */
  auth: AuthorizationCodeProvider;
  design: DesignClient;
  userName: string;
}

export class WebSession {
  /** Between "Sign in" and the callback: what `completeAuthorization` needs, and where to go next. */
  pending:
    | { authorization: PendingAuthorization; auth: AuthorizationCodeProvider; returnTo: string }
    | undefined;
  signedIn: SignedIn | undefined;
  lastSeen: number;

  constructor(
    readonly id: string,
    now: number,
  ) {
    this.lastSeen = now;
  }

  // The id is a credential and `pending` holds the PKCE verifier: neither is shown.
  toJSON(): object {
    return { signedIn: this.signedIn !== undefined, pending: this.pending !== undefined };
  }
  [inspect.custom](): string {
    return `WebSession ${JSON.stringify(this.toJSON())}`;
  }
}

export interface SessionStoreOptions {
  /** Signed-in sessions unused for this long are forgotten (default 8 hours). */
  idleMs?: number;
  /** Sessions nobody has signed in to (a sign-in under way) unused for this long are forgotten (default 15 minutes). */
  anonymousIdleMs?: number;
  /**
   * At most this many sessions nobody has signed in to (default 1,000): each visit to "Sign in" makes
   * one, so a flood of them would otherwise fill the memory. Past it, the one unused longest goes.
   */
  maxAnonymous?: number;
  now?: () => number;
  /** Source of session ids (default: 32 random bytes, base64url). */
  newId?: () => string;
}

export const SESSION_DEFAULTS = {
  idleMs: 8 * 60 * 60 * 1000,
  anonymousIdleMs: 15 * 60 * 1000,
  maxAnonymous: 1000,
} as const;

/** Sessions in memory, bounded: idle ones expire, anonymous ones are capped in number. */
export class SessionStore {
  /** In order of last use, oldest first (a session used again moves to the end). */
  readonly #sessions = new Map<string, WebSession>();
  readonly #idleMs: number;
  readonly #anonymousIdleMs: number;
  readonly #maxAnonymous: number;
  readonly #now: () => number;
  readonly #newId: () => string;

  constructor(options: SessionStoreOptions = {}) {
    this.#idleMs = options.idleMs ?? SESSION_DEFAULTS.idleMs;
    this.#anonymousIdleMs = options.anonymousIdleMs ?? SESSION_DEFAULTS.anonymousIdleMs;
    this.#maxAnonymous = options.maxAnonymous ?? SESSION_DEFAULTS.maxAnonymous;
    if (!(Number.isSafeInteger(this.#maxAnonymous) && this.#maxAnonymous >= 1)) {
      throw new RangeError(
        `maxAnonymous must be a whole number of 1 or more, got ${String(options.maxAnonymous)}.`,
      );
    }
    this.#now = options.now ?? Date.now;
    this.#newId = options.newId ?? (() => randomBytes(32).toString('base64url'));
  }

  get size(): number {
    return this.#sessions.size;
  }

  /** The live session with this id, marked as used; undefined for an unknown or expired one. */
  get(id: string | undefined): WebSession | undefined {
    if (id === undefined) return undefined;
    const session = this.#sessions.get(id);
    if (!session) return undefined;
    const now = this.#now();
    this.#sessions.delete(id);
    if (this.#expired(session, now)) return undefined;
    session.lastSeen = now;
    this.#sessions.set(id, session);
    return session;
  }

  /** A new anonymous session (expired ones are swept first; at the cap, the one unused longest goes). */
  create(): WebSession {
    this.sweep();
    let anonymous = 0;
    for (const session of this.#sessions.values()) if (!session.signedIn) anonymous++;
    for (const [id, session] of this.#sessions) {
      if (anonymous < this.#maxAnonymous) break;
      if (session.signedIn) continue;
      this.#sessions.delete(id);
      anonymous--;
    }
    const session = new WebSession(this.#newId(), this.#now());
    this.#sessions.set(session.id, session);
    return session;
  }

  /** The same session under a new id (after sign-in, so an id seen before it is worth nothing). */
  rotate(session: WebSession): WebSession {
    this.#sessions.delete(session.id);
    const next = this.create();
    next.pending = session.pending;
    next.signedIn = session.signedIn;
    return next;
  }

  delete(id: string): void {
    this.#sessions.delete(id);
  }

  clear(): void {
    this.#sessions.clear();
  }

  /** Forgets every expired session (the server also calls this now and then, so idle ones do not linger). */
  sweep(): void {
    const now = this.#now();
    for (const [id, session] of this.#sessions) {
      if (this.#expired(session, now)) this.#sessions.delete(id);
    }
  }

  #expired(session: WebSession, now: number): boolean {
    return now - session.lastSeen > (session.signedIn ? this.#idleMs : this.#anonymousIdleMs);
  }
}
