import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SessionStore, type SessionStoreOptions, type SignedIn, type WebSession } from './session-store.js';

function store(options: SessionStoreOptions = {}) {
  let now = 0;
  let n = 0;
  const sessions = new SessionStore({
    idleMs: 1_000,
    anonymousIdleMs: 1_000,
    ...options,
    now: () => now,
    newId: () => `id-${++n}`,
  });
  return { sessions, advance: (ms: number) => (now += ms) };
}

const signIn = (session: WebSession) => {
  session.signedIn = { userName: 'Dana' } as SignedIn;
};

describe('SessionStore', () => {
  it('finds a session by id and keeps it alive while it is used', () => {
    const { sessions, advance } = store();
    const session = sessions.create();
    expect(sessions.get(session.id)).toBe(session);
    advance(800);
    expect(sessions.get(session.id)).toBe(session);
    advance(800); // 800 ms since the last use: still alive
    expect(sessions.get(session.id)).toBe(session);
    expect(sessions.get('id-unknown')).toBeUndefined();
    expect(sessions.get(undefined)).toBeUndefined();
  });

  it('forgets a session idle for longer than idleMs', () => {
    const { sessions, advance } = store();
    const session = sessions.create();
    advance(1_001);
    expect(sessions.get(session.id)).toBeUndefined();
    expect(sessions.size).toBe(0);
  });

  it('prunes idle sessions when new ones are made', () => {
    const { sessions, advance } = store();
    sessions.create();
    sessions.create();
    advance(1_001);
    sessions.create();
    expect(sessions.size).toBe(1);
  });

  it('forgets a sign-in under way sooner than a signed-in session', () => {
    const { sessions, advance } = store({ idleMs: 10_000, anonymousIdleMs: 1_000 });
    const pending = sessions.create();
    const user = sessions.create();
    signIn(user);
    advance(1_001);
    expect(sessions.get(pending.id)).toBeUndefined();
    expect(sessions.get(user.id)).toBe(user);
    advance(10_001);
    expect(sessions.get(user.id)).toBeUndefined();
  });

  it('keeps at most maxAnonymous sessions nobody signed in to, dropping the one unused longest', () => {
    const { sessions, advance } = store({ maxAnonymous: 3, anonymousIdleMs: 60_000 });
    const user = sessions.create();
    signIn(user);
    const [a, b, c] = [sessions.create(), sessions.create(), sessions.create()];
    advance(10);
    expect(sessions.get(a.id)).toBe(a); // used again: now the most recent
    const d = sessions.create();
    expect(sessions.get(b.id)).toBeUndefined();
    for (const kept of [a, c, d, user]) expect(sessions.get(kept.id)).toBe(kept);
    for (let i = 0; i < 1_000; i++) sessions.create();
    // A flood of anonymous sessions never pushes out a signed-in user.
    expect(sessions.size).toBe(4);
    expect(sessions.get(user.id)).toBe(user);
  });

  it('sweep forgets every expired session without waiting for a new one', () => {
    const { sessions, advance } = store({ idleMs: 5_000, anonymousIdleMs: 1_000 });
    const user = sessions.create();
    signIn(user);
    for (let i = 0; i < 10; i++) sessions.create();
    advance(1_001);
    expect(sessions.size).toBe(11);
    sessions.sweep();
    expect(sessions.size).toBe(1);
    advance(5_000);
    sessions.sweep();
    expect(sessions.size).toBe(0);
  });

  it('refuses a cap that is not a whole number of 1 or more', () => {
    for (const maxAnonymous of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => new SessionStore({ maxAnonymous }), String(maxAnonymous)).toThrow(RangeError);
    }
  });

  it('rotate moves the contents to a new id and drops the old one', () => {
    const { sessions } = store();
    const before = sessions.create();
    before.signedIn = { userName: 'Dana' } as never;
    const after = sessions.rotate(before);
    expect(after.id).not.toBe(before.id);
    expect(after.signedIn?.userName).toBe('Dana');
    expect(sessions.get(before.id)).toBeUndefined();
    expect(sessions.get(after.id)).toBe(after);
  });

  it('makes long random ids by default', () => {
    const sessions = new SessionStore();
    const a = sessions.create().id;
    const b = sessions.create().id;
    expect(a).toMatch(/^[\w-]{43}$/);
    expect(a).not.toBe(b);
  });

  it('shows neither its id nor the pending sign-in when printed or serialised', () => {
    const { sessions } = store();
    const session = sessions.create();
    session.pending = { authorization: { codeVerifier: 'verifier-secret' } } as never;
    for (const shown of [inspect(session), JSON.stringify(session), inspect({ session })]) {
      expect(shown).not.toContain(session.id);
      expect(shown).not.toContain('verifier-secret');
      expect(shown).toContain('pending');
    }
  });
});
