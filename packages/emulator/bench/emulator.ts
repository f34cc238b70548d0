/**
 * `pnpm bench`: the emulator's own speed, in one run.
 * - Throughput: supMultiMatch batches of 100 lines with the SDK's BOM selection (supply's
 *   bom-match.graphql, sent as matchBom sends it: mpn + manufacturer, limit 1, a reference per line,
 *   country and currency) against the emulator in its own process, the client sending concurrently.
 *   Batches per second, and the emulator process's own CPU time per batch, for batches it has answered
 *   before (the rounds) and on first sight of their parts (the warm-up's first pass).
 * - Search scaling: supSearchMpn over the default catalog and one 11× its size, time per search.
 * - Start: `import('@nexar/emulator')` and `startEmulator()` in a fresh process, and the first batch after it.
 * Every figure is the median of a few rounds; the machine is shared, so the ratios matter more than
 * the absolute times.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as os from 'node:os';
import { searchResolvers } from '../src/api/supply/search.js';
import { CatalogIndex, createCatalog, normalizeMpn } from '../src/index.js';
import { scaledCatalog } from './scaled-catalog.js';
import { fixed, median, verdict } from './stats.js';

const BATCH_LINES = 100;
const CONCURRENCY = 8;
const WARMUP_BATCHES = 60;
const BATCHES_PER_ROUND = 300;
const ROUNDS = 3;
const START_SAMPLES = 5;
const TARGET_BATCHES_PER_SECOND = 120;
const TARGET_START_MS = 250;
const SCALE_COPIES = 10;
const SEARCH_QUERIES = 300;
const SEARCH_ROUNDS = 5;
/** A linear scan costs about the size ratio (11×); an index should stay well under it. */
const MAX_SEARCH_RATIO = 3;

const BOM_MATCH = readFileSync(
  new URL('../../supply/src/operations/bom-match.graphql', import.meta.url),
  'utf8',
);

interface Ready {
  kind: 'ready';
  importMs: number;
  startMs: number;
  firstTokenMs: number;
  url: string;
  graphqlUrl: string;
  clientId: string;
  clientSecret: string;
}

/** The emulator in a child process (plain Node, no TypeScript loader); `EMULATOR_NODE_ARGS` adds flags such as --cpu-prof. */
async function spawnEmulator(): Promise<{ child: ChildProcess; ready: Ready }> {
  const child = fork(new URL('./emulator-process.js', import.meta.url), {
    execArgv: (process.env.EMULATOR_NODE_ARGS ?? '').split(' ').filter(Boolean),
    // As the emulator's CLI runs it: graphql without its development-time checks.
    env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await nextMessage<Ready>(child, 'ready');
  return { child, ready };
}

function nextMessage<T extends { kind: string }>(child: ChildProcess, kind: T['kind']): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: T) => {
      if (message.kind !== kind) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message);
    };
    const onExit = (code: number | null) => reject(new Error(`emulator process exited (${code})`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

async function stopEmulator(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.send('close');
  await exited;
}

/** The emulator process's user + system CPU so far, in ms. */
async function cpuMs(child: ChildProcess): Promise<number> {
  const reply = nextMessage<{ kind: 'cpu'; usage: NodeJS.CpuUsage }>(child, 'cpu');
  child.send('cpu');
  const { usage } = await reply;
  return (usage.user + usage.system) / 1000;
}

async function supplyToken(ready: Ready): Promise<string> {
  const response = await fetch(`${ready.url}/connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: ready.clientId,
      client_secret: ready.clientSecret,
      scope: 'supply.domain',
    }),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`token request failed: ${response.status}`);
  return body.access_token;
}

/** Request bodies of 100 distinct lines each, drawn in a fixed order from the default catalog. */
function batchBodies(): string[] {
  const seen = new Set<string>();
  const lines: { mpn: string; manufacturer: string }[] = [];
  for (const part of createCatalog().parts) {
    const key = `${normalizeMpn(part.mpn)}|${part.manufacturer.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push({ mpn: part.mpn, manufacturer: part.manufacturer.name });
  }
  const bodies: string[] = [];
  for (let i = 0; i + BATCH_LINES <= lines.length; i += BATCH_LINES) {
    const queries = lines
      .slice(i, i + BATCH_LINES)
      .map((line, j) => ({ ...line, limit: 1, reference: `q${j}` }));
    bodies.push(JSON.stringify({ query: BOM_MATCH, variables: { queries, country: 'US', currency: 'USD' } }));
  }
  return bodies;
}

async function sendBatches(
  ready: Ready,
  token: string,
  bodies: readonly string[],
  count: number,
  offset: number,
): Promise<{ ms: number; bytes: number }> {
  let next = 0;
  let bytes = 0;
  const started = performance.now();
  const sender = async () => {
    while (next < count) {
      const body = bodies[(offset + next++) % bodies.length];
      const response = await fetch(ready.graphqlUrl, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body,
      });
      const answer = await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`supMultiMatch answered ${response.status}`);
      bytes += answer.byteLength;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, sender));
  return { ms: performance.now() - started, bytes };
}

/** One full batch, checked: 100 answers, no errors, every line matched. */
async function checkedFirstBatch(ready: Ready, token: string, body: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(ready.graphqlUrl, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body,
  });
  const answer = (await response.json()) as {
    data?: { supMultiMatch: { hits: number; parts: unknown[] }[] };
    errors?: unknown[];
  };
  const ms = performance.now() - started;
  const matches = answer.data?.supMultiMatch ?? [];
  if (answer.errors || matches.length !== BATCH_LINES || matches.some((m) => m.parts.length !== 1)) {
    throw new Error(`unexpected supMultiMatch answer: ${JSON.stringify(answer).slice(0, 300)}`);
  }
  return ms;
}

async function throughput() {
  const bodies = batchBodies();
  const { child, ready } = await spawnEmulator();
  try {
    const token = await supplyToken(ready);
    const firstBatchMs = await checkedFirstBatch(ready, token, bodies[0] ?? '');
    // The warm-up's first pass is every other batch's first sight: its parts are resolved and serialised
    // for the first time (and the code is still warming up), so it shows what a BOM of new parts costs.
    const firstPass = bodies.length - 1;
    const cpuBeforeFirstPass = await cpuMs(child);
    await sendBatches(ready, token, bodies, firstPass, 1);
    const cpuPerFirstSight = ((await cpuMs(child)) - cpuBeforeFirstPass) / firstPass;
    await sendBatches(ready, token, bodies, Math.max(0, WARMUP_BATCHES - firstPass), 1 + firstPass);
    const rounds: { perSecond: number; cpuPerBatch: number; kbPerBatch: number }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const cpuBefore = await cpuMs(child);
      const { ms, bytes } = await sendBatches(ready, token, bodies, BATCHES_PER_ROUND, round * 7);
      const cpu = (await cpuMs(child)) - cpuBefore;
      rounds.push({
        perSecond: (BATCHES_PER_ROUND / ms) * 1000,
        cpuPerBatch: cpu / BATCHES_PER_ROUND,
        kbPerBatch: bytes / BATCHES_PER_ROUND / 1024,
      });
    }
    return {
      firstBatchMs,
      cpuPerFirstSight,
      perSecond: median(rounds.map((r) => r.perSecond)),
      cpuPerBatch: median(rounds.map((r) => r.cpuPerBatch)),
      kbPerBatch: median(rounds.map((r) => r.kbPerBatch)),
      distinctBatches: bodies.length,
    };
  } finally {
    await stopEmulator(child);
  }
}

/** Part numbers as users type them into supSearchMpn: whole, the first part, a middle piece. */
function searchQueries(index: CatalogIndex): string[] {
  const queries: string[] = [];
  const parts = index.parts;
  const step = Math.max(1, Math.floor(parts.length / SEARCH_QUERIES));
  for (let i = 0; i < parts.length && queries.length < SEARCH_QUERIES; i += step) {
    const mpn = parts[i]?.mpn ?? '';
    const key = normalizeMpn(mpn);
    const kind = queries.length % 3;
    if (kind === 0 || key.length < 6) queries.push(mpn);
    else if (kind === 1) queries.push(key.slice(0, Math.ceil(key.length * 0.6)));
    else queries.push(key.slice(1, 1 + Math.ceil(key.length / 2)));
  }
  return queries;
}

function searchScaling() {
  const base = createCatalog();
  const small = new CatalogIndex(base);
  const large = new CatalogIndex(scaledCatalog(base, SCALE_COPIES));
  const queries = searchQueries(small);
  const searchOf = (index: CatalogIndex) => {
    const search = searchResolvers(index).Query.supSearchMpn;
    return () => {
      let hits = 0;
      for (const q of queries) hits += search(null, { q }).hits.length;
      return hits;
    };
  };
  const runs = { small: searchOf(small), large: searchOf(large) };
  // First call builds whatever the index builds lazily, and warms the JIT; neither is measured.
  const smallHits = runs.small();
  const largeHits = runs.large();
  const times = { small: [] as number[], large: [] as number[] };
  for (let round = 0; round < SEARCH_ROUNDS; round++) {
    for (const size of ['small', 'large'] as const) {
      const started = performance.now();
      runs[size]();
      times[size].push(((performance.now() - started) / queries.length) * 1000);
    }
  }
  return {
    smallParts: small.parts.length,
    largeParts: large.parts.length,
    smallHits,
    largeHits,
    smallUs: median(times.small),
    largeUs: median(times.large),
  };
}

async function startTimes() {
  const imports: number[] = [];
  const starts: number[] = [];
  const tokens: number[] = [];
  for (let i = 0; i < START_SAMPLES; i++) {
    const { child, ready } = await spawnEmulator();
    imports.push(ready.importMs);
    starts.push(ready.startMs);
    tokens.push(ready.firstTokenMs);
    await stopEmulator(child);
  }
  return { importMs: median(imports), startMs: median(starts), firstTokenMs: median(tokens) };
}

/** `tsx bench/emulator.ts throughput` (or `search`, `start`) runs one part; no argument runs all three. */
const asked = process.argv.slice(2);
const runs = (name: string) => asked.length === 0 || asked.includes(name);

console.log(
  `emulator benchmark (medians; load average ${os
    .loadavg()
    .map((n) => fixed(n))
    .join(' ')} on ${os.availableParallelism()} cores)`,
);
if (runs('throughput')) {
  const load = await throughput();
  console.log(
    `  supMultiMatch, ${BATCH_LINES} lines, SDK selection, ${CONCURRENCY} in flight: ${fixed(load.perSecond)} batches/s ` +
      `(target ≥ ${TARGET_BATCHES_PER_SECOND}) ${verdict(load.perSecond >= TARGET_BATCHES_PER_SECOND)}`,
  );
  const capacity = 1000 / load.cpuPerBatch;
  console.log(
    `    emulator CPU ${fixed(load.cpuPerBatch, 2)} ms per batch: ${fixed(capacity, 0)} batches/s on one free core ` +
      `(target ≥ ${TARGET_BATCHES_PER_SECOND}) ${verdict(capacity >= TARGET_BATCHES_PER_SECOND)}`,
  );
  console.log(
    `    first sight of each batch's parts (resolved and serialised anew): ${fixed(load.cpuPerFirstSight, 2)} ms ` +
      'of emulator CPU per batch; the rounds above repeat batches, whose parts are kept serialised',
  );
  console.log(
    `    ${fixed(load.kbPerBatch, 0)} KB per answer, ${load.distinctBatches} distinct batches, ` +
      `${ROUNDS} rounds of ${BATCHES_PER_ROUND}; first batch after start: ${fixed(load.firstBatchMs, 0)} ms`,
  );
}
if (runs('search')) {
  const search = searchScaling();
  const sizeRatio = search.largeParts / search.smallParts;
  const searchRatio = search.largeUs / search.smallUs;
  console.log(
    `  supSearchMpn: ${fixed(search.smallUs)} µs per search at ${search.smallParts} parts, ` +
      `${fixed(search.largeUs)} µs at ${search.largeParts} (${fixed(sizeRatio)}× the parts): ` +
      `${fixed(searchRatio, 2)}× the time (target ≤ ${MAX_SEARCH_RATIO}×) ${verdict(searchRatio <= MAX_SEARCH_RATIO)}`,
  );
  console.log(`    hits over ${SEARCH_QUERIES} queries: ${search.smallHits} and ${search.largeHits}`);
}
if (runs('start')) {
  const start = await startTimes();
  console.log(
    `  startEmulator() in a fresh process: ${fixed(start.startMs, 0)} ms (target ≤ ${TARGET_START_MS}) ` +
      `${verdict(start.startMs <= TARGET_START_MS)}`,
  );
  console.log(
    `    import('@nexar/emulator'): ${fixed(start.importMs, 0)} ms; first token after the start: ${fixed(start.firstTokenMs, 0)} ms`,
  );
}
