/** A signed-in user's access token for API tests, through the authorization code flow with PKCE. */
import type { ClientCredentials } from '../src/applications.js';
import { authorizeUrl, pkce, tokenRequest } from './identity-harness.js';

/** Any loopback port is accepted as a redirect; nothing listens here, the code is read from the redirect. */
const REDIRECT = 'http://127.0.0.1:49152/callback';

export const DESIGN_USER_SCOPE = 'openid design.domain user.access';

/**
 * A signed-in user's access token from an emulator started with `autoLogin`: the authorization request
 * redirects straight back with a code, which is exchanged with its PKCE verifier.
 */
export async function userToken(
  issuer: string,
  client: ClientCredentials,
  scope: string = DESIGN_USER_SCOPE,
): Promise<string> {
  const { verifier, challenge } = pkce();
  const response = await fetch(
    authorizeUrl(issuer, { clientId: client.clientId, redirectUri: REDIRECT, scope, challenge, state: 's' }),
    { redirect: 'manual' },
  );
  await response.arrayBuffer();
  const location = new URL(response.headers.get('location') ?? '', issuer);
  const code = location.searchParams.get('code');
  if (!code) throw new Error(`authorization gave no code (status ${response.status}): is autoLogin on?`);
  const { status, body } = await tokenRequest(issuer, {
    grant_type: 'authorization_code',
    client_id: client.clientId,
    client_secret: client.clientSecret,
    code,
    code_verifier: verifier,
    redirect_uri: REDIRECT,
  });
  if (status !== 200 || typeof body.access_token !== 'string') {
    throw new Error(`code exchange failed with ${status}: ${String(body.error)}`);
  }
  return body.access_token;
}
