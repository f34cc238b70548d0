import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APPLICATIONS } from '../src/applications.js';
import { AccessTokenError, NEXAR_API_RESOURCE } from '../src/identity/index.js';
import { type IdentityHarness, startIdentity, tokenRequest } from './identity-harness.js';

const { supply, design, both } = DEMO_APPLICATIONS;
const ALL_SECRETS = [supply.clientSecret, design.clientSecret, both.clientSecret];

let server: IdentityHarness;
beforeAll(async () => {
  server = await startIdentity();
});
afterAll(() => server.close());

function expectNoSecret(text: string): void {
  for (const secret of ALL_SECRETS) expect(text).not.toContain(secret);
}

describe('discovery and keys', () => {
  it('publishes Nexar-shaped endpoints, grants and scopes', async () => {
    const response = await fetch(`${server.url}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const metadata = (await response.json()) as Record<string, unknown>;
    expect(metadata).toMatchObject({
      issuer: server.url,
      token_endpoint: `${server.url}/connect/token`,
      authorization_endpoint: `${server.url}/connect/authorize`,
      userinfo_endpoint: `${server.url}/connect/userinfo`,
      revocation_endpoint: `${server.url}/connect/revocation`,
      end_session_endpoint: `${server.url}/connect/endsession`,
      jwks_uri: `${server.url}/.well-known/openid-configuration/jwks`,
      code_challenge_methods_supported: ['S256'],
      response_types_supported: ['code'],
    });
    expect(metadata.grant_types_supported).toEqual(
      expect.arrayContaining(['client_credentials', 'authorization_code', 'refresh_token']),
    );
    expect(metadata.scopes_supported).toEqual(
      expect.arrayContaining([
        'supply.domain',
        'design.domain',
        'user.access',
        'openid',
        'profile',
        'email',
        'offline_access',
      ]),
    );
    expect(metadata.token_endpoint_auth_methods_supported).toEqual(
      expect.arrayContaining(['client_secret_post', 'client_secret_basic', 'none']),
    );
  });

  it('serves the public signing key and nothing private', async () => {
    const response = await fetch(`${server.url}/.well-known/openid-configuration/jwks`);
    const jwks = (await response.json()) as { keys: Record<string, unknown>[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwks.keys[0]?.kid).toBe(server.identity.publicJwks.keys[0]?.kid);
    for (const privateMember of ['d', 'p', 'q', 'dp', 'dq', 'qi'])
      expect(jwks.keys[0]).not.toHaveProperty(privateMember);
  });
});

describe('client credentials', () => {
  it("issues a 24-hour JWT for supply.domain with client_secret_post (the seeds' curl request)", async () => {
    const { status, body } = await tokenRequest(server.url, {
      grant_type: 'client_credentials',
      client_id: supply.clientId,
      client_secret: supply.clientSecret,
      scope: 'supply.domain',
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 86400, scope: 'supply.domain' });
    expect(body).not.toHaveProperty('refresh_token');
    const claims = await server.identity.verifyAccessToken(body.access_token as string);
    expect(claims).toMatchObject({
      clientId: supply.clientId,
      subject: supply.clientId,
      scopes: ['supply.domain'],
    });
    expect(claims.userId).toBeUndefined();
    expect(claims.expiresAt - claims.issuedAt).toBe(86400);
    const [, payload = ''] = (body.access_token as string).split('.');
    const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    expect(decoded).toMatchObject({
      iss: server.url,
      aud: NEXAR_API_RESOURCE,
      client_id: supply.clientId,
      sub: supply.clientId,
      scope: 'supply.domain',
    });
  });

  it('accepts client_secret_basic and defaults the scope to supply.domain', async () => {
    const { status, body } = await tokenRequest(
      server.url,
      { grant_type: 'client_credentials' },
      { basic: { clientId: both.clientId, clientSecret: both.clientSecret } },
    );
    expect(status).toBe(200);
    expect(body.scope).toBe('supply.domain');
    const claims = await server.identity.verifyAccessToken(body.access_token as string);
    expect(claims.clientId).toBe(both.clientId);
  });

  it('answers invalid_client (401) for an unknown client or a wrong secret, without echoing secrets', async () => {
    const unknown = await tokenRequest(server.url, {
      grant_type: 'client_credentials',
      client_id: 'no-such-app',
      client_secret: supply.clientSecret,
      scope: 'supply.domain',
    });
    expect(unknown.status).toBe(401);
    expect(unknown.body.error).toBe('invalid_client');
    expectNoSecret(unknown.text);

    const wrongSecret = await tokenRequest(server.url, {
      grant_type: 'client_credentials',
      client_id: supply.clientId,
      client_secret: both.clientSecret,
      scope: 'supply.domain',
    });
    expect(wrongSecret.status).toBe(401);
    expect(wrongSecret.body.error).toBe('invalid_client');
    expectNoSecret(wrongSecret.text);

    const wrongBasic = await tokenRequest(
      server.url,
      { grant_type: 'client_credentials', scope: 'supply.domain' },
      { basic: { clientId: supply.clientId, clientSecret: 'not-the-secret' } },
    );
    expect(wrongBasic.status).toBe(401);
    expect(wrongBasic.body.error).toBe('invalid_client');
    expect(wrongBasic.headers.get('www-authenticate') ?? '').not.toContain('not-the-secret');
    expect(wrongBasic.text).not.toContain('not-the-secret');
  });

  it('answers invalid_scope when a design-only app asks for supply.domain', async () => {
    const { status, body, text } = await tokenRequest(server.url, {
      grant_type: 'client_credentials',
      client_id: design.clientId,
      client_secret: design.clientSecret,
      scope: 'supply.domain',
    });
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: 'invalid_scope', scope: 'supply.domain' });
    expect(body.error_description).toMatch(/created without the supply\.domain scope/);
    expectNoSecret(text);
  });

  it('answers invalid_scope when client credentials ask for design.domain, even for an app that has it', async () => {
    const { status, body } = await tokenRequest(server.url, {
      grant_type: 'client_credentials',
      client_id: both.clientId,
      client_secret: both.clientSecret,
      scope: 'supply.domain design.domain',
    });
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: 'invalid_scope', scope: 'design.domain' });
  });

  it('answers unsupported_grant_type and invalid_request for malformed requests', async () => {
    const password = await tokenRequest(server.url, {
      grant_type: 'password',
      client_id: supply.clientId,
      client_secret: supply.clientSecret,
      username: 'dana@example.com',
      password: 'demo',
    });
    expect(password.status).toBe(400);
    expect(password.body.error).toBe('unsupported_grant_type');
    expect(password.text).not.toContain('demo');

    const noGrant = await tokenRequest(server.url, {
      client_id: supply.clientId,
      client_secret: supply.clientSecret,
    });
    expect(noGrant.status).toBe(400);
    expect(noGrant.body.error).toBe('invalid_request');
    expectNoSecret(noGrant.text);
  });

  it('counts every token request by grant, and the rejected ones', async () => {
    server.stats.reset();
    await tokenRequest(server.url, {
      grant_type: 'client_credentials',
      client_id: supply.clientId,
      client_secret: supply.clientSecret,
    });
    await tokenRequest(server.url, {
      grant_type: 'client_credentials',
      client_id: supply.clientId,
      client_secret: 'wrong',
    });
    await tokenRequest(server.url, {
      grant_type: 'refresh_token',
      client_id: supply.clientId,
      client_secret: supply.clientSecret,
      refresh_token: 'nope',
    });
    await tokenRequest(server.url, {
      grant_type: 'magic',
      client_id: supply.clientId,
      client_secret: supply.clientSecret,
    });
    expect(server.stats.snapshot().tokenRequests).toEqual({
      client_credentials: 2,
      authorization_code: 0,
      refresh_token: 1,
      total: 4,
      rejected: 3,
    });
  });
});

describe('secrets', () => {
  it('appear in no inspect or JSON output of the identity, even after tokens were issued', async () => {
    const { body } = await tokenRequest(server.url, {
      grant_type: 'client_credentials',
      client_id: supply.clientId,
      client_secret: supply.clientSecret,
    });
    const token = body.access_token as string;
    for (const output of [
      inspect(server.identity, { depth: 10, showHidden: true }),
      JSON.stringify(server.identity),
    ]) {
      expectNoSecret(output);
      expect(output).not.toContain(token);
    }
  });
});

describe('access token checks', () => {
  it('rejects a tampered or foreign token as AuthInvalidToken', async () => {
    const { body } = await tokenRequest(server.url, {
      grant_type: 'client_credentials',
      client_id: supply.clientId,
      client_secret: supply.clientSecret,
    });
    const token = body.access_token as string;
    const [header, payload, signature = ''] = token.split('.');
    const flipped = `${signature.slice(0, -2)}${signature.endsWith('A') ? 'B' : 'A'}${signature.slice(-1)}`;
    await expect(server.identity.verifyAccessToken(`${header}.${payload}.${flipped}`)).rejects.toMatchObject({
      code: 'AuthInvalidToken',
    });

    const other = await startIdentity();
    try {
      const error = await server.identity
        .verifyAccessToken(
          (
            await tokenRequest(other.url, {
              grant_type: 'client_credentials',
              client_id: supply.clientId,
              client_secret: supply.clientSecret,
            })
          ).body.access_token as string,
        )
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AccessTokenError);
      expect((error as AccessTokenError).code).toBe('AuthInvalidToken');
    } finally {
      await other.close();
    }
    await expect(server.identity.verifyAccessToken('not-a-jwt')).rejects.toMatchObject({
      code: 'AuthInvalidToken',
    });
  });

  it('revokeAccessTokens makes every issued token AuthInvalidToken, and new tokens still work', async () => {
    const first = await tokenRequest(server.url, {
      grant_type: 'client_credentials',
      client_id: supply.clientId,
      client_secret: supply.clientSecret,
    });
    const token = first.body.access_token as string;
    await expect(server.identity.verifyAccessToken(token)).resolves.toMatchObject({
      clientId: supply.clientId,
    });
    server.identity.revokeAccessTokens();
    const error = await server.identity.verifyAccessToken(token).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AccessTokenError);
    expect((error as AccessTokenError).code).toBe('AuthInvalidToken');
    expect((error as Error).message).not.toContain(token);

    const second = await tokenRequest(server.url, {
      grant_type: 'client_credentials',
      client_id: supply.clientId,
      client_secret: supply.clientSecret,
    });
    await expect(
      server.identity.verifyAccessToken(second.body.access_token as string),
    ).resolves.toMatchObject({
      clientId: supply.clientId,
    });
  });

  it('reports a token past its expiry as AuthExpiredToken (1-second tokens, injected clock)', async () => {
    let offsetMs = 0;
    const short = await startIdentity({ accessTokenTtlSeconds: 1, now: () => Date.now() + offsetMs });
    try {
      const { body } = await tokenRequest(short.url, {
        grant_type: 'client_credentials',
        client_id: supply.clientId,
        client_secret: supply.clientSecret,
      });
      expect(body.expires_in).toBe(1);
      const token = body.access_token as string;
      const claims = await short.identity.verifyAccessToken(token);
      expect(claims.expiresAt - claims.issuedAt).toBe(1);
      offsetMs = 2000;
      const error = await short.identity.verifyAccessToken(token).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AccessTokenError);
      expect((error as AccessTokenError).code).toBe('AuthExpiredToken');
    } finally {
      await short.close();
    }
  });
});
