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
  /** Sessions unused for this long are forgotten (default 8 hours). */
  idleMs?: number;
  now?: () => number;
  /** Source of session ids (default: 32 random bytes, base64url). */
  newId?: () => string;
}

export class SessionStore {
  readonly #sessions = new Map<string, WebSession>();
  readonly #idleMs: number;
  readonly #now: () => number;
  readonly #newId: () => string;

  constructor(options: SessionStoreOptions = {}) {
    this.#idleMs = options.idleMs ?? 8 * 60 * 60 * 1000;
    this.#now = options.now ?? Date.now;
    this.#newId = options.newId ?? (() => randomBytes(32).toString('base64url'));
  }

  get size(): number {
    return this.#sessions.size;
  }

  /** The live session with this id, marked as used; undefined for an unknown or idle one. */
  get(id: string | undefined): WebSession | undefined {
    if (id === undefined) return undefined;
    const session = this.#sessions.get(id);
    if (!session) return undefined;
    const now = this.#now();
    if (now - session.lastSeen > this.#idleMs) {
      this.#sessions.delete(id);
      return undefined;
    }
    session.lastSeen = now;
    return session;
  }

  create(): WebSession {
    this.#prune();
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

  #prune(): void {
    const now = this.#now();
    for (const [id, session] of this.#sessions) {
      if (now - session.lastSeen > this.#idleMs) this.#sessions.delete(id);
    }
  }
}
