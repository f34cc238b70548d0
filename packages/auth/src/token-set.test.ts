import { describe, expect, it } from 'vitest';
import {
  computeExpiresAt,
  createTokenSet,
  parseTokenSet,
  readJwtExpiry,
  serializeTokenSet,
} from './token-set.js';

function jwt(claims: object): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none' })}.${part(claims)}.sig`;
}

describe('token sets', () => {
  it('take expiry from expires_in at receipt, the JWT exp only as a fallback', () => {
    const token = jwt({ exp: 2_000_000 });
    expect(computeExpiresAt(86_400, token, 1_000)).toBe(1_000 + 86_400_000);
    expect(computeExpiresAt(undefined, token, 1_000)).toBe(2_000_000_000);
    expect(computeExpiresAt(undefined, 'opaque-token', 1_000)).toBe(1_000 + 3_600_000);
  });

  it('read the exp claim of a JWT and nothing from other strings', () => {
    expect(readJwtExpiry(jwt({ exp: 42 }))).toBe(42_000);
    expect(readJwtExpiry(jwt({ sub: 'x' }))).toBeUndefined();
    expect(readJwtExpiry('a.%%%.c')).toBeUndefined();
    expect(readJwtExpiry('opaque')).toBeUndefined();
  });

  it('serialize and parse back, with or without a refresh token', () => {
    const full = createTokenSet({ accessToken: 'a', expiresAt: 5, scope: ['x', 'y'], refreshToken: 'r' });
    expect(parseTokenSet(serializeTokenSet(full))).toEqual({
      accessToken: 'a',
      expiresAt: 5,
      scope: ['x', 'y'],
      refreshToken: 'r',
    });
    const bare = createTokenSet({ accessToken: 'a', expiresAt: 5, scope: [] });
    expect(parseTokenSet(serializeTokenSet(bare))?.refreshToken).toBeUndefined();
  });

  it('parse nothing from damaged or foreign entries', () => {
    for (const text of [
      undefined,
      '',
      'not json',
      '[]',
      '{"v":2,"accessToken":"a","expiresAt":1,"scope":""}',
      '{"v":1,"accessToken":"","expiresAt":1,"scope":""}',
      '{"v":1,"accessToken":"a","expiresAt":"soon","scope":""}',
      '{"v":1,"accessToken":"a","expiresAt":1,"scope":"","refreshToken":7}',
    ]) {
      expect(parseTokenSet(text), String(text)).toBeUndefined();
    }
  });
});
