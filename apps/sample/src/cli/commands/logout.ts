import { parseFlags } from '../args.js';
import { EXIT } from '../errors.js';
import { withConnection } from '../with-connection.js';

/** Forgets the stored tokens and revokes the refresh token. */
export async function logout(args: string[]): Promise<number> {
  parseFlags(args, {}, 'logout');
  return withConnection(async (connection) => {
    const auth = connection.designProvider();
    const had = await auth.hasSession();
    await auth.logout();
    console.log(had ? 'Logged out.' : 'Nobody was logged in.');
    return EXIT.ok;
  });
}
