import { describe, expect, it } from 'vitest';
import { codeFlowScopes, parseScope, refuseClientCredentialsScopes } from './scopes.js';

describe('codeFlowScopes', () => {
  it("adds the app's domain scopes to the user scopes", () => {
    expect([...codeFlowScopes({ scopes: ['design.domain'] })].sort()).toEqual([
      'design.domain',
      'email',
      'offline_access',
      'openid',
      'profile',
      'user.access',
    ]);
    expect(codeFlowScopes({ scopes: ['supply.domain'] }).has('design.domain')).toBe(false);
  });
});

describe('refuseClientCredentialsScopes', () => {
  it('allows supply.domain for an app created with it', () => {
    expect(refuseClientCredentialsScopes({ scopes: ['supply.domain'] }, ['supply.domain'])).toBeUndefined();
  });

  it('refuses any other scope, naming it', () => {
    expect(
      refuseClientCredentialsScopes({ scopes: ['supply.domain', 'design.domain'] }, [
        'supply.domain',
        'design.domain',
      ]),
    ).toMatchObject({ scope: 'design.domain' });
    expect(refuseClientCredentialsScopes({ scopes: ['supply.domain'] }, ['openid'])).toMatchObject({
      scope: 'openid',
    });
  });

  it('refuses supply.domain for an app created without it', () => {
    const refusal = refuseClientCredentialsScopes({ scopes: ['design.domain'] }, ['supply.domain']);
    expect(refusal?.scope).toBe('supply.domain');
    expect(refusal?.description).toMatch(/fixed at creation/);
  });
});

describe('parseScope', () => {
  it('splits on spaces and drops duplicates and empties', () => {
    expect(parseScope('openid  design.domain openid')).toEqual(['openid', 'design.domain']);
    expect(parseScope(undefined)).toEqual([]);
  });
});
