/**
 * Real-world BOM exports of every family the reader knows, read through the CLI's `bom --dry-run
 * --json` as a user would: for each file, the lines (row, part number, distributor part number,
 * quantity per board, alternates) and the rows skipped with their kind. Nothing is sent.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliHarness, startCliHarness } from './cli-harness.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/bom/', import.meta.url));

/** [row, mpn, sku, quantity, alternates?] */
type LineTuple = [number, string | null, string | null, number, string[]?];

interface Expected {
  read: {
    format: string;
    encoding: string | null;
    delimiter: string | null;
    sheet?: string;
    headerRow: number;
  };
  lines: LineTuple[];
  skipped: [number, string][];
}

interface DryRunJson {
  format: string;
  encoding: string | null;
  delimiter: string | null;
  sheet: string | null;
  headerRow: number;
  columns: Record<string, string[]>;
  lines: {
    row: number;
    mpn: string | null;
    manufacturer: string | null;
    alternates: string[];
    sku: string | null;
    seller: string | null;
    quantity: number;
    designators: string[];
    warnings: string[];
  }[];
  skipped: { row: number; kind: string; reason: string; text: string }[];
  warnings: { row?: number; message: string }[];
  plan: { lines: number; requests: number };
}

const FAMILIES: [string, Expected][] = [
  [
    'altium-default.csv',
    {
      read: { format: 'csv', encoding: 'utf-8', delimiter: ',', headerRow: 7 },
      lines: [
        [10, 'LM358DR', null, 1],
        [11, 'STM32L031K6T6', null, 1],
        [14, 'BME280', null, 1],
      ],
      skipped: [
        [8, 'no-part-number'],
        [9, 'no-part-number'],
        [12, 'board-feature'],
        [13, 'not-fitted'],
      ],
    },
  ],
  [
    'altium-order.csv',
    {
      read: { format: 'csv', encoding: 'utf-8', delimiter: ',', headerRow: 1 },
      lines: [
        [2, 'GRM188R71H104KA93D', '490-1532-1-ND', 3, ['C0603C104K5RACTU']],
        [3, 'RC0603FR-0710KL', '603-RC0603FR-0710KL', 6],
        [4, 'TLV1117-33IDCYR', '595-TLV1117-33IDCYR', 1, ['AZ1117CH-3.3TRG1']],
        [5, null, 'C68234', 1],
      ],
      skipped: [[6, 'not-fitted']],
    },
  ],
  [
    'altium-order.xlsx',
    {
      read: { format: 'xlsx', encoding: null, delimiter: null, sheet: 'BOM', headerRow: 4 },
      lines: [
        [5, 'GRM188R71H104KA93D', '490-1532-1-ND', 3],
        [6, 'CL10A475KO8NNNC', null, 1],
        [7, 'LM358DR', '595-LM358DR', 1],
        [10, null, 'C68234', 1],
      ],
      skipped: [
        [8, 'board-feature'],
        [9, 'not-fitted'],
        [11, 'tool-error'],
      ],
    },
  ],
  [
    'digikey-cart.csv',
    {
      read: { format: 'csv', encoding: 'utf-8', delimiter: ',', headerRow: 1 },
      lines: [
        [2, 'LM358P', '296-1395-5-ND', 10],
        [3, null, '296-1014-1-ND', 2],
        [4, '1N4148', '1N4148FS-ND', 5],
      ],
      skipped: [],
    },
  ],
  [
    'eagle-bom-ulp.csv',
    {
      read: { format: 'csv', encoding: 'windows-1252', delimiter: ';', headerRow: 1 },
      lines: [
        [2, 'C0603C104K5RACTU', '1414610', 4],
        [3, 'GRM21BR61A106KE19L', null, 1],
        [5, 'ATMEGA32U4-AU', null, 1],
        [8, null, '54M4547', 1],
      ],
      skipped: [
        [4, 'no-part-number'],
        [6, 'board-feature'],
        [7, 'not-fitted'],
      ],
    },
  ],
  [
    'easyeda.tsv',
    {
      read: { format: 'csv', encoding: 'utf-16le', delimiter: '\t', headerRow: 1 },
      lines: [
        [2, '0402WGF1002TCE', 'C25744', 3],
        [3, 'CL05B104KO5NNNC', 'C1525', 2],
        [4, 'CH340N', 'C2977777', 1],
        [5, null, 'C165948', 1],
      ],
      skipped: [],
    },
  ],
  [
    'excel-unicode-text-be.txt',
    {
      read: { format: 'csv', encoding: 'utf-16be', delimiter: '\t', headerRow: 1 },
      lines: [
        [2, 'ERJ-2RKF4701X', null, 1],
        [3, 'GRM155R61A225KE95D', null, 1],
        [5, 'MIC5504-3.3YM5-TR', null, 1],
      ],
      skipped: [[4, 'not-fitted']],
    },
  ],
  [
    'fusion-bom.csv',
    {
      read: { format: 'csv', encoding: 'windows-1252', delimiter: ';', headerRow: 1 },
      lines: [
        [2, 'CC0402JRNPO9BN220', null, 2],
        [3, 'AP2112K-3.3TRG1', null, 1],
        [5, 'MLZ2012M100WT000', null, 2],
      ],
      skipped: [[4, 'board-feature']],
    },
  ],
  [
    'hand-made.csv',
    {
      read: { format: 'csv', encoding: 'utf-8', delimiter: ',', headerRow: 1 },
      lines: [
        [2, 'NE555DR', null, 1],
        [3, 'LM358DR', null, 1],
        [7, '3M 2216 B/A', null, 0.25],
        [9, '1N4148W', null, 3],
      ],
      skipped: [
        [4, 'placeholder'],
        [5, 'placeholder'],
        [6, 'zero-quantity'],
        [8, 'tool-error'],
      ],
    },
  ],
  [
    'hand-made.tsv',
    {
      read: { format: 'csv', encoding: 'utf-8', delimiter: '\t', headerRow: 1 },
      lines: [
        [2, 'MCP1700T-3302E/TT', null, 1],
        [3, 'BSS138', null, 2, ['2N7002']],
        [4, 'USBLC6-2SC6', null, 1],
      ],
      skipped: [],
    },
  ],
  [
    'ibom.csv',
    {
      read: { format: 'csv', encoding: 'utf-8', delimiter: ',', headerRow: 1 },
      lines: [
        [2, 'GRM188R71H104KA93D', null, 3],
        [3, 'RC0603FR-0710KL', null, 2],
        [4, 'ATMEGA328P-AU', null, 1],
        [5, 'ABM8-16.000MHZ-B2-T', null, 1],
      ],
      skipped: [[6, 'board-feature']],
    },
  ],
  [
    'jlcpcb-utf8-bom.csv',
    {
      read: { format: 'csv', encoding: 'utf-8-bom', delimiter: ',', headerRow: 1 },
      lines: [
        [2, null, 'C1525', 5],
        [3, null, 'C19702', 2],
        [4, null, 'C25905', 2],
        [5, null, 'C6186', 1],
        [6, null, 'C2913202', 1],
        [8, null, 'C165948', 1],
      ],
      skipped: [[7, 'board-feature']],
    },
  ],
  [
    'jlcpcb.csv',
    {
      read: { format: 'csv', encoding: 'utf-8', delimiter: ',', headerRow: 1 },
      lines: [
        [2, null, 'C1525', 5],
        [3, null, 'C19702', 2],
        [4, null, 'C25905', 2],
        [5, null, 'C6186', 1],
        [6, null, 'C2913202', 1],
        [8, null, 'C165948', 1],
      ],
      skipped: [[7, 'board-feature']],
    },
  ],
  [
    'kibom.csv',
    {
      read: { format: 'csv', encoding: 'utf-8', delimiter: ',', headerRow: 1 },
      lines: [
        [2, 'GRM188R71H104KA93D', null, 4],
        [3, 'CL21A106KAYNNNE', null, 2],
        [4, 'RC0603FR-0710KL', null, 4],
        [5, 'USB4085-GF-A', null, 1],
        [6, 'STM32F103C8T6', null, 1],
      ],
      skipped: [
        [7, 'placeholder'],
        [8, 'board-feature'],
        [14, 'summary'],
        [15, 'summary'],
        [16, 'summary'],
        [17, 'summary'],
        [18, 'summary'],
        [19, 'summary'],
        [20, 'summary'],
        [21, 'summary'],
        [22, 'summary'],
        [23, 'summary'],
      ],
    },
  ],
  [
    'kicad-cli-9.csv',
    {
      read: { format: 'csv', encoding: 'utf-8', delimiter: ',', headerRow: 1 },
      lines: [
        [2, 'GRM155R71C104KA88D', null, 5],
        [4, 'RC0402FR-071KL', null, 4],
        [5, 'RC0402FR-0710KL', null, 1],
        [6, 'ESP32-C3-MINI-1-N4', null, 1],
        [7, 'TPS62160DSGR', null, 1],
      ],
      skipped: [
        [3, 'not-fitted'],
        [8, 'board-feature'],
      ],
    },
  ],
  [
    'kicad-grouped-by-value.csv',
    {
      read: { format: 'csv', encoding: 'utf-8', delimiter: ',', headerRow: 6 },
      lines: [
        [7, 'CL10B104KB8NNNC', null, 4],
        [9, 'RC0603FR-074K7L', null, 2],
        [10, 'ATTINY85-20SU', null, 1],
      ],
      skipped: [
        [8, 'not-fitted'],
        [11, 'board-feature'],
        [12, 'board-feature'],
        [13, 'placeholder'],
      ],
    },
  ],
  [
    'kicad-pcbnew-legacy.csv',
    {
      read: { format: 'csv', encoding: 'utf-8', delimiter: ';', headerRow: 1 },
      lines: [
        [4, 'NE555D', null, 1],
        [5, 'AMS1117-3.3', null, 1],
        [8, 'USB4085-GF-A', null, 1],
      ],
      skipped: [
        [2, 'no-part-number'],
        [3, 'no-part-number'],
        [6, 'no-part-number'],
        [7, 'board-feature'],
      ],
    },
  ],
  [
    'kicad-symbol-fields.csv',
    {
      read: { format: 'csv', encoding: 'utf-8', delimiter: ',', headerRow: 1 },
      lines: [
        [2, 'CL10B104KB8NNNC', 'C1591', 1],
        [3, 'CL10B104KB8NNNC', 'C1591', 1],
        [4, null, 'C15849', 1],
        [5, null, '311-5.10KHRCT-ND', 1],
        [6, null, '311-5.10KHRCT-ND', 1],
        [7, 'CH340C', 'C84681', 1],
      ],
      skipped: [
        [8, 'not-fitted'],
        [9, 'board-feature'],
        [10, 'not-fitted'],
      ],
    },
  ],
  [
    'lcsc-quotation.csv',
    {
      read: { format: 'csv', encoding: 'utf-8', delimiter: ',', headerRow: 3 },
      lines: [
        [4, 'CL05B104KO5NNNC', 'C1525', 100],
        [5, '0402WGF5101TCE', 'C25905', 1000],
        [6, 'AMS1117-3.3', 'C6186', 20],
        [7, 'ESP32-S3-WROOM-1-N8R8', 'C2913202', 10],
      ],
      skipped: [[8, 'summary']],
    },
  ],
  [
    'mouser-cart.csv',
    {
      read: { format: 'csv', encoding: 'utf-8', delimiter: ',', headerRow: 3 },
      lines: [
        [4, 'NE555DR', '595-NE555DR', 5],
        [5, 'GRM188R71H104KA93D', '81-GRM188R71H104KA3D', 50],
        [6, null, '511-LM317T', 2],
      ],
      skipped: [[7, 'summary']],
    },
  ],
  [
    'octopart-bom.csv',
    {
      read: { format: 'csv', encoding: 'utf-8', delimiter: ',', headerRow: 1 },
      lines: [
        [2, 'GRM188R71H104KA93D', null, 4],
        [3, 'TPS7A0533PDBVR', null, 1, ['TLV75533PDBVR']],
        [4, 'LM358DR', null, 2, ['LM358PWR']],
        [5, 'RC0603FR-0710KL', null, 8],
      ],
      skipped: [[6, 'placeholder']],
    },
  ],
];

let cli: CliHarness;
beforeAll(async () => {
  cli = await startCliHarness();
});
afterAll(() => cli?.close());

const apiRequests = () => cli.emulator.stats.snapshot().apiRequests;

async function dryRun(file: string, ...flags: string[]): Promise<DryRunJson> {
  const { code, stdout, stderr } = await cli.run([
    'bom',
    join(FIXTURES, file),
    '--dry-run',
    '--json',
    ...flags,
  ]);
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout) as DryRunJson;
}

describe('bom --dry-run --json reads every export family', () => {
  it.each(FAMILIES)('%s', async (file, expected) => {
    const requests = apiRequests();
    const json = await dryRun(file);
    expect(apiRequests()).toBe(requests);
    const { sheet, ...read } = expected.read;
    expect(json).toMatchObject({ ...read, sheet: sheet ?? null });
    expect(
      json.lines.map(
        (l): LineTuple =>
          [l.row, l.mpn, l.sku, l.quantity, ...(l.alternates.length > 0 ? [l.alternates] : [])] as LineTuple,
      ),
    ).toEqual(expected.lines);
    expect(json.skipped.map((s) => [s.row, s.kind])).toEqual(expected.skipped);
    for (const skipped of json.skipped) {
      expect(skipped.reason.length).toBeGreaterThan(5);
      expect(skipped.text.length).toBeGreaterThan(0);
    }
    expect(json.plan.lines).toBe(expected.lines.length);
  });

  it('decodes Windows-1252 and UTF-16 text: µ, ± and Ω come out right', async () => {
    const eagle = await dryRun('eagle-bom-ulp.csv');
    expect(eagle.skipped.find((s) => s.row === 4)?.text).toContain('RESISTOR ±1%');
    const unicode = await dryRun('excel-unicode-text-be.txt');
    expect(unicode.skipped[0]?.text).toContain('0Ω DNP');
    const kicad = await dryRun('kicad-cli-9.csv');
    expect(kicad.skipped[0]?.text).toContain('4.7µF');
  });

  it('says where quantities and designators disagree, and keeps fractional quantities', async () => {
    const kicad = await dryRun('kicad-cli-9.csv');
    expect(kicad.lines.find((l) => l.row === 5)?.warnings[0]).toMatch(
      /quantity 2 in column "Qty" but 1 designators/,
    );
    const hand = await dryRun('hand-made.csv');
    expect(hand.lines.find((l) => l.row === 7)).toMatchObject({
      quantity: 0.25,
      warnings: [expect.stringContaining('fractional')],
    });
    const tsv = await dryRun('hand-made.tsv');
    expect(tsv.warnings).toEqual([
      { row: 4, message: expect.stringMatching(/^row 4 has 2 more cells than the header/) },
    ]);
  });

  it('gives distributor part numbers their seller', async () => {
    const sellers = async (file: string) => (await dryRun(file)).lines.map((l) => l.seller);
    expect(await sellers('jlcpcb.csv')).toEqual(Array(6).fill('LCSC'));
    expect(await sellers('digikey-cart.csv')).toEqual(['Digi-Key', 'Digi-Key', 'Digi-Key']);
    expect(await sellers('mouser-cart.csv')).toEqual(['Mouser', 'Mouser', 'Mouser']);
    expect(await sellers('eagle-bom-ulp.csv')).toEqual(['Farnell', null, null, 'Newark']);
  });
});

describe('bom: what cannot be read gets one line', () => {
  it.each([
    ['bom.pdf', /bom\.pdf, line 1: this is a PDF document, not a BOM table: export the BOM as CSV or XLSX/],
    ['eagle-partlist.txt', /fixed-width text .*export the BOM as CSV or XLSX/],
  ])('%s', async (file, message) => {
    const { code, stdout, stderr } = await cli.run(['bom', join(FIXTURES, file), '--dry-run']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(message)]);
  });
});

describe('bom: saying what was read', () => {
  it('prints the mapping and the skipped rows on stderr, the count under the table', async () => {
    const { code, stdout, stderr } = await cli.run([
      'bom',
      join(FIXTURES, 'kicad-grouped-by-value.csv'),
      '--dry-run',
    ]);
    expect(code).toBe(0);
    expect(stderr).toContain(
      "part numbers from 'MPN', manufacturers from 'Manufacturer', quantities from 'Qnty', designators from 'Ref'; 3 lines, 4 rows skipped: 1 not fitted, 1 fiducial, 1 test point, 1 placeholder part number.",
    );
    expect(stdout).toContain(
      '4 rows skipped: 1 not fitted, 1 fiducial, 1 test point, 1 placeholder part number. --show-skipped lists them.',
    );
    const listed = await cli.run([
      'bom',
      join(FIXTURES, 'kicad-grouped-by-value.csv'),
      '--dry-run',
      '--show-skipped',
    ]);
    expect(listed.stdout).toMatch(/row 8: not fitted: "10u DNP" in column "Value"\n\s+C5 \| 1 \| 10u DNP/);
  });

  it('--columns names columns; the fields not named are still detected', async () => {
    const json = await dryRun('altium-default.csv', '--columns', 'mpn=Comment');
    expect(json.columns).toMatchObject({
      mpn: ['Comment'],
      quantity: ['Quantity'],
      designators: ['Designator'],
    });
    // Named as the part-number column, every comment is sent as written, values included.
    expect(json.lines.map((l) => l.mpn)).toEqual(['100nF', '10k', 'LM358DR', 'STM32L031K6T6', 'BME280']);
    expect(json.skipped.map((s) => s.kind)).toEqual(['board-feature', 'not-fitted']);
  });

  it('--sheet picks a workbook sheet; a missing one is one line listing the sheets', async () => {
    expect((await dryRun('altium-order.xlsx', '--sheet', 'bom')).sheet).toBe('BOM');
    const { code, stderr } = await cli.run(['bom', join(FIXTURES, 'altium-order.xlsx'), '--sheet', 'Parts']);
    expect(code).toBe(2);
    expect(stderr.trim()).toMatch(/no sheet "Parts" in the workbook: its sheets are "Cover", "BOM"\.$/);
  });

  it('refuses a --columns it cannot read, before reading anything', async () => {
    const { code, stderr } = await cli.run(['bom', join(FIXTURES, 'jlcpcb.csv'), '--columns', 'part=LCSC']);
    expect(code).toBe(2);
    expect(stderr.trim()).toMatch(/^--columns: unknown field "part"/);
  });

  it('prices a file, carrying the SKU, the alternate found and the part priced', async () => {
    const { stdout } = await cli.run(['bom', join(FIXTURES, 'octopart-bom.csv'), '--json']);
    const result = JSON.parse(stdout) as {
      lines: { row: number; mpn: string; alternate: string | null; status: string }[];
      skipped: unknown[];
      columns: Record<string, string[]>;
    };
    expect(result.columns.mpn).toEqual(['Manf Part #']);
    expect(result.skipped).toHaveLength(1);
    expect(result.lines.find((l) => l.row === 3)).toMatchObject({
      mpn: 'TPS7A0533PDBVR',
      alternate: 'TLV75533PDBVR',
      status: 'matched',
    });
    const digikey = JSON.parse(
      (await cli.run(['bom', join(FIXTURES, 'digikey-cart.csv'), '--json'])).stdout,
    ) as {
      lines: { sku: string | null; seller: string | null; status: string }[];
    };
    expect(digikey.lines[1]).toMatchObject({ sku: '296-1014-1-ND', seller: 'Digi-Key', status: 'matched' });
  });
});
