import { describe, expect, it } from 'vitest';
import { clearedSessionCookie, readSessionId, SESSION_COOKIE, sessionCookie } from './session-cookie.js';

describe('session cookie', () => {
  it('is HTTP-only and SameSite=Lax, for the whole site', () => {
    expect(sessionCookie('abc')).toBe(`${SESSION_COOKIE}=abc; Path=/; HttpOnly; SameSite=Lax`);
    expect(clearedSessionCookie()).toBe(`${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`);
  });

  it('is read from among other cookies', () => {
    expect(readSessionId(`theme=dark; ${SESSION_COOKIE}=a-b_c; other=1`)).toBe('a-b_c');
    expect(readSessionId('theme=dark')).toBeUndefined();
    expect(readSessionId(`${SESSION_COOKIE}=`)).toBeUndefined();
    expect(readSessionId(undefined)).toBeUndefined();
    expect(readSessionId(`x${SESSION_COOKIE}=nope`)).toBeUndefined();
  });
});
