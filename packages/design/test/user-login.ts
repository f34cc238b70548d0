/**
 * A signed-in user's token provider for tests: the real authorization-code + PKCE exchange against an
 * emulator started with `autoLogin`, whose authorize endpoint redirects straight back with a code.
 */
import {
  type AuthorizationCodeOptions,
  type AuthorizationCodeProvider,
  authorizationCode,
} from '@nexar/auth';
import type { Emulator } from '@nexar/emulator';

/** The redirect URI Nexar's examples register; nothing needs to listen there. */
export const REDIRECT_URI = 'http://localhost:3000/login';

export async function loginUser(
  emulator: Emulator,
  options: Partial<AuthorizationCodeOptions> = {},
): Promise<AuthorizationCodeProvider> {
  const provider = authorizationCode({
    clientId: emulator.clients.design.clientId,
    clientSecret: emulator.clients.design.clientSecret,
    identityUrl: emulator.url,
    redirectUri: REDIRECT_URI,
    ...options,
  });
  const pending = await provider.createAuthorizationRequest();
  const response = await fetch(pending.url, { redirect: 'manual' });
  await response.arrayBuffer();
  const location = response.headers.get('location');
  if (response.status !== 303 || !location?.startsWith(REDIRECT_URI)) {
    throw new Error(
      `expected a redirect to ${REDIRECT_URI} with a code (status ${response.status}): is autoLogin on?`,
    );
  }
  await provider.completeAuthorization(location, pending);
  return provider;
}
