import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliHarness, startCliHarness } from './cli-harness.js';

interface BomJson {
  currency: string;
  buildQuantity: number;
  total: number;
  summary: { lines: number; notFound: number; partsUsed: number; requests: number; cachedLines: number };
  lines: {
    line: number;
    mpn: string | null;
    quantity: number;
    status: string;
    part: { mpn: string; manufacturer: string } | null;
    offer: { seller: string; orderQuantity: number; unitPrice: number; extended: number } | null;
    reason: string | null;
    cached: boolean;
  }[];
}

let cli: CliHarness;
beforeAll(async () => {
  cli = await startCliHarness();
});
afterAll(() => cli?.close());

const apiRequests = () => cli.emulator.stats.snapshot().apiRequests;

describe('bom', () => {
  it('prices the bundled example: a table, the total, the parts spent; exit 1 for its unknown part', async () => {
    const before = cli.emulator.applications.byClientId(cli.env.NEXAR_CLIENT_ID as string)?.partCounter ?? 0;
    const { code, stdout, stderr } = await cli.run(['bom', '--qty', '10']);
    expect(stderr).toContain(`Using the Nexar API at ${cli.emulator.graphqlUrl}.`);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^\s*1 {2}U1\s+ATMEGA328P-AU\s+matched\s+\S/m);
    expect(stdout).toMatch(/ACME-ENC-0042\s+not found/);
    const spentParts = Number(/0 lines from cache, (\d+) parts spent \(1 request\)/.exec(stdout)?.[1]);
    const after = cli.emulator.applications.byClientId(cli.env.NEXAR_CLIENT_ID as string)?.partCounter ?? 0;
    expect(spentParts).toBe(after - before);
    expect(spentParts).toBeGreaterThan(0);
    expect(stdout).toMatch(/Total for 10 boards: \$[\d,]+\.\d\d \(16 of 17 lines priced\)/);
    // Not a terminal: progress comes as plain lines on stderr.
    expect(stderr).toMatch(/^17\/17 lines done, 1 request, \d+ parts used$/m);
  });

  it('answers a re-run from the cache: no request, 0 parts spent', async () => {
    const requests = apiRequests();
    const { code, stdout } = await cli.run(['bom', '--qty', '10']);
    expect(code).toBe(1);
    expect(stdout).toContain('17 lines from cache, 0 parts spent (0 requests).');
    expect(apiRequests()).toBe(requests);
  });

  it('prints JSON only on stdout with --json, in the asked currency', async () => {
    const { code, stdout } = await cli.run(['bom', '--json', '--qty', '5', '--currency', 'eur']);
    expect(code).toBe(1);
    const result = JSON.parse(stdout) as BomJson;
    expect(result).toMatchObject({ currency: 'EUR', buildQuantity: 5 });
    expect(result.summary).toMatchObject({ lines: 17, notFound: 1, cachedLines: 0, requests: 1 });
    expect(result.lines).toHaveLength(17);
    const [first] = result.lines;
    expect(first).toMatchObject({
      line: 1,
      mpn: 'ATMEGA328P-AU',
      quantity: 1,
      status: 'matched',
      cached: false,
    });
    expect(first?.part).toMatchObject({ mpn: 'ATMEGA328P-AU', manufacturer: 'Microchip Technology' });
    expect(first?.offer?.orderQuantity).toBeGreaterThanOrEqual(5);
    const unknown = result.lines.find((line) => line.mpn === 'ACME-ENC-0042');
    expect(unknown).toMatchObject({ status: 'not-found', part: null, offer: null });
    const extended = result.lines.reduce((sum, line) => sum + (line.offer?.extended ?? 0), 0);
    expect(result.total).toBeCloseTo(extended, 2);
  });

  it('exits 0 when every line is found, reading JSON BOMs too', async () => {
    const file = join(cli.home, 'two-lines.json');
    await writeFile(
      file,
      JSON.stringify([
        { mpn: 'NE555DR', quantity: 2 },
        { mpn: 'LM358DR', quantity: 1 },
      ]),
    );
    const { code, stdout } = await cli.run(['bom', file, '--json']);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as BomJson).lines.map((line) => line.status)).toEqual(['matched', 'matched']);
  });

  it('sends nothing with --dry-run', async () => {
    const file = join(cli.home, 'fresh.csv');
    await writeFile(file, 'MPN,Qty\nAO3400A,3\n2N7002-7-F,2\nAO3400A,1\n');
    const requests = apiRequests();
    const { code, stdout } = await cli.run(['bom', file, '--dry-run']);
    expect(code).toBe(0);
    expect(stdout).toContain('Dry run, nothing sent: 3 lines, 2 distinct, 0 answered from the cache.');
    expect(stdout).toContain('Would send 1 request costing at most 2 parts.');
    expect(apiRequests()).toBe(requests);
  });

  it('refuses a run that --max-parts cannot cover, before sending', async () => {
    const file = join(cli.home, 'budget.csv');
    await writeFile(file, 'MPN,Qty\nCH340G,1\nFT232RL,1\nMAX232DR,1\n');
    const requests = apiRequests();
    const { code, stdout, stderr } = await cli.run(['bom', file, '--max-parts', '2']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Not sent: this could cost up to 3 parts but --max-parts leaves 2.');
    expect(apiRequests()).toBe(requests);
  });

  it('stops at a wrong client secret: exit 2, one line, one token request and nothing retried', async () => {
    const file = join(cli.home, 'wrong-secret.csv');
    // Part numbers no earlier run cached, so the run needs the API (and a token) from its first line.
    const rows = Array.from({ length: 250 }, (_, i) => `SECRET-TEST-${i},1`);
    await writeFile(file, `MPN,Qty\n${rows.join('\n')}\n`);
    const before = cli.emulator.stats.snapshot();
    const { code, stdout, stderr } = await cli.run(['bom', file], {
      ...cli.env,
      NEXAR_CLIENT_SECRET: 'not-the-secret',
    });
    const after = cli.emulator.stats.snapshot();
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr
      .trim()
      .split('\n')
      .filter((line) => !line.startsWith('Using the Nexar API'));
    expect(lines).toEqual([expect.stringMatching(/^.*invalid_client.*Check the client ID and secret/i)]);
    expect(stderr).not.toContain('not-the-secret');
    expect(after.tokenRequests.total - before.tokenRequests.total).toBe(1);
    expect(after.apiRequests).toBe(before.apiRequests);
  });

  describe('bad input: exit 2 and one line saying what to do, no stack', () => {
    const cases: [string, () => Promise<string[]>, RegExp][] = [
      [
        'a missing file',
        async () => ['bom', join(cli.home, 'nope.csv')],
        /^Cannot read .*nope\.csv \(ENOENT\)/,
      ],
      [
        'wrong columns',
        async () => {
          const file = join(cli.home, 'columns.csv');
          await writeFile(file, 'Thing,Count\nNE555DR,2\n');
          return ['bom', file];
        },
        /columns\.csv, line 1: no header found.*MPN column/,
      ],
      [
        'a bad quantity in the file',
        async () => {
          const file = join(cli.home, 'quantity.csv');
          await writeFile(file, 'MPN,Qty\nNE555DR,two\nLM358DR,-1\n');
          return ['bom', file];
        },
        /quantity\.csv, line 2: quantity "two" .* \(and 1 more\)$/,
      ],
      ['an unknown flag', async () => ['bom', '--frobnicate'], /^bom: Unknown option '--frobnicate'/],
      [
        'a flag without its value',
        async () => ['bom', '--qty'],
        /^bom: Option '--qty <value>' argument missing/,
      ],
      [
        'a bad --qty',
        async () => ['bom', '--qty', '2.5'],
        /^--qty takes a whole number of 1 or more, not "2\.5"/,
      ],
      ['a zero --qty', async () => ['bom', '--qty', '0'], /^--qty takes a whole number/],
      ['a bad --currency', async () => ['bom', '--currency', 'euro'], /^--currency takes a three-letter/],
      ['an unknown command', async () => ['frobnicate'], /^Unknown command "frobnicate"/],
    ];
    it.each(cases)('%s', async (_name, args, message) => {
      const requests = apiRequests();
      const { code, stdout, stderr } = await cli.run(await args());
      expect(code).toBe(2);
      expect(stdout).toBe('');
      const lines = stderr.trim().split('\n');
      expect(lines.at(-1)).toMatch(message);
      expect(lines.filter((line) => !line.startsWith('Using the Nexar API'))).toHaveLength(1);
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(apiRequests()).toBe(requests);
    });

    it('missing credentials: an API URL but no client id', async () => {
      const { code, stdout, stderr } = await cli.run(['bom'], {
        HOME: cli.home,
        NEXAR_API_URL: cli.emulator.graphqlUrl,
      });
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toEqual([
        expect.stringMatching(
          /^NEXAR_API_URL or NEXAR_IDENTITY_URL is set but NEXAR_CLIENT_ID is not\. Set NEXAR_CLIENT_ID and NEXAR_CLIENT_SECRET/,
        ),
      ]);
    });

    it('shows the stack with --debug', async () => {
      const { code, stderr } = await cli.run(['bom', join(cli.home, 'nope.csv'), '--debug']);
      expect(code).toBe(2);
      expect(stderr).toMatch(/\n\s+at /);
    });
  });
});
