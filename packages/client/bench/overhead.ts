/**
 * `pnpm bench`: the same query through @nexar/client and through a bare fetch with the same token, to
 * the same emulator, in one run. Prints p50 and p99 latency and their ratio at concurrency 1 and 32.
 * Blocks alternate (bare, client, client, bare, ...) so drift in the machine's speed hits both sides.
 */
import { Worker } from 'node:worker_threads';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { clientCredentials } from '@nexar/auth';
import { parse, print } from 'graphql';
import { createNexarClient } from '../src/index.js';
import { measure, percentile } from './stats.js';

interface Search {
  supSearchMpn: { hits: number; results: { part: { mpn: string } }[] | null };
}
const SEARCH = parse(/* GraphQL */ `
  query BenchSearch($q: String!, $limit: Int) {
    supSearchMpn(q: $q, limit: $limit) {
      hits
      results {
        part {
          mpn
        }
      }
    }
  }
`) as TypedDocumentNode<Search, { q: string; limit?: number }>;
const VARIABLES = { q: 'LM358', limit: 1 };

const PLAN = [
  { concurrency: 1, warmup: 300, perSide: 3000, block: 250 },
  { concurrency: 32, warmup: 640, perSide: 9600, block: 800 },
];

interface EmulatorInfo {
  identityUrl: string;
  graphqlUrl: string;
  clientId: string;
  clientSecret: string;
}

const worker = new Worker(new URL('./emulator-worker.ts', import.meta.url), {
  execArgv: ['--import', 'tsx'],
});
const info = await new Promise<EmulatorInfo>((resolve, reject) => {
  worker.once('message', resolve);
  worker.once('error', reject);
});

const auth = clientCredentials({
  clientId: info.clientId,
  clientSecret: info.clientSecret,
  identityUrl: info.identityUrl,
});
const client = createNexarClient({ auth, endpoint: info.graphqlUrl });
const { accessToken } = await auth.getToken();

// What graphql-request sends, built once, as a hand-written integration would.
const body = JSON.stringify({ query: print(SEARCH), variables: VARIABLES, operationName: 'BenchSearch' });
const headers = {
  accept: 'application/graphql-response+json, application/json',
  'content-type': 'application/json',
  authorization: `Bearer ${accessToken}`,
};

const bare = async (): Promise<Search> => {
  const response = await fetch(info.graphqlUrl, { method: 'POST', headers, body });
  const result = (await response.json()) as { data?: Search; errors?: unknown[] };
  if (!response.ok || result.errors || !result.data)
    throw new Error(`bare fetch failed: HTTP ${response.status}`);
  return result.data;
};
const viaClient = (): Promise<Search> => client.request(SEARCH, VARIABLES);

// Both sides must get the same answer, or the comparison means nothing.
const [fromBare, fromClient] = [await bare(), await viaClient()];
if (JSON.stringify(fromBare) !== JSON.stringify(fromClient))
  throw new Error('bare fetch and client disagree');

const fmt = (ms: number) => `${ms.toFixed(3)} ms`.padStart(10);
const ratio = (a: number, b: number) => `${(b / a).toFixed(3)}x`.padStart(7);
console.log(
  `@nexar/client vs bare fetch, query BenchSearch, emulator on a worker thread (Node ${process.version})\n`,
);
console.log('concurrency  requests/side   p50 bare  p50 client  ratio    p99 bare  p99 client  ratio');

const overheads: number[] = [];
for (const { concurrency, warmup, perSide, block } of PLAN) {
  await measure(bare, warmup, concurrency);
  await measure(viaClient, warmup, concurrency);
  const samples = { bare: [] as number[], client: [] as number[] };
  for (let round = 0; round < perSide / block; round += 1) {
    const order = round % 2 === 0 ? (['bare', 'client'] as const) : (['client', 'bare'] as const);
    for (const side of order) {
      samples[side].push(...(await measure(side === 'bare' ? bare : viaClient, block, concurrency)));
    }
  }
  const bareSorted = samples.bare.sort((a, b) => a - b);
  const clientSorted = samples.client.sort((a, b) => a - b);
  const [b50, c50, b99, c99] = [
    percentile(bareSorted, 0.5),
    percentile(clientSorted, 0.5),
    percentile(bareSorted, 0.99),
    percentile(clientSorted, 0.99),
  ];
  overheads.push(c50 / b50 - 1);
  console.log(
    `${String(concurrency).padStart(11)}  ${String(perSide).padStart(13)} ${fmt(b50)}  ${fmt(c50)} ${ratio(b50, c50)}  ${fmt(b99)}  ${fmt(c99)} ${ratio(b99, c99)}`,
  );
}

const worst = Math.max(...overheads);
console.log(
  `\nTarget: under 5% added at p50. Measured: ${(worst * 100).toFixed(1)}% at worst (${worst < 0.05 ? 'met' : 'NOT met'}).`,
);
worker.postMessage('close');
await new Promise((resolve) => worker.once('exit', resolve));
