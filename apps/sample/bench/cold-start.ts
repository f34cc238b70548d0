/**
 * `pnpm bench`: cold start of the sample CLI's `search` against an API (credentials set, so nothing of
 * the emulator is loaded), from process start to exit, beside `node -e 0` on the same machine. The API
 * is an emulator in a process of its own, reached through NEXAR_IDENTITY_URL / NEXAR_API_URL; every
 * run gets a fresh home folder, so no cached answer or token helps it. Median of RUNS runs.
 */
import { fork, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = 7;
const TARGET_MS = 500;

interface Api {
  identityUrl: string;
  apiUrl: string;
  clientId: string;
  clientSecret: string;
}

const emulator = fork(fileURLToPath(new URL('./emulator-process.js', import.meta.url)), [], { execArgv: [] });
const api = await new Promise<Api>((resolve, reject) => {
  emulator.once('message', (message) => resolve(message as Api));
  emulator.once('error', reject);
});

const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const reportCpu = fileURLToPath(new URL('./report-cpu.cjs', import.meta.url));
/** Milliseconds from spawning `node args` to its exit, and the CPU time the process reported. */
function timed(args: string[], env: NodeJS.ProcessEnv): { ms: number; cpuMs: number } {
  const start = performance.now();
  const run = spawnSync(process.execPath, ['--require', reportCpu, ...args], { env, encoding: 'utf8' });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  return { ms, cpuMs: Number(/cpu-ms:([\d.]+)/.exec(run.stderr)?.[1]) };
}
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

const search: { ms: number; cpuMs: number }[] = [];
const bare: { ms: number; cpuMs: number }[] = [];
for (let i = 0; i < RUNS; i++) {
  const home = mkdtempSync(join(tmpdir(), 'nexar-cold-start-'));
  const env = {
    PATH: process.env.PATH,
    HOME: home,
    NEXAR_IDENTITY_URL: api.identityUrl,
    NEXAR_API_URL: api.apiUrl,
    NEXAR_CLIENT_ID: api.clientId,
    NEXAR_CLIENT_SECRET: api.clientSecret,
  };
  try {
    bare.push(timed(['-e', '0'], env));
    search.push(timed([cli, 'search', 'LM358', '--limit', '1'], env));
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
emulator.send('close');

const ms = (value: number) => `${value.toFixed(0)} ms`;
const cold = median(search.map((run) => run.ms));
const bareMs = median(bare.map((run) => run.ms));
console.log(
  `\nsample CLI \`search LM358\` against an API in another process, fresh home each run (median of ${RUNS}):\n` +
    `  search: ${ms(cold)} wall, ${ms(median(search.map((run) => run.cpuMs)))} CPU ` +
    `(runs: ${search.map((run) => run.ms.toFixed(0)).join(', ')} ms)\n` +
    `  node -e 0: ${ms(bareMs)} wall, ${ms(median(bare.map((run) => run.cpuMs)))} CPU; ` +
    `search ÷ node -e 0: ${(cold / bareMs).toFixed(1)}× (wall time includes waiting for a busy machine's CPU)\n`,
);
console.log(
  `targets:\n  ${cold <= TARGET_MS ? 'PASS' : 'FAIL'}  search cold start ≤ ${TARGET_MS} ms: ${ms(cold)}`,
);
