import { parseFlags } from '../args.js';
import { EXIT } from '../errors.js';
import { table } from '../format.js';
import { signedIn } from '../sign-in.js';
import { withConnection } from '../with-connection.js';

export async function workspaces(args: string[]): Promise<number> {
  parseFlags(args, {}, 'workspaces');
  return withConnection(async (connection) => {
    await signedIn(connection);
    const rows = (await (await connection.design()).workspaces()).map((w) => [
      w.isDefault ? `${w.name} (default)` : w.name,
      w.url,
      w.location.name,
    ]);
    console.log(table(['Workspace', 'URL', 'Region'], rows));
    return EXIT.ok;
  });
}
