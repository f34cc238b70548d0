import { parseFlags } from '../args.js';
import { UsageError } from '../errors.js';
import { CLI } from '../invocation.js';
import { signedIn } from '../sign-in.js';
import { withConnection } from '../with-connection.js';
import { BOM_FLAGS, bomFlags, priceBom } from './bom.js';

const usage = 'price-project <projectId> [--qty N] [--currency C] [--max-parts N] [--dry-run] [--json]';

/** A design's BOM from Altium 365 (the user's token) priced with Octopart data (the app's token). */
export async function priceProject(args: string[]): Promise<number> {
  const { values, positionals } = parseFlags(args, BOM_FLAGS, 'price-project');
  const [projectId, ...extra] = positionals;
  if (!projectId || extra.length > 0) throw new UsageError(`Give one project id: ${CLI} ${usage}`);
  const flags = bomFlags(values);
  return withConnection(
    async (connection) => {
      await signedIn(connection);
      const bom = await (await connection.design()).projectBom(projectId);
      console.error(
        `Project ${projectId}, variant ${bom.variant}: ${bom.lines.length} BOM lines (${bom.notFitted.length} not fitted).`,
      );
      return priceBom(connection.supply, bom.lines, flags);
    },
    { maxParts: flags.maxParts },
  );
}
