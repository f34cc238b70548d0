/**
 * The signed-in user's token provider for design commands. Against the real API the user logs in once
 * (`pnpm sample login`) and the file store keeps the session. The embedded emulator is new on every run
 * and signs its demo user in without a form (autoLogin), so the sample goes through the same
 * authorization-code + PKCE login with a "browser" that just follows the redirect back.
 */
import type { NodeAuthorizationCodeProvider } from '@nexar/auth/node';
import type { SampleConnection } from '../setup/index.js';
import { LOGIN_FIRST, UsageError } from './errors.js';

export async function signedIn(connection: SampleConnection): Promise<NodeAuthorizationCodeProvider> {
  const auth = connection.designProvider();
  if (await auth.hasSession()) return auth;
  if (connection.mode !== 'emulator') throw new UsageError(LOGIN_FIRST);
  await auth.login({
    openBrowser: async (url) => void (await (await fetch(url)).arrayBuffer()),
    log: () => undefined,
  });
  return auth;
}
