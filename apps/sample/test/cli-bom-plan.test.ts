/** `bom`'s purchase plan, `--export DIR` and `--alternates`, against the embedded-style emulator. */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseBomCsv } from '@nexar/supply';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliHarness, startCliHarness } from './cli-harness.js';

let cli: CliHarness;
beforeAll(async () => {
  cli = await startCliHarness();
});
afterAll(() => cli?.close());

/** RFC 4180 records keyed by header (enough for the exports: quotes, commas, CRLF). */
function records(csv: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') cell += csv[++i];
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  const [header = [], ...data] = rows;
  return data.map((r) => Object.fromEntries(header.map((name, i) => [name, r[i] ?? ''])));
}

const cents = (values: (string | undefined)[]) =>
  values.reduce((sum, v) => sum + (v ? Math.round(Number(v) * 100) : 0), 0);

describe('bom plan and exports', () => {
  it('--export writes the priced BOM, the plan (CSV, XLSX) and the sellers’ upload files, with the same totals', async () => {
    const dir = join(cli.home, 'export');
    const { code, stdout, stderr } = await cli.run(['bom', '--qty', '10', '--json', '--export', dir]);
    expect(code).toBe(1);
    const result = JSON.parse(stdout) as {
      total: number;
      plan: {
        total: number;
        saving: number;
        orders: { seller: string; total: number }[];
        lines: { line: number; why: string[] }[];
      };
    };
    expect(result.plan.saving).toBeGreaterThan(0);
    expect(result.plan.lines[6]?.why.join(' ')).toContain(
      'lines 7, 9 are the same part, bought together: 80 pieces',
    );
    const files = await readdir(dir);
    expect(files).toEqual(
      expect.arrayContaining([
        'priced-bom.csv',
        'plan.csv',
        'plan-orders.csv',
        'plan.xlsx',
        'digikey-order.csv',
        'mouser-order.csv',
      ]),
    );
    expect(stderr).toContain(`Wrote ${files.length} files to ${dir}`);

    const priced = await readFile(join(dir, 'priced-bom.csv'), 'utf8');
    expect(cents(records(priced).map((r) => r.Extended))).toBe(Math.round(result.total * 100));
    // The priced BOM is itself a BOM file the sample reads back.
    expect(parseBomCsv(priced).map((l) => l.quantity)).toEqual(
      parseBomCsv(await readFile(new URL('../data/example-bom.csv', import.meta.url), 'utf8')).map(
        (l) => l.quantity,
      ),
    );
    const plan = records(await readFile(join(dir, 'plan.csv'), 'utf8'));
    expect(cents(plan.map((r) => r['Line Cost']))).toBe(Math.round(result.plan.total * 100));
    const digikey = records(await readFile(join(dir, 'digikey-order.csv'), 'utf8'));
    expect(Object.keys(digikey[0] ?? {})).toEqual([
      'Quantity',
      'Digi-Key Part Number',
      'Manufacturer Part Number',
      'Manufacturer',
      'Customer Reference',
    ]);
    const xlsx = await readFile(join(dir, 'plan.xlsx'));
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
  });

  it('--alternates finds in-stock alternates for an obsolete part; the dry run says what they may cost', async () => {
    const file = join(cli.home, 'obsolete.csv');
    await writeFile(file, 'MPN,Qty\nLM358N,2\n');
    const dry = await cli.run(['bom', file, '--dry-run', '--alternates']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('With --alternates: up to 4 more parts for each line');
    const { code, stdout } = await cli.run(['bom', file, '--alternates']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/line 1: the manufacturer lists this part as obsolete/);
    expect(stdout).toMatch(/line 1: alternates: \S+ \$[\d.]+ at \S/);
  });
});

describe('bom table', () => {
  it('names the part priced when an ambiguous line picked another one than typed', async () => {
    const file = join(cli.home, 'ambiguous.csv');
    await writeFile(file, 'MPN,Qty\nLM358,1\n');
    const { stdout } = await cli.run(['bom', file]);
    expect(stdout).toMatch(/^\s*1\s+LM358 → LM358\S+ \([^)]+\)\s+ambiguous\s/m);
  });
});
