/**
 * `pnpm bench`: the same query through @nexar/client, through graphql-request alone (which the client
 * sends with) and through a bare fetch, with the same token, to the same emulator in another process, in
 * one run. Prints p50 and p99 latency and their ratio at concurrency 1 and 32, and the CPU time each
 * side spends per request in this process; the client's own work is its CPU per request over
 * graphql-request's. Blocks of each side take turns, so drift in the machine's speed hits every side alike.
 */
import { fork } from 'node:child_process';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { authFetch, clientCredentials } from '@nexar/auth';
import { parse, print } from 'graphql';
import { GraphQLClient } from 'graphql-request';
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
  { concurrency: 1, warmup: 300, perSide: 2000, block: 250 },
  { concurrency: 32, warmup: 640, perSide: 6400, block: 800 },
];
/** The client's own work per request over graphql-request's, in CPU microseconds. */
const TARGET_OWN_WORK_US = 20;

interface EmulatorInfo {
  identityUrl: string;
  graphqlUrl: string;
  clientId: string;
  clientSecret: string;
}

const emulator = fork(new URL('./emulator-process.js', import.meta.url), [], { execArgv: [] });
const info = await new Promise<EmulatorInfo>((resolve, reject) => {
  emulator.once('message', (message) => resolve(message as EmulatorInfo));
  emulator.once('error', reject);
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
// graphql-request alone at its fastest: a static token, no retries, the query text printed once (given a
// DocumentNode it would print it on every request, which the client avoids).
const plain = new GraphQLClient(info.graphqlUrl, { headers: { authorization: `Bearer ${accessToken}` } });
const searchText = print(SEARCH);
const viaGraphqlRequest = (): Promise<Search> => plain.request<Search>(searchText, VARIABLES);
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
const sides = {
  bare,
  authFetch: viaAuthFetch,
  'graphql-request': viaGraphqlRequest,
  client: viaClient,
} as const;
type Side = keyof typeof sides;
const names: Side[] = ['bare', 'authFetch', 'graphql-request', 'client'];

console.log(
  `@nexar/client vs graphql-request vs bare fetch, query BenchSearch, emulator in another process (Node ${process.version})`,
);
console.log(
  '"authFetch" is the bare request through @nexar/auth\'s authFetch alone: the part of the overhead that is auth\'s.\n',
);
console.log('concurrency  requests  side                   p50    ratio          p99    ratio   CPU/request');

const overheads: number[] = [];
const ownWork: number[] = [];
for (const { concurrency, warmup, perSide, block } of PLAN) {
  for (const side of names) await measure(sides[side], warmup, concurrency);
  const samples: Record<Side, number[]> = { bare: [], authFetch: [], 'graphql-request': [], client: [] };
  // CPU microseconds per request of each block, by side: this process's CPU is the sides' alone.
  const cpu: Record<Side, number[]> = { bare: [], authFetch: [], 'graphql-request': [], client: [] };
  for (let round = 0; round < perSide / block; round += 1) {
    // Rotate the order each round, so drift in the machine's speed hits every side alike.
    for (let i = 0; i < names.length; i += 1) {
      const side = names[(round + i) % names.length] as Side;
      const before = process.cpuUsage();
      samples[side].push(...(await measure(sides[side], block, concurrency)));
      const used = process.cpuUsage(before);
      cpu[side].push((used.user + used.system) / block);
    }
  }
  const cpuPerRequest = (side: Side) =>
    percentile(
      [...cpu[side]].sort((a, b) => a - b),
      0.5,
    );
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
      `${String(concurrency).padStart(11)}  ${String(perSide).padStart(8)}  ${side.padEnd(17)} ${fmt(p50)}  ${ratio(base50, p50)}   ${fmt(p99)}  ${ratio(base99, p99)}  ${`${cpuPerRequest(side).toFixed(0)} µs`.padStart(10)}`,
    );
  }
  overheads.push(p('client', 0.5) / base50 - 1);
  ownWork.push(cpuPerRequest('client') - cpuPerRequest('graphql-request'));
  console.log(
    `${''.padStart(21)}client over graphql-request: ${(p('client', 0.5) - p('graphql-request', 0.5)).toFixed(3)} ms at p50, ` +
      `${(cpuPerRequest('client') - cpuPerRequest('graphql-request')).toFixed(1)} µs of CPU per request`,
  );
}

const worst = Math.max(...overheads);
const worstOwn = Math.max(...ownWork);
console.log('\ntargets:');
console.log(
  `  ${worstOwn <= TARGET_OWN_WORK_US ? 'PASS' : 'FAIL'}  the client's own work over graphql-request ≤ ${TARGET_OWN_WORK_US} µs per request (CPU, worst concurrency): ${worstOwn.toFixed(1)} µs`,
);
console.log(
  `  ${worst < 0.05 ? 'PASS' : 'FAIL'}  the client adds under 5% over a bare fetch at p50: ${(worst * 100).toFixed(1)}% at worst`,
);
emulator.send('close');
await new Promise((resolve) => emulator.once('exit', resolve));
