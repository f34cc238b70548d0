import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APPLICATIONS } from '../src/applications.js';
import {
  authorizeUrl,
  CookieJar,
  followToCallback,
  type IdentityHarness,
  PUBLIC_APP,
  pkce,
  startIdentity,
  tokenRequest,
} from './identity-harness.js';

const { supply, design, both } = DEMO_APPLICATIONS;
const REDIRECT = 'http://127.0.0.1:49152/callback';

let server: IdentityHarness;
beforeAll(async () => {
  server = await startIdentity({ autoLogin: true });
});
afterAll(() => server.close());

/** One authorization request with auto-login: the answer is a single redirect to the callback. */
async function authorize(
  params: { clientId: string; scope: string; redirectUri?: string } & Record<string, string>,
) {
  const { verifier, challenge } = pkce();
  const { redirectUri = REDIRECT, ...rest } = params;
  const response = await fetch(
    authorizeUrl(server.url, { redirectUri, challenge, state: 'state-123', ...rest }),
    {
      redirect: 'manual',
    },
  );
  await response.arrayBuffer();
  return { response, verifier, location: new URL(response.headers.get('location') ?? '', server.url) };
}

async function exchange(clientId: string, clientSecret: string | undefined, code: string, verifier: string) {
  return tokenRequest(server.url, {
    grant_type: 'authorization_code',
    client_id: clientId,
    ...(clientSecret === undefined ? {} : { client_secret: clientSecret }),
    code,
    code_verifier: verifier,
    redirect_uri: REDIRECT,
  });
}

describe('authorization code + PKCE with autoLogin', () => {
  it('redirects straight back with a code, the state and the issuer, then issues user tokens', async () => {
    const { response, verifier, location } = await authorize({
      clientId: design.clientId,
      scope: 'openid design.domain user.access',
      nonce: 'nonce-456',
    });
    expect(response.status).toBe(303);
    expect(location.origin + location.pathname).toBe(REDIRECT);
    expect(location.searchParams.get('state')).toBe('state-123');
    expect(location.searchParams.get('iss')).toBe(server.url);
    const code = location.searchParams.get('code') ?? '';
    expect(code).not.toBe('');

    const { status, body } = await exchange(design.clientId, design.clientSecret, code, verifier);
    expect(status).toBe(200);
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 86400 });
    expect(body).not.toHaveProperty('refresh_token');
    const claims = await server.identity.verifyAccessToken(body.access_token as string);
    expect(claims).toMatchObject({ clientId: design.clientId, subject: 'user-dana', userId: 'user-dana' });
    expect(claims.scopes.sort()).toEqual(['design.domain', 'openid', 'user.access']);
    const idToken = decodeJwt(body.id_token as string);
    expect(idToken).toMatchObject({
      sub: 'user-dana',
      nonce: 'nonce-456',
      aud: design.clientId,
      iss: server.url,
    });
  });

  it('gives the asked scopes the app has: supply and design together for the app with both', async () => {
    const { verifier, location } = await authorize({
      clientId: both.clientId,
      scope: 'openid design.domain supply.domain user.access profile email',
    });
    const { body } = await exchange(
      both.clientId,
      both.clientSecret,
      location.searchParams.get('code') ?? '',
      verifier,
    );
    const claims = await server.identity.verifyAccessToken(body.access_token as string);
    expect(claims.scopes.sort()).toEqual([
      'design.domain',
      'email',
      'openid',
      'profile',
      'supply.domain',
      'user.access',
    ]);
    expect(decodeJwt(body.id_token as string)).toMatchObject({
      email: 'dana@example.com',
      name: 'Dana Demo',
    });

    const userinfo = await fetch(`${server.url}/connect/userinfo`, {
      headers: { authorization: `Bearer ${body.access_token as string}` },
    });
    expect(userinfo.status).toBe(200);
    expect(await userinfo.json()).toEqual({
      sub: 'user-dana',
      name: 'Dana Demo',
      email: 'dana@example.com',
      email_verified: true,
    });
  });

  it('signs in as the demo user named by login_hint', async () => {
    const { verifier, location } = await authorize({
      clientId: design.clientId,
      scope: 'openid design.domain',
      login_hint: 'lee@example.com',
    });
    const { body } = await exchange(
      design.clientId,
      design.clientSecret,
      location.searchParams.get('code') ?? '',
      verifier,
    );
    expect((await server.identity.verifyAccessToken(body.access_token as string)).userId).toBe('user-lee');
  });

  it('redirects invalid_scope when a design-only app asks for supply.domain', async () => {
    const { location } = await authorize({
      clientId: design.clientId,
      scope: 'openid design.domain supply.domain',
    });
    expect(location.origin + location.pathname).toBe(REDIRECT);
    expect(location.searchParams.get('error')).toBe('invalid_scope');
    expect(location.searchParams.get('state')).toBe('state-123');
    expect(location.searchParams.has('code')).toBe(false);
  });

  it('requires PKCE with S256', async () => {
    const withoutPkce = new URL(`${server.url}/connect/authorize`);
    withoutPkce.search = new URLSearchParams({
      response_type: 'code',
      client_id: design.clientId,
      redirect_uri: REDIRECT,
      scope: 'openid design.domain',
      state: 's',
    }).toString();
    const missing = await fetch(withoutPkce, { redirect: 'manual' });
    const missingLocation = new URL(missing.headers.get('location') ?? '', server.url);
    expect(missingLocation.searchParams.get('error')).toBe('invalid_request');
    expect(missingLocation.searchParams.get('error_description')).toMatch(/PKCE/);

    withoutPkce.searchParams.set('code_challenge', pkce().verifier);
    withoutPkce.searchParams.set('code_challenge_method', 'plain');
    const plain = await fetch(withoutPkce, { redirect: 'manual' });
    const plainLocation = new URL(plain.headers.get('location') ?? '', server.url);
    expect(plainLocation.searchParams.get('error')).toBe('invalid_request');
    expect(plainLocation.searchParams.has('code')).toBe(false);
  });

  it('answers invalid_grant for a wrong verifier, and for a code used twice', async () => {
    const first = await authorize({ clientId: design.clientId, scope: 'openid design.domain' });
    const code = first.location.searchParams.get('code') ?? '';
    const wrong = await exchange(design.clientId, design.clientSecret, code, pkce().verifier);
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toBe('invalid_grant');

    const second = await authorize({ clientId: design.clientId, scope: 'openid design.domain' });
    const secondCode = second.location.searchParams.get('code') ?? '';
    expect((await exchange(design.clientId, design.clientSecret, secondCode, second.verifier)).status).toBe(
      200,
    );
    const reused = await exchange(design.clientId, design.clientSecret, secondCode, second.verifier);
    expect(reused.status).toBe(400);
    expect(reused.body.error).toBe('invalid_grant');
  });

  it('accepts any loopback redirect and refuses others without redirecting', async () => {
    for (const redirectUri of [
      'http://localhost:3000/login',
      'http://localhost:8123/auth/done?x=1',
      'http://[::1]:9/cb',
    ]) {
      const { location } = await authorize({
        clientId: design.clientId,
        scope: 'openid design.domain',
        redirectUri,
      });
      expect(location.searchParams.has('code')).toBe(true);
      expect(location.href.startsWith(redirectUri.split('?')[0] ?? '')).toBe(true);
    }
    for (const redirectUri of [
      'https://evil.example/callback',
      'http://localhost.evil.example/cb',
      'https://localhost:3000/login',
    ]) {
      const { response } = await authorize({
        clientId: design.clientId,
        scope: 'openid design.domain',
        redirectUri,
      });
      expect(response.status).toBe(400);
      expect(response.headers.get('location')).toBeNull();
    }
  });
});

describe('refresh tokens', () => {
  it('issues one only for offline_access, rotates it, and rejects the old one after use', async () => {
    const { verifier, location } = await authorize({
      clientId: design.clientId,
      scope: 'openid design.domain user.access offline_access',
    });
    const initial = await exchange(
      design.clientId,
      design.clientSecret,
      location.searchParams.get('code') ?? '',
      verifier,
    );
    expect(initial.status).toBe(200);
    const firstRefresh = initial.body.refresh_token as string;
    expect(typeof firstRefresh).toBe('string');

    const refreshed = await tokenRequest(server.url, {
      grant_type: 'refresh_token',
      client_id: design.clientId,
      client_secret: design.clientSecret,
      refresh_token: firstRefresh,
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.expires_in).toBe(86400);
    const secondRefresh = refreshed.body.refresh_token as string;
    expect(secondRefresh).not.toBe(firstRefresh);
    const claims = await server.identity.verifyAccessToken(refreshed.body.access_token as string);
    expect(claims).toMatchObject({ userId: 'user-dana', clientId: design.clientId });
    expect(claims.scopes).toContain('design.domain');

    const reused = await tokenRequest(server.url, {
      grant_type: 'refresh_token',
      client_id: design.clientId,
      client_secret: design.clientSecret,
      refresh_token: firstRefresh,
    });
    expect(reused.status).toBe(400);
    expect(reused.body.error).toBe('invalid_grant');
    expect(reused.text).not.toContain(firstRefresh);
  });

  it('answers invalid_grant after the revocation endpoint or the emulator revokes a refresh token', async () => {
    const viaEndpoint = await userTokensWithRefresh();
    const revocation = await fetch(`${server.url}/connect/revocation`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        token: viaEndpoint,
        token_type_hint: 'refresh_token',
        client_id: design.clientId,
        client_secret: design.clientSecret,
      }),
    });
    expect(revocation.status).toBe(200);
    expect((await refresh(viaEndpoint)).body.error).toBe('invalid_grant');

    const viaEmulator = await userTokensWithRefresh();
    expect(await server.identity.revokeRefreshToken(viaEmulator)).toBe(true);
    expect((await refresh(viaEmulator)).body.error).toBe('invalid_grant');

    const byClient = await userTokensWithRefresh();
    const otherClient = await publicClientRefreshToken();
    await server.identity.revokeRefreshTokens(design.clientId);
    const after = await refresh(byClient);
    expect(after.status).toBe(400);
    expect(after.body.error).toBe('invalid_grant');
    // Another client's refresh tokens are untouched, until every refresh token is revoked.
    const stillValid = await refreshPublic(otherClient);
    expect(stillValid.status).toBe(200);
    await server.identity.revokeRefreshTokens();
    expect((await refreshPublic(stillValid.body.refresh_token as string)).body.error).toBe('invalid_grant');
  });

  it('works for a public client (no secret) with PKCE', async () => {
    const { verifier, location } = await authorize({
      clientId: PUBLIC_APP.clientId,
      scope: 'openid design.domain offline_access',
    });
    const { status, body } = await exchange(
      PUBLIC_APP.clientId,
      undefined,
      location.searchParams.get('code') ?? '',
      verifier,
    );
    expect(status).toBe(200);
    const refreshed = await tokenRequest(server.url, {
      grant_type: 'refresh_token',
      client_id: PUBLIC_APP.clientId,
      refresh_token: body.refresh_token as string,
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refresh_token).not.toBe(body.refresh_token);

    const credentials = await tokenRequest(server.url, {
      grant_type: 'client_credentials',
      client_id: PUBLIC_APP.clientId,
    });
    expect(credentials.status).toBeGreaterThanOrEqual(400);
    expect(credentials.body).not.toHaveProperty('access_token');
  });
});

async function userTokensWithRefresh(): Promise<string> {
  const { verifier, location } = await authorize({
    clientId: design.clientId,
    scope: 'openid design.domain offline_access',
  });
  const { body } = await exchange(
    design.clientId,
    design.clientSecret,
    location.searchParams.get('code') ?? '',
    verifier,
  );
  return body.refresh_token as string;
}

async function publicClientRefreshToken(): Promise<string> {
  const { verifier, location } = await authorize({
    clientId: PUBLIC_APP.clientId,
    scope: 'openid design.domain offline_access',
  });
  const { body } = await exchange(
    PUBLIC_APP.clientId,
    undefined,
    location.searchParams.get('code') ?? '',
    verifier,
  );
  return body.refresh_token as string;
}

function refreshPublic(refreshToken: string) {
  return tokenRequest(server.url, {
    grant_type: 'refresh_token',
    client_id: PUBLIC_APP.clientId,
    refresh_token: refreshToken,
  });
}

function refresh(refreshToken: string) {
  return tokenRequest(server.url, {
    grant_type: 'refresh_token',
    client_id: design.clientId,
    client_secret: design.clientSecret,
    refresh_token: refreshToken,
  });
}

describe('browser apps', () => {
  it('may call the token endpoint from a loopback origin (CORS), and not from another origin', async () => {
    const { verifier, location } = await authorize({
      clientId: PUBLIC_APP.clientId,
      scope: 'openid design.domain',
    });
    server.stats.reset();
    const preflight = await fetch(`${server.url}/connect/token`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    const form = {
      grant_type: 'authorization_code',
      client_id: PUBLIC_APP.clientId,
      code: location.searchParams.get('code') ?? '',
      code_verifier: verifier,
      redirect_uri: REDIRECT,
    };
    const post = (origin: string) =>
      fetch(`${server.url}/connect/token`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form),
      });
    const foreign = await post('https://evil.example');
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(foreign.status).toBe(400);
    const local = await post('http://localhost:5173');
    expect(local.status).toBe(200);
    expect(local.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    // The preflight is not a token request.
    expect(server.stats.snapshot().tokenRequests).toMatchObject({
      authorization_code: 2,
      total: 2,
      rejected: 1,
    });
  });
});

describe('userinfo', () => {
  it('refuses client-credentials tokens and missing tokens', async () => {
    const { body } = await tokenRequest(server.url, {
      grant_type: 'client_credentials',
      client_id: supply.clientId,
      client_secret: supply.clientSecret,
    });
    const machine = await fetch(`${server.url}/connect/userinfo`, {
      headers: { authorization: `Bearer ${body.access_token as string}` },
    });
    expect(machine.status).toBe(403);
    const anonymous = await fetch(`${server.url}/connect/userinfo`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer /);
  });
});

describe('browser follow-through', () => {
  it('completes through the interaction page too when prompt=login forces it', async () => {
    const jar = new CookieJar();
    const { challenge } = pkce();
    const callback = await followToCallback(
      jar,
      authorizeUrl(server.url, {
        clientId: design.clientId,
        redirectUri: REDIRECT,
        scope: 'openid design.domain',
        challenge,
        state: 'st',
        prompt: 'login',
      }),
      server.url,
    );
    expect(callback.searchParams.get('state')).toBe('st');
    expect(callback.searchParams.has('code')).toBe(true);
  });
});
