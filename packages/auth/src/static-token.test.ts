import { describe, expect, it } from 'vitest';
import { staticToken } from './static-token.js';

describe('staticToken', () => {
  it('serves the token until it expires', async () => {
    let now = 1_000;
    const provider = staticToken('tok', { expiresAt: 2_000, now: () => now });
    expect((await provider.getToken()).accessToken).toBe('tok');
    now = 2_000;
    await expect(provider.getToken()).rejects.toMatchObject({ code: 'login_required' });
  });

  it('fails once the API rejected it, but not for another token', async () => {
    const provider = staticToken('tok');
    provider.invalidate('other');
    expect((await provider.getToken()).accessToken).toBe('tok');
    provider.invalidate('tok');
    await expect(provider.getToken()).rejects.toMatchObject({ code: 'login_required' });
  });

  it('takes the expiry from a JWT', async () => {
    const payload = Buffer.from(JSON.stringify({ exp: 1_900_000_000 })).toString('base64url');
    const provider = staticToken(`h.${payload}.s`);
    expect((await provider.getToken()).expiresAt).toBe(1_900_000_000_000);
  });
});
