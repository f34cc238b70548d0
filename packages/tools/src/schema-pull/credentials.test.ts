import { describe, expect, it } from 'vitest';
import { MISSING_CREDENTIALS_MESSAGE, tokenProviderFromEnvironment } from './credentials.js';
import { EXIT_CODES, SchemaPullError } from './exit-codes.js';

describe('tokenProviderFromEnvironment', () => {
  it('uses NEXAR_TOKEN as it is', async () => {
    const provider = tokenProviderFromEnvironment({ NEXAR_TOKEN: 'ready-token', NEXAR_CLIENT_ID: 'id' });
    expect((await provider.getToken()).accessToken).toBe('ready-token');
  });

  it('uses client credentials with the asked scope when there is no token', () => {
    const provider = tokenProviderFromEnvironment(
      { NEXAR_CLIENT_ID: 'id', NEXAR_CLIENT_SECRET: 'secret', NEXAR_IDENTITY_URL: 'http://127.0.0.1:9' },
      'design.domain',
    ) as { scope?: readonly string[]; tokenUrl?: string };
    expect(provider.scope).toEqual(['design.domain']);
    expect(provider.tokenUrl).toBe('http://127.0.0.1:9/connect/token');
  });

  it.each([{}, { NEXAR_CLIENT_ID: 'id' }, { NEXAR_CLIENT_SECRET: 'secret' }, { NEXAR_TOKEN: ' ' }])(
    'names the variables to set when %j is all there is',
    (env) => {
      let caught: unknown;
      try {
        tokenProviderFromEnvironment(env);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(SchemaPullError);
      expect((caught as SchemaPullError).exitCode).toBe(EXIT_CODES.usage);
      expect((caught as SchemaPullError).message).toBe(MISSING_CREDENTIALS_MESSAGE);
      expect(MISSING_CREDENTIALS_MESSAGE).toMatch(/NEXAR_CLIENT_ID and NEXAR_CLIENT_SECRET.*NEXAR_TOKEN/);
      expect((caught as SchemaPullError).message).not.toContain('secret');
    },
  );
});
