/**
 * `pnpm bench`: the same query through @nexar/client and through a bare fetch with the same token, to
 * the same emulator, in one run. Prints p50 and p99 latency and their ratio at concurrency 1 and 32.
 * Blocks of each side take turns, so drift in the machine's speed hits every side alike.
 */
import { Worker } from 'node:worker_threads';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { authFetch, clientCredentials } from '@nexar/auth';
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

const worker = new Worker(new URL('./emulator-worker.js', import.meta.url));
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
// Attribution: the bare request sent through @nexar/auth's authFetch alone (token lookup, 401 handling).
const { authorization: _, ...unauthenticated } = headers;
const authed = authFetch(auth);
const viaAuthFetch = async (): Promise<Search> => {
  const response = await authed(info.graphqlUrl, { method: 'POST', headers: unauthenticated, body });
  const result = (await response.json()) as { data?: Search; errors?: unknown[] };
  if (!response.ok || result.errors || !result.data)
    throw new Error(`authFetch failed: HTTP ${response.status}`);
  return result.data;
};

// Both sides must get the same answer, or the comparison means nothing.
const [fromBare, fromClient] = [await bare(), await viaClient()];
if (JSON.stringify(fromBare) !== JSON.stringify(fromClient))
  throw new Error('bare fetch and client disagree');

const fmt = (ms: number) => `${ms.toFixed(3)} ms`.padStart(10);
const ratio = (base: number, value: number) => `${(value / base).toFixed(3)}x`.padStart(7);
const sides = { bare, authFetch: viaAuthFetch, client: viaClient } as const;
type Side = keyof typeof sides;
const names: Side[] = ['bare', 'authFetch', 'client'];

console.log(
  `@nexar/client vs bare fetch, query BenchSearch, emulator on a worker thread (Node ${process.version})`,
);
console.log(
  '"authFetch" is the bare request through @nexar/auth\'s authFetch alone: the part of the overhead that is auth\'s.\n',
);
console.log('concurrency  requests  side           p50    ratio          p99    ratio');

const overheads: number[] = [];
for (const { concurrency, warmup, perSide, block } of PLAN) {
  for (const side of names) await measure(sides[side], warmup, concurrency);
  const samples: Record<Side, number[]> = { bare: [], authFetch: [], client: [] };
  for (let round = 0; round < perSide / block; round += 1) {
    // Rotate the order each round, so drift in the machine's speed hits every side alike.
    for (let i = 0; i < names.length; i += 1) {
      const side = names[(round + i) % names.length] as Side;
      samples[side].push(...(await measure(sides[side], block, concurrency)));
    }
  }
  const p = (side: Side, fraction: number) =>
    percentile(
      samples[side].sort((a, b) => a - b),
      fraction,
    );
  const base50 = p('bare', 0.5);
  const base99 = p('bare', 0.99);
  for (const side of names) {
    const [p50, p99] = [p(side, 0.5), p(side, 0.99)];
    console.log(
      `${String(concurrency).padStart(11)}  ${String(perSide).padStart(8)}  ${side.padEnd(9)} ${fmt(p50)}  ${ratio(base50, p50)}   ${fmt(p99)}  ${ratio(base99, p99)}`,
    );
  }
  overheads.push(p('client', 0.5) / base50 - 1);
}

const worst = Math.max(...overheads);
console.log(
  `\nTarget: the client adds under 5% at p50. Measured: ${(worst * 100).toFixed(1)}% at worst (${worst < 0.05 ? 'met' : 'NOT met'}).`,
);
worker.postMessage('close');
await new Promise((resolve) => worker.once('exit', resolve));
