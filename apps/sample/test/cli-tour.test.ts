import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliHarness, startCliHarness } from './cli-harness.js';

let cli: CliHarness;
let emptyHome: string;
beforeAll(async () => {
  cli = await startCliHarness();
  emptyHome = await mkdtemp(join(tmpdir(), 'nexar-sample-tour-'));
});
afterAll(async () => {
  await cli?.close();
  await rm(emptyHome, { recursive: true, force: true });
});

describe('with no credentials', () => {
  it('the tour runs against the embedded emulator, says so, and ends by itself with exit 0', async () => {
    const { code, stdout, stderr } = await cli.run([], { HOME: emptyHome });
    expect(code).toBe(0);
    expect(stderr.split('\n')[0]).toMatch(
      /^No NEXAR_CLIENT_ID\/NEXAR_CLIENT_SECRET set: using a local Nexar emulator \(demo data\) at http:\/\/127\.0\.0\.1:\d+\/graphql\. Set them to use the real API\.$/,
    );
    expect(stdout).toMatch(/^LM358DR\s+Texas Instruments\s+.*\$\d\.\d+ \S/m);
    expect(stdout).toMatch(/ACME-ENC-0042\s+not found/);
    const searchParts = Number(/(\d+) parts? match "LM358DR"/.exec(stdout)?.[1]);
    const bomParts = Number(/0 lines from cache, (\d+) parts spent \(1 request\)/.exec(stdout)?.[1]);
    expect(stdout).toContain('17 lines from cache, 0 parts spent (0 requests).');
    expect(stdout).toContain(
      `This tour spent ${searchParts + bomParts} parts of the app's monthly quota: ${searchParts} for the search, ${bomParts} for the BOM, 0 for the repeat.`,
    );
    expect(bomParts).toBeGreaterThan(0);
    // The plan buys GRM188R71H104KA93D (lines 7 and 9) once, and shows what that saves.
    expect(stdout).toMatch(/line 7: lines 7, 9 are the same part, bought together: 80 pieces/);
    const [, plan, perLine, saving] =
      /Plan total: \$([\d.,]+) from \d+ sellers; priced line by line: \$([\d.,]+)\. Buying each part once saves \$([\d.,]+)\./.exec(
        stdout,
      ) ?? [];
    expect(Number(saving)).toBeGreaterThan(0);
    expect(Number(perLine) - Number(plan)).toBeCloseTo(Number(saving), 2);
  });

  it('design commands sign the emulator’s demo user in by themselves', async () => {
    const { code, stdout } = await cli.run(['projects'], { HOME: emptyHome });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^prj-acme-robotics-01\s+Motor Controller/m);
  });
});

describe('search', () => {
  it('shows the best matches with manufacturer, stock and a price at the quantity', async () => {
    const { code, stdout } = await cli.run(['search', 'NE555', '--qty', '1000', '--currency', 'EUR']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+ parts match "NE555":$/m);
    expect(stdout).toMatch(/^NE555DR\s+Texas Instruments\s+555 Precision Timer.*\s[\d,]+\s+€\d\.\d+ \S/m);
    expect(stdout).toMatch(/Price at 1000/);
  });

  it('exits 1 when nothing matches, and 2 without a part number', async () => {
    const none = await cli.run(['search', 'NO-SUCH-PART-42']);
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('No part matches "NO-SUCH-PART-42".');
    const missing = await cli.run(['search']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe(
      'Give one part number: node --import tsx src/cli/main.ts search <mpn> [--qty N] [--currency C] [--limit N]',
    );
  });
});

describe('help', () => {
  it('lists every command', async () => {
    const { code, stdout } = await cli.run(['--help']);
    expect(code).toBe(0);
    for (const command of [
      'search',
      'bom',
      'login',
      'logout',
      'workspaces',
      'projects',
      'price-project',
      'usage',
      'web',
    ]) {
      expect(stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
  });
});
