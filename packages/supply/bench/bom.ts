/**
 * `pnpm bench`: matchBom against the strategies users would pick instead, on BOMs of 100 to 50,000 lines
 * (30% repeated MPNs, drawn from the benchmark's catalog: see bench-catalog.js), with 50 ms of added API latency and
 * the emulator in a process of its own. In one run it prints:
 * - per size and strategy: requests and parts (the emulator's own counts), wall time, client CPU time and
 *   peak RSS, each run in a fresh process, and as ratios to matchBom; strategies that send a request per
 *   line are run on a sample of the BOM and extrapolated to its size (marked);
 * - matchBom's warm re-run on the same client (requests, parts, wall time);
 * - wall time of a 1,000-line BOM against the latency-bound limit (batches ÷ concurrency × the round trip
 *   of one full 100-line batch sent alone, measured in this run; the cold run is the median of three);
 * - every target, PASS or FAIL.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clientCredentials } from '@nexar/auth';
import { type BomMatchResult, matchBom, normalizeMpn, planBom } from '../src/bom/index.js';
import { createSupplyClient } from '../src/index.js';
import { BENCH_CATALOG_PARTS } from './bench-catalog.js';
import { type EmulatorInfo, emulatorStats, setApiLatency, startEmulatorProcess } from './emulator-control.js';
import { generateBom } from './generate-bom.js';

type Strategy = 'matchBom' | 'kicost' | 'partdb' | 'naive';
/** The strategies (see strategies.js). */
const STRATEGY_NAMES: Record<Strategy, string> = {
  matchBom: 'matchBom',
  kicost: 'KiCost-style (multiMatch ×20, limit 5)',
  partdb: 'Part-DB-style (supSearch per line, limit 10)',
  naive: 'naive (supSearchMpn per line)',
};
const SIZES = [100, 1_000, 10_000, 50_000];
const REPEATED = 0.3;
const LATENCY_MS = 50;
const CONCURRENCY = 4;
const ROUND_TRIP_SAMPLES = 7;
const COLD_RUNS = 3;
/** Most lines a strategy is run on; larger BOMs are sampled and extrapolated. */
const SAMPLE_LINES: Record<Strategy, number> = {
  matchBom: Number.POSITIVE_INFINITY,
  kicost: 10_000,
  partdb: 300,
  naive: 300,
};
const TARGETS = { cpuPerLineMs: 0.05, peakRssMb: 250, warmMs: 1000, latencyRatio: 1.5 };

const emulator = await startEmulatorProcess();
const { info } = emulator;
await setApiLatency(info, LATENCY_MS);
const dir = await mkdtemp(join(tmpdir(), 'nexar-bom-bench-'));

interface Measured {
  requests: number;
  parts: number;
  wallMs: number;
  cpuMs: number;
}
interface RunReport {
  cold: Measured;
  warm: Measured | undefined;
  matched: number | undefined;
  startRssMb: number;
  peakRssMb: number;
}

/** One strategy on one BOM file, in a fresh process. */
function runInChild(strategy: Strategy, bomFile: string): Promise<RunReport> {
  const script = fileURLToPath(new URL('./bom-run.js', import.meta.url));
  const child = spawn(
    process.execPath,
    // Plain node, without this process's TypeScript loader: the run's CPU and RSS are the SDK's alone.
    [script, strategy, bomFile, String(CONCURRENCY)],
    {
      env: { ...process.env, NEXAR_BENCH_EMULATOR: JSON.stringify(info satisfies EmulatorInfo) },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`${strategy} run failed (exit ${code})`));
      else resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '') as RunReport);
    });
  });
}

// The strategy table: every size, every strategy, each in its own process.
interface Row {
  strategy: Strategy;
  lines: number;
  sampled: number | undefined;
  report: RunReport;
  /** The cold run extrapolated to the whole BOM (the run itself when not sampled). */
  scaled: Measured;
}
const rows: Row[] = [];
const uniqueBySize = new Map<number, number>();
for (const lines of SIZES) {
  const { bom, unique } = generateBom(lines, REPEATED);
  uniqueBySize.set(lines, unique);
  for (const strategy of Object.keys(STRATEGY_NAMES) as Strategy[]) {
    const take = Math.min(lines, SAMPLE_LINES[strategy]);
    const file = join(dir, `${strategy}-${lines}.json`);
    await writeFile(file, JSON.stringify(bom.slice(0, take)));
    process.stderr.write(
      `  ${STRATEGY_NAMES[strategy]}, ${lines} lines${take < lines ? ` (sample of ${take})` : ''}…\n`,
    );
    const started = performance.now();
    const report = await runInChild(strategy, file);
    process.stderr.write(`    ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    const k = lines / take;
    const { cold } = report;
    rows.push({
      strategy,
      lines,
      sampled: take < lines ? take : undefined,
      report,
      scaled: {
        requests: cold.requests * k,
        parts: cold.parts * k,
        wallMs: cold.wallMs * k,
        cpuMs: cold.cpuMs * k,
      },
    });
  }
}

// The latency bound, on 1,000 lines with the client in this process.
const auth = clientCredentials({
  clientId: info.clientId,
  clientSecret: info.clientSecret,
  identityUrl: info.url,
});
await auth.getToken();
const supply = (cache: boolean) =>
  createSupplyClient({ auth, endpoint: info.graphqlUrl, ...(cache ? {} : { cache: false }) });
async function measured<T>(run: () => Promise<T>): Promise<{ value: T; requests: number; ms: number }> {
  const before = await emulatorStats(info);
  const start = performance.now();
  const value = await run();
  const ms = performance.now() - start;
  const after = await emulatorStats(info);
  return { value, requests: after.apiRequests - before.apiRequests, ms };
}
const { bom } = generateBom(1_000, REPEATED);
const plan = await planBom(bom, { client: supply(false) });
// Warm-up on this very BOM, uncached: the client's code is compiled, and the emulator has built and
// kept what it answers for these parts, so the round trips below and the cold runs after them meet
// the same emulator (the bound is not inflated by its first sight of the parts).
for (let i = 0; i < 2; i++) await matchBom(bom, { client: supply(false), concurrency: CONCURRENCY });
const uniqueLines = [
  ...new Map(bom.map((line) => [`${normalizeMpn(line.mpn ?? '')}|${line.manufacturer}`, line])).values(),
];
const trips: number[] = [];
for (let i = 0; i < ROUND_TRIP_SAMPLES; i++) {
  const batch = uniqueLines.slice(i * 100, i * 100 + 100);
  trips.push((await measured(() => matchBom(batch, { client: supply(false), concurrency: 1 }))).ms);
}
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const roundTrip = median(trips);
const colds: Awaited<ReturnType<typeof measured<BomMatchResult>>>[] = [];
for (let i = 0; i < COLD_RUNS; i++) {
  colds.push(await measured(() => matchBom(bom, { client: supply(true), concurrency: CONCURRENCY })));
}
const cold = median(colds.map((run) => run.ms));
const bound = (plan.requests / CONCURRENCY) * roundTrip;

await emulator.stop();
await rm(dir, { recursive: true, force: true });

// Report.
const ms = (value: number) => `${value.toFixed(0)} ms`;
const n = (value: number) => Math.round(value).toLocaleString('en-US');
const times = (a: number, b: number) => (b === 0 ? (a === 0 ? '1.0×' : '∞') : `${(a / b).toFixed(1)}×`);
const cells = (values: string[], widths: number[]) =>
  values
    .map((value, i) => (i === 0 ? value.padEnd(widths[0] ?? 0) : value.padStart(widths[i] ?? 0)))
    .join('');
const widths = [54, 10, 10, 13, 12, 9];
console.log(
  `\nBOMs with ${REPEATED * 100}% repeated MPNs from a ${BENCH_CATALOG_PARTS.toLocaleString('en-US')}-part catalog; API latency +${LATENCY_MS} ms; ` +
    `concurrency ${CONCURRENCY}; each run in a fresh process, the emulator in its own.` +
    '\nCPU is the client process\'s; RSS is its peak. "~" marks a sampled run extrapolated to the BOM (RSS: the sample\'s).',
);
for (const lines of SIZES) {
  const base = rows.find((row) => row.lines === lines && row.strategy === 'matchBom') as Row;
  console.log(`\n${n(lines)} lines (${n(uniqueBySize.get(lines) ?? 0)} distinct)`);
  console.log(cells(['', 'requests', 'parts', 'wall', 'CPU', 'RSS'], widths));
  for (const row of rows.filter((r) => r.lines === lines)) {
    const mark = row.sampled ? '~' : '';
    const label = row.sampled
      ? `${STRATEGY_NAMES[row.strategy]} ~${n(row.sampled)} lines`
      : STRATEGY_NAMES[row.strategy];
    const { scaled } = row;
    console.log(
      cells(
        [
          label,
          mark + n(scaled.requests),
          mark + n(scaled.parts),
          mark + ms(scaled.wallMs),
          mark + ms(scaled.cpuMs),
          `${row.report.peakRssMb.toFixed(0)} MB`,
        ],
        widths,
      ),
    );
    if (row.strategy === 'matchBom' && row.report.warm) {
      const { warm } = row.report;
      console.log(
        cells(
          [
            '  warm re-run, same client',
            n(warm.requests),
            n(warm.parts),
            ms(warm.wallMs),
            ms(warm.cpuMs),
            '',
          ],
          widths,
        ),
      );
    } else if (row.strategy !== 'matchBom') {
      console.log(
        cells(
          [
            '  ÷ matchBom',
            times(scaled.requests, base.scaled.requests),
            times(scaled.parts, base.scaled.parts),
            times(scaled.wallMs, base.scaled.wallMs),
            times(scaled.cpuMs, base.scaled.cpuMs),
            times(row.report.peakRssMb, base.report.peakRssMb),
          ],
          widths,
        ),
      );
    }
  }
}

const biggest = rows.find((row) => row.lines === 50_000 && row.strategy === 'matchBom') as Row;
const warm = biggest.report.warm as Measured;
const cpuPerLine = biggest.report.cold.cpuMs / biggest.lines;
console.log(
  `\nlatency bound (1,000 lines, client in the bench process): ${plan.requests} batches ÷ ${CONCURRENCY} × ` +
    `${ms(roundTrip)} round trip of one 100-line batch (median of ${trips.map((t) => t.toFixed(0)).join(', ')}) ` +
    `= ${ms(bound)}; matchBom cold, median of ${colds.map((run) => run.ms.toFixed(0)).join(', ')} ms: ${ms(cold)}`,
);
console.log(
  `50,000 lines: client process at ${biggest.report.startRssMb.toFixed(0)} MB before the run; ` +
    `${cpuPerLine.toFixed(3)} ms CPU per line (${ms(biggest.report.cold.cpuMs)} in all)\n`,
);
const targets: [string, boolean, string][] = [
  [
    'warm re-run of 50,000 lines: 0 requests, 0 parts, under 1 s',
    warm.requests === 0 && warm.parts === 0 && warm.wallMs < TARGETS.warmMs,
    `${warm.requests} requests, ${warm.parts} parts, ${ms(warm.wallMs)}`,
  ],
  [
    `client CPU per BOM line ≤ ${TARGETS.cpuPerLineMs} ms (50,000 lines, cold)`,
    cpuPerLine <= TARGETS.cpuPerLineMs,
    `${cpuPerLine.toFixed(3)} ms`,
  ],
  [
    `peak RSS for 50,000 lines ≤ ${TARGETS.peakRssMb} MB (cold run + warm re-run)`,
    biggest.report.peakRssMb <= TARGETS.peakRssMb,
    `${biggest.report.peakRssMb.toFixed(0)} MB`,
  ],
  [
    `1,000 lines within ${TARGETS.latencyRatio}× of the latency-bound limit`,
    cold <= TARGETS.latencyRatio * bound,
    `${ms(cold)} = ${(cold / bound).toFixed(2)}× of ${ms(bound)}`,
  ],
  [
    'parts used ≤ distinct lines, requests = ceil(distinct ÷ 100), every size',
    SIZES.every((lines) => {
      const row = rows.find((r) => r.lines === lines && r.strategy === 'matchBom') as Row;
      const unique = uniqueBySize.get(lines) ?? 0;
      return row.report.cold.parts <= unique && row.report.cold.requests === Math.ceil(unique / 100);
    }),
    SIZES.map((lines) => {
      const row = rows.find((r) => r.lines === lines && r.strategy === 'matchBom') as Row;
      return `${n(row.report.cold.requests)} req / ${n(row.report.cold.parts)} parts`;
    }).join(', '),
  ],
];
console.log('targets:');
for (const [name, ok, detail] of targets) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${name}: ${detail}`);
