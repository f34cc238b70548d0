import { parseFlags } from '../args.js';
import { EXIT } from '../errors.js';
import { withConnection } from '../with-connection.js';

/** The authorization-code + PKCE login in the browser, back to a loopback address; the tokens go to the token file. */
export async function login(args: string[]): Promise<number> {
  const { values } = parseFlags(args, { 'no-browser': { type: 'boolean' } }, 'login');
  return withConnection(async (connection) => {
    if (connection.mode === 'emulator') {
      console.log('The embedded emulator signs its demo user in by itself on every run: nothing to keep.');
      console.log(
        'Log in to the real API, or to a running `pnpm emulator`, with NEXAR_CLIENT_ID/NEXAR_CLIENT_SECRET set.',
      );
      return EXIT.ok;
    }
    const auth = connection.designProvider();
    await auth.login({
      ...(values['no-browser'] ? { openBrowser: false } : {}),
      log: (message) => console.log(message),
    });
    const user = await connection.design().currentUser();
    console.log(`Logged in as ${user.userName ?? user.email} (${user.email}).`);
    return EXIT.ok;
  });
}
