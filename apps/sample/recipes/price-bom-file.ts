/**
 * Price a BOM file from a script: read the export your CAD tool or distributor wrote (CSV, TSV or XLSX),
 * match every line in as few requests as Nexar allows, and plan the purchase: each part bought once,
 * from the cheapest authorised sellers, with the plan's cost against pricing each line on its own.
 *
 *   NEXAR_CLIENT_ID=... NEXAR_CLIENT_SECRET=... node --import tsx price-bom-file.ts my-bom.csv 10
 *
 * Needs: npm i @nexar/supply @nexar/auth
 */
import { readFile } from 'node:fs/promises';
import {
  type BomRead,
  createSupplyClient,
  FileResultCache,
  matchBom,
  planPurchase,
  readBomBytes,
} from '@nexar/supply/node';

const [file, boards = '1'] = process.argv.slice(2);
const buildQuantity = Number(boards);
if (!file || !Number.isInteger(buildQuantity) || buildQuantity < 1) {
  console.error('Usage: price-bom-file.ts <bom.csv|bom.xlsx> [boards, a whole number ≥ 1]');
  process.exit(2);
}

const bytes = await readFile(file);
let read: BomRead;
if (file.toLowerCase().endsWith('.xlsx')) {
  // Workbooks have their own entry (it loads exceljs), so scripts reading CSV never load it.
  const { readBomXlsx } = await import('@nexar/supply/xlsx');
  read = await readBomXlsx(bytes);
} else {
  read = readBomBytes(bytes); // any common encoding and separator; the header row is found
}
// Say what was read, and what was left out and why: nothing is dropped silently.
const mapping = Object.entries(read.columns).map(
  ([field, headers]) => `${field} from '${headers?.join("', '")}'`,
);
console.error(`${file}: ${read.lines.length} lines; ${mapping.join(', ')}.`);
for (const row of read.skipped) console.error(`  row ${row.row} skipped: ${row.reason}`);
for (const warning of read.warnings)
  console.error(`  ${warning.row ? `row ${warning.row}: ` : ''}${warning.message}`);

// Credentials from NEXAR_CLIENT_ID / NEXAR_CLIENT_SECRET; answers kept on disk, so a re-run costs no part.
const supply = createSupplyClient({ cache: new FileResultCache(), maxParts: 2000 });
const dry = await matchBom(read.lines, { client: supply, buildQuantity, dryRun: true });
console.error(
  `${dry.requests} requests, at most ${dry.worstCaseParts} parts (${dry.cachedLines} lines cached).`,
);

const match = await matchBom(read.lines, { client: supply, buildQuantity });
const plan = planPurchase(match); // authorised sellers only, whole order in stock (the defaults)

const money = (m: { amount: number; digits: number; currency: string }) =>
  `${m.amount.toFixed(m.digits)} ${m.currency}`;
for (const line of plan.lines) {
  const asked = line.line.mpn ?? line.line.sku ?? '?';
  const where = line.offer ? `${line.offer.seller.name} ${line.offer.sku}` : (line.unplanned ?? line.status);
  console.log(`${asked}\t${line.need}\t${where}\t${line.cost ? money(line.cost) : '-'}`);
}
for (const order of plan.orders) console.log(`Order at ${order.seller.name}: ${money(order.total)}`);
console.log(
  `Total for ${buildQuantity} board(s): ${money(plan.total)}; buying each part once saves ${money(plan.saving)}.`,
);
console.log(
  `${match.summary.priced}/${match.summary.lines} lines priced, ${match.summary.partsUsed} parts used.`,
);
process.exitCode = match.summary.notFound + match.summary.errors > 0 ? 1 : 0;
