import { parseFlags } from '../args.js';
import { EXIT, UsageError } from '../errors.js';
import { clip, table } from '../format.js';
import { CLI } from '../invocation.js';
import { signedIn } from '../sign-in.js';
import { withConnection } from '../with-connection.js';

const usage = 'projects [workspace name or URL]';

export async function projects(args: string[]): Promise<number> {
  const { positionals } = parseFlags(args, {}, 'projects');
  const [workspace, ...extra] = positionals;
  if (extra.length > 0) throw new UsageError(`Give at most one workspace: ${CLI} ${usage}`);
  return withConnection(async (connection) => {
    await signedIn(connection);
    const design = await connection.design();
    let url: string | undefined;
    if (workspace) {
      const all = await design.workspaces();
      url = all.find((w) => w.url === workspace || w.name.toLowerCase() === workspace.toLowerCase())?.url;
      if (!url) {
        throw new UsageError(`No workspace "${workspace}"; yours: ${all.map((w) => w.name).join(', ')}.`);
      }
    }
    const rows: string[][] = [];
    for await (const project of design.projects(url)) {
      rows.push([project.id, project.name ?? '', clip(project.description ?? '', 50)]);
    }
    console.log(table(['Project id', 'Name', 'Description'], rows));
    console.log(`\nPrice one with: ${CLI} price-project <project id> --qty 100`);
    return EXIT.ok;
  });
}
