import { describe, expect, it } from 'vitest';
import { impliedConsentQuery } from './authorization-request.js';

describe('impliedConsentQuery', () => {
  it('adds prompt=consent when offline_access is asked', () => {
    const query = impliedConsentQuery(new URLSearchParams({ scope: 'openid offline_access', state: 's' }));
    expect(query?.get('prompt')).toBe('consent');
    expect(query?.get('state')).toBe('s');
  });

  it('keeps other prompts', () => {
    expect(
      impliedConsentQuery(new URLSearchParams({ scope: 'offline_access', prompt: 'login' }))?.get('prompt'),
    ).toBe('login consent');
  });

  it('leaves requests without offline_access, with consent already, or with prompt=none alone', () => {
    expect(impliedConsentQuery(new URLSearchParams({ scope: 'openid design.domain' }))).toBeUndefined();
    expect(
      impliedConsentQuery(new URLSearchParams({ scope: 'offline_access', prompt: 'consent' })),
    ).toBeUndefined();
    expect(
      impliedConsentQuery(new URLSearchParams({ scope: 'offline_access', prompt: 'none' })),
    ).toBeUndefined();
  });
});
