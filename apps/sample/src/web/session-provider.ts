/**
 * Each browser session signs in with a token provider of its own: one provider holds one user's
 * tokens, so users of the page never share them. Tokens stay in the provider's memory store, on the
 * server, and go when the session ends.
 */
import { type AuthorizationCodeProvider, authorizationCode, MemoryTokenStore } from '@nexar/auth';
import type { SampleConnection } from '../setup/index.js';

export function sessionProvider(
  connection: SampleConnection,
  redirectUri: string,
): AuthorizationCodeProvider {
  // The same app and scope as the connection's own sign-in, with this server's callback.
  const { clientId, scope } = connection.designProvider();
  return authorizationCode({
    clientId,
    scope,
    identityUrl: connection.identityUrl,
    redirectUri,
    store: new MemoryTokenStore(),
    // The secret: NEXAR_CLIENT_SECRET, or the embedded emulator's demo app's.
    ...(connection.emulator ? { clientSecret: connection.emulator.clients.both.clientSecret, env: {} } : {}),
  });
}
