import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createAccessToken, parseScope } from './access-token.js';

describe('access tokens', () => {
  const token = createAccessToken({
    accessToken: 'eyJ-secret',
    expiresAt: Date.UTC(2030, 0, 1),
    scope: ['supply.domain'],
  });

  it('keep the token readable but out of JSON and inspect output', () => {
    expect(token.accessToken).toBe('eyJ-secret');
    expect(token.tokenType).toBe('Bearer');
    const json = JSON.parse(JSON.stringify(token));
    expect(json).toEqual({
      accessToken: '[redacted]',
      expiresAt: '2030-01-01T00:00:00.000Z',
      scope: ['supply.domain'],
      tokenType: 'Bearer',
    });
    expect(inspect(token)).toMatch(/^AccessToken \{/);
    expect(inspect(token)).not.toContain('eyJ-secret');
  });

  it('are frozen', () => {
    expect(Object.isFrozen(token)).toBe(true);
    expect(Object.isFrozen(token.scope)).toBe(true);
  });

  it('parse scope strings and lists', () => {
    expect(parseScope('openid  design.domain ')).toEqual(['openid', 'design.domain']);
    expect(parseScope(['openid', 'a b'])).toEqual(['openid', 'a', 'b']);
    expect(parseScope(undefined)).toEqual([]);
  });
});
