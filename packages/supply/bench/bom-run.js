// One measured run in a process of its own, in plain JavaScript over the built package, so its CPU time
// and peak RSS are the SDK's alone: `node bench/bom-run.js STRATEGY BOM_FILE CONCURRENCY`, with the
// emulator's details in NEXAR_BENCH_EMULATOR. Prints one JSON line: the emulator's requests and parts,
// wall and CPU milliseconds of the run (and of a warm re-run on the same client for matchBom), and the
// process's RSS before the run and at its peak.
import { readFile } from 'node:fs/promises';
import { clientCredentials } from '@nexar/auth';
import { createNexarClient } from '@nexar/client';
import { createSupplyClient } from '../dist/index.js';
import { runStrategy } from './strategies.js';

const [strategy, bomFile, concurrencyArg] = process.argv.slice(2);
const info = JSON.parse(process.env.NEXAR_BENCH_EMULATOR ?? '');
let bom = JSON.parse(await readFile(bomFile, 'utf8'));

const auth = clientCredentials({
  clientId: info.clientId,
  clientSecret: info.clientSecret,
  identityUrl: info.url,
});
await auth.getToken(); // the token request is not what is measured
const clients = {
  supply: createSupplyClient({ auth, endpoint: info.graphqlUrl }),
  nexar: createNexarClient({ auth, endpoint: info.graphqlUrl }),
};

async function stats() {
  const get = () => fetch(`${info.url}/_emulator/stats`);
  // Asked once more if a kept-alive socket was closed by the server just as it was reused.
  const response = await get().catch(get);
  return response.json();
}

async function measured(run) {
  const before = await stats();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await run();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const after = await stats();
  const numbers = {
    requests: after.apiRequests - before.apiRequests,
    parts: after.partsReturned - before.partsReturned,
    wallMs,
    cpuMs: (used.user + used.system) / 1000,
  };
  return { value, numbers };
}

const concurrency = Number(concurrencyArg);
const startRssMb = process.memoryUsage().rss / 2 ** 20;
const heap = (label) => {
  if (!globalThis.gc) return;
  globalThis.gc();
  process.stderr.write(`heap ${label}: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB\n`);
};
heap('before');
const cold = await measured(() => runStrategy(strategy, bom, clients, concurrency));
const summary = cold.value?.summary;
// Only the numbers are kept: the next run's result replaces this one, as it would in an application.
cold.value = undefined;
heap('after the cold run');
const warm =
  strategy === 'matchBom'
    ? await measured(() => runStrategy(strategy, bom, clients, concurrency))
    : undefined;
bom = [];
console.log(
  JSON.stringify({
    cold: cold.numbers,
    warm: warm?.numbers,
    matched: summary ? summary.matched + summary.ambiguous : undefined,
    startRssMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
