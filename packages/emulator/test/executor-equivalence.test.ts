/**
 * graphql-jit and graphql-js give the same answers: two emulators with the same data, one on each
 * executor, answer a corpus of the SDK's own operations and the edge cases of GraphQL execution
 * (errors, nulls, defaults, directives, fragments, abstract types, aliases, part accounting), and the
 * JSON bodies must be identical. Each request is sent twice, since an operation is compiled the second
 * time it is asked for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import {
  type DefinitionNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  visit,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_CATALOG_FIXTURE } from '../src/catalog/index.js';
import type { Emulator } from '../src/index.js';
import type { EmulatorOptions } from '../src/options.js';
import { appToken, startTestEmulator } from './emulator-harness.js';
import { userToken } from './user-token.js';

const BROKEN_PROJECT = 'prj-acme-robotics-04';
const OPTIONS: EmulatorOptions = {
  catalog: SMALL_CATALOG_FIXTURE,
  autoLogin: true,
  brokenProjectIds: [BROKEN_PROJECT],
  partLimit: 1_000_000,
};

interface Twin {
  emulator: Emulator;
  /** Client credentials, supply.domain only. */
  app: string;
  /** A user's token with both domains. */
  user: string;
}

interface Request {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  as?: 'app' | 'user';
}

async function startTwin(executor: 'jit' | 'graphql-js'): Promise<Twin> {
  const emulator = await startTestEmulator({ ...OPTIONS, executor });
  return {
    emulator,
    app: await appToken(emulator, 'supply'),
    user: await userToken(
      emulator.url,
      emulator.clients.both,
      'openid design.domain user.access supply.domain',
    ),
  };
}

/** The response body as sent, with the clock's readings (comment times) and the emulator's ports replaced. */
async function send(twin: Twin, request: Request): Promise<string> {
  const response = await fetch(twin.emulator.graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${request.as === 'app' ? twin.app : twin.user}`,
    },
    body: JSON.stringify({
      query: request.query,
      variables: request.variables,
      operationName: request.operationName,
    }),
  });
  let body = (await response.text()).replace(/"\d{4}-\d\d-\d\dT[\d:.]+Z"/g, '"<time>"');
  for (const [n, location] of twin.emulator.locations.entries())
    body = body.replaceAll(new URL(location.apiServiceUrl).host, `<host-${n}>`);
  return `${response.status} ${body}`;
}

/** Each operation of a package's .graphql files, with just the fragments it spreads. */
function sdkOperations(pkg: 'supply' | 'design'): Map<string, string> {
  const dir = new URL(`../../${pkg}/src/operations/`, import.meta.url);
  const definitions: DefinitionNode[] = readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .flatMap((file) => parse(readFileSync(new URL(file, dir), 'utf8')).definitions);
  const fragments = new Map(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const operations = new Map<string, string>();
  for (const operation of definitions) {
    if (operation.kind !== Kind.OPERATION_DEFINITION || !operation.name) continue;
    const used = new Set<string>();
    const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
      visit(node, {
        FragmentSpread(spread) {
          const name = spread.name.value;
          const fragment = fragments.get(name);
          if (used.has(name) || !fragment) return;
          used.add(name);
          collect(fragment);
        },
      });
    collect(operation);
    const parts = [operation, ...[...used].map((name) => fragments.get(name))];
    operations.set(operation.name.value, parts.map((part) => (part ? print(part) : '')).join('\n'));
  }
  return operations;
}

const supply = sdkOperations('supply');
const design = sdkOperations('design');
const sdk = (ops: Map<string, string>, name: string, variables?: Record<string, unknown>): Request => ({
  query: ops.get(name) ?? `{ missing${name} }`,
  variables,
});

const PART_FIELDS =
  'id mpn manufacturer { name } sellers { company { name } offers { sku prices { quantity price } } }';
const LINES = [
  { mpn: 'LM358', limit: 2, reference: 'a' },
  { mpn: 'NE555', manufacturer: 'Texas Instruments', reference: 'b' },
  { mpnOrSku: 'no-such-part-xyz' },
];

/** Requests in order; some change state (comments), so both emulators must see the same sequence. */
function corpus(ids: {
  partIds: string[];
  projectId: string;
  releaseId: string;
  variant: string;
}): Request[] {
  const { partIds, projectId, releaseId, variant } = ids;
  return [
    // The SDK's operations.
    sdk(supply, 'BomMatch', { queries: LINES, country: 'US', currency: 'EUR' }),
    sdk(supply, 'MultiMatch', { queries: LINES }),
    sdk(supply, 'Search', { q: 'amplifier', limit: 5 }),
    sdk(supply, 'SearchMpn', { q: 'LM358' }),
    sdk(supply, 'PartsByIds', { ids: [...partIds, 'nope'] }),
    sdk(supply, 'Suggest', { q: 'lm3' }),
    sdk(supply, 'SpellingCorrection', { q: 'amplifer' }),
    sdk(supply, 'Categories', {}),
    sdk(supply, 'Manufacturers', { minNumberOfActiveParts: 1 }),
    sdk(supply, 'Sellers', {}),
    sdk(supply, 'Attributes'),
    sdk(supply, 'BomAlternates', { q: 'LM358', limit: 3, country: 'DE', currency: 'EUR' }),
    sdk(design, 'Workspaces'),
    sdk(design, 'WorkspaceLocations'),
    sdk(design, 'CurrentUser'),
    sdk(design, 'WorkspaceUsers', {}),
    sdk(design, 'Projects', { first: 10, withDesign: true }),
    sdk(design, 'ProjectById', { id: projectId }),
    sdk(design, 'ProjectReleases', { projectId, first: 3 }),
    sdk(design, 'ProjectVariants', { id: projectId }),
    sdk(design, 'LocateProject', { id: projectId }),
    sdk(design, 'WipVariantBom', { projectId, variantName: variant, first: 5 }),
    sdk(design, 'ReleaseById', { id: releaseId }),
    sdk(design, 'LibraryComponents', { first: 5 }),
    sdk(design, 'CommentThreads', { projectId }),
    sdk(design, 'CreateCommentThread', {
      input: {
        entityId: projectId,
        documentId: 'doc-1',
        documentType: 'SCH',
        text: 'Check C12',
        commentContextType: 'NONE',
      },
    }),
    sdk(design, 'CreateComment', {
      input: { entityId: projectId, commentThreadId: 'no-such-thread', text: 'hi' },
    }),
    sdk(design, 'CommentThreads', { projectId }),
    // Errors: resolver errors with codes, a broken design (nulls propagating to nullable parents),
    // scopes, bad arguments and variables, unknown fields.
    sdk(design, 'Projects', { first: 10, withDesign: true, where: { name: { contains: 'a' } } }),
    {
      query: `{ desProjects(first: 10) { nodes { id design { variants { name bom { items { totalCount } } } releases { totalCount } } } } }`,
    },
    { query: `{ desProjectById(id: "${BROKEN_PROJECT}") { name design { releases { nodes { id } } } } }` },
    { query: '{ desProjects(first: 1) { nodes { id } } }', as: 'app' },
    { query: '{ supSearchMpn(q: "LM358", currency: "XBT") { hits } }' },
    { query: '{ supSearch(q: "LM358", sort: "cheapest") { hits } }' },
    { query: '{ supMultiMatch(queries: []) { hits } }' },
    { query: '{ supSearch(q: "LM358", start: -1) { hits } }' },
    { query: 'query($q: String!) { supSearchMpn(q: $q) { hits } }', variables: {} },
    { query: 'query($q: String!) { supSearchMpn(q: $q) { hits } }', variables: { q: 5 } },
    {
      query: 'query($qs: [SupPartMatchQuery!]!) { supMultiMatch(queries: $qs) { hits } }',
      variables: { qs: [{ mpn: 'LM358', colour: 'red' }] },
    },
    { query: '{ supSearchMpn(q: "LM358") { hits nope } }' },
    { query: '{ admApplicationById(id: "x") { name } }', as: 'app' },
    // Defaults: inside input objects given as variables and as literals, on arguments, on variables.
    {
      query:
        'query($qs: [SupPartMatchQuery!]!) { supMultiMatch(queries: $qs) { reference hits parts { id } } }',
      variables: {
        qs: [
          { mpn: 'LM358', limit: 1 },
          { sku: 'x', reference: 'r' },
        ],
      },
    },
    { query: '{ supMultiMatch(queries: [{mpn: "LM358", limit: 1}, {mpn: "NE555"}]) { hits parts { id } } }' },
    {
      query:
        'query($m: String, $l: Int) { supMultiMatch(queries: [{mpn: $m, limit: $l, start: $l}]) { hits parts { id } } }',
      variables: { m: 'LM358' },
    },
    {
      query:
        'query($q: String = "NE555", $n: Int = 2) { supSearchMpn(q: $q, limit: $n) { hits results { part { mpn } } } }',
    },
    // Directives, fragments, abstract types, aliases, __typename.
    {
      query: `query($full: Boolean!, $lean: Boolean!) {
        supSearchMpn(q: "LM358", limit: 3) {
          __typename
          hits
          results { part { id ...@include(if: $full) { mpn sellers { company { name } } } specs @skip(if: $lean) { value } } }
        }
      }`,
      variables: { full: true, lean: true },
    },
    {
      query: `query($full: Boolean!) { supSearchMpn(q: "LM358", limit: 3) { results { part { id mpn @include(if: $full) } } } }`,
      variables: { full: false },
    },
    {
      query: `query P($ids: [String!]!) {
        first: supParts(ids: $ids) { ...Part }
        again: supParts(ids: $ids) { id kind: __typename ...Part }
      }
      fragment Part on SupPart { ${PART_FIELDS} }`,
      variables: { ids: partIds },
      operationName: 'P',
    },
    {
      query: `{ desProjectById(id: "${projectId}") { __typename id ... on DesProject { name } } }`,
    },
    {
      query: `query($id: ID!) {
        desProjectById(id: $id) { ...N design { releases(first: 2) { nodes { ...N ... on DesRelease { releaseId } } } } }
      }
      fragment N on Node { __typename id }`,
      variables: { id: projectId },
    },
    {
      query: `query A { supSearchMpn(q: "LM358") { hits } } query B { desWorkspaces { url } }`,
      operationName: 'B',
    },
  ];
}

describe('graphql-jit and graphql-js executors', () => {
  let jit: Twin;
  let js: Twin;
  let requests: Request[];
  beforeAll(async () => {
    [jit, js] = await Promise.all([startTwin('jit'), startTwin('graphql-js')]);
    const found = JSON.parse(
      (
        await send(js, {
          query: `{
            supSearchMpn(q: "LM358", limit: 3) { results { part { id } } }
            desProjects(first: 1) { nodes { id design { variants { name } releases(first: 1) { nodes { id } } } } }
          }`,
        })
      ).replace(/^\d+ /, ''),
    );
    if (!found.data) throw new Error(JSON.stringify(found));
    const project = found.data.desProjects.nodes[0];
    requests = corpus({
      partIds: found.data.supSearchMpn.results.map((r: { part: { id: string } }) => r.part.id),
      projectId: project.id,
      releaseId: project.design.releases.nodes[0]?.id ?? 'none',
      variant: project.design.variants[0]?.name ?? 'none',
    });
  });
  afterAll(() => Promise.all([jit?.emulator.close(), js?.emulator.close()]));

  it('give byte-identical responses to the corpus, compiled or not', async () => {
    const differences: string[] = [];
    for (const request of requests) {
      for (const round of ['first', 'compiled']) {
        const [fromJit, fromJs] = [await send(jit, request), await send(js, request)];
        if (fromJit !== fromJs) {
          differences.push(
            `${round}: ${request.query.slice(0, 80)}\n  jit: ${fromJit.slice(0, 400)}\n  js:  ${fromJs.slice(0, 400)}`,
          );
        }
      }
    }
    expect(differences).toEqual([]);
  });

  it('refuse a response over the part limit whole, in both, and charge nothing', async () => {
    const request = sdk(supply, 'MultiMatch', { queries: LINES });
    const refused: string[] = [];
    for (const twin of [jit, js]) {
      // A compiled operation on the JIT side: asked once before the limit is near.
      await send(twin, { ...request, as: 'app' });
      twin.emulator.applications.setPartUsage(twin.emulator.clients.supply.clientId, 999_999);
      refused.push(await send(twin, { ...request, as: 'app' }));
    }
    expect(refused[0]).toContain('Part limit exceeded');
    expect(refused[0]).toBe(refused[1]);
    for (const twin of [jit, js]) {
      const app = twin.emulator.applications.byClientId(twin.emulator.clients.supply.clientId);
      expect(app?.partCounter).toBe(999_999);
    }
  });
});
