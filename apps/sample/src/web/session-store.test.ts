import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SessionStore } from './session-store.js';

function store(idleMs = 1_000) {
  let now = 0;
  let n = 0;
  const sessions = new SessionStore({ idleMs, now: () => now, newId: () => `id-${++n}` });
  return { sessions, advance: (ms: number) => (now += ms) };
}

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
