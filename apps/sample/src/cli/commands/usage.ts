import { createSupplyClient } from '@nexar/supply/node';
import { parseFlags } from '../args.js';
import { EXIT } from '../errors.js';
import { count } from '../format.js';
import { signedIn } from '../sign-in.js';
import { withConnection } from '../with-connection.js';

/**
 * The app's parts used this month and its limit. Nexar shows them to a signed-in user's token only:
 * with no login, the app's own token is refused and the user is told what to do.
 */
export async function showUsage(args: string[]): Promise<number> {
  parseFlags(args, {}, 'usage');
  return withConnection(async (connection) => {
    const loggedIn = connection.mode === 'emulator' || (await connection.designProvider().hasSession());
    // With no login, ask with the app's token anyway: Nexar's refusal becomes one clear sentence.
    const supply = loggedIn
      ? createSupplyClient({ auth: await signedIn(connection), endpoint: connection.apiUrl })
      : connection.supply;
    const { applicationName, partCounter, partLimit, remaining } = await supply.usage();
    console.log(
      `${applicationName}: ${count(partCounter, 'part')} used of ${partLimit.toLocaleString('en')} this month (${remaining.toLocaleString('en')} left).`,
    );
    return EXIT.ok;
  });
}
