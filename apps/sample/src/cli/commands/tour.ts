import { relative } from 'node:path';
import { matchBom } from '@nexar/supply';
import { parseFlags } from '../args.js';
import { spent } from '../bom-report.js';
import { EXIT } from '../errors.js';
import { count } from '../format.js';
import { CLI } from '../invocation.js';
import { EXAMPLE_BOM, readBom } from '../read-bom.js';
import { withConnection } from '../with-connection.js';
import { priceBom } from './bom.js';
import { printSearch } from './search.js';

/**
 * A search, the example BOM matched, priced and planned (each part bought once, against per-line
 * pricing), the same BOM again from the cache, and the parts it all cost.
 */
export async function tour(args: string[]): Promise<number> {
  parseFlags(args, {}, 'sample');
  const { lines } = await readBom();
  return withConnection(async ({ supply, mode }) => {
    const flags = { buildQuantity: 10, currency: 'USD', maxParts: undefined, dryRun: false, json: false };

    console.log('\n1. Search a part number, priced for 100 pieces:\n');
    await printSearch(supply, 'LM358DR', { qty: 100, currency: flags.currency, limit: 3 });
    const searchParts = supply.parts.used;

    console.log(
      `\n2. Match and price the example BOM (${relative(process.cwd(), EXAMPLE_BOM)}) for 10 boards, then plan the purchase:\n`,
    );
    await priceBom(supply, lines, flags);
    const bomParts = supply.parts.used - searchParts;

    console.log('\n3. The same BOM again, answered by the result cache:\n');
    const repeat = await matchBom(lines, { client: supply, buildQuantity: flags.buildQuantity });
    console.log(spent(repeat));

    console.log(
      `\nThis tour spent ${count(supply.parts.used, 'part')} of the app's monthly quota: ${searchParts} for the search, ${bomParts} for the BOM, ${repeat.summary.partsUsed} for the repeat.`,
    );
    const next: [string, string][] = [
      ['bom my-bom.csv --qty 100', 'price your own BOM (CSV, XLSX or JSON)'],
      ['projects', `Altium 365 projects${mode === 'nexar' ? ` (after ${CLI} login)` : ''}`],
      ['help', 'every command'],
    ];
    const width = Math.max(...next.map(([command]) => `${CLI} ${command}`.length));
    console.log(
      `\nNext:\n${next.map(([command, what]) => `  ${`${CLI} ${command}`.padEnd(width)}   ${what}`).join('\n')}`,
    );
    return EXIT.ok;
  });
}
