import { parseFlags } from '../args.js';
import { EXIT } from '../errors.js';
import { withConnection } from '../with-connection.js';

/**
 * The authorization-code + PKCE login in the browser, back to a loopback address (or pasted, where no
 * browser here can be reached); the tokens go to the OS keychain, or to the token file when there is none.
 */
export async function login(args: string[]): Promise<number> {
  const { values } = parseFlags(
    args,
    { 'no-browser': { type: 'boolean' }, paste: { type: 'boolean' } },
    'login',
  );
  return withConnection(async (connection) => {
    if (connection.mode === 'emulator') {
      console.log('The embedded emulator signs its demo user in by itself on every run: nothing to keep.');
      console.log(
        'Log in to the real API, or to a running `pnpm emulator`, with NEXAR_CLIENT_ID/NEXAR_CLIENT_SECRET set.',
      );
      return EXIT.ok;
    }
    const auth = connection.designProvider();
    console.log(await connection.tokenStoreNote());
    await auth.login({
      // --paste: paste the address the browser was sent to (SSH, WSL, containers); --no-browser: print the
      // address for a browser on this machine; neither: paste by itself where there is no display.
      ...(values['no-browser'] ? { openBrowser: false, mode: 'loopback' as const } : {}),
      ...(values.paste ? { mode: 'paste' as const } : {}),
      log: (message) => console.log(message),
    });
    const user = await (await connection.design()).currentUser();
    console.log(`Logged in as ${user.userName ?? user.email} (${user.email}).`);
    return EXIT.ok;
  });
}
