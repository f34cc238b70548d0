import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../src/api/design/index.js';
import { type DesignHarness, dataOf, startDesignHarness } from './api-design-harness.js';

let api: DesignHarness;
beforeAll(async () => {
  api = await startDesignHarness();
});
afterAll(() => api.close());

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

interface Page {
  totalCount: number;
  pageInfo: PageInfo;
  edges: { cursor: string; node: { key: string } }[];
  nodes: { key: string }[];
}

const PAGE_FIELDS = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

/** Each connection under test: a query whose `$first/$after/$last/$before` page it, and where its page is. */
const CONNECTIONS = {
  projects: {
    query: `query($first: Int, $after: String, $last: Int, $before: String) {
      page: desProjects(first: $first, after: $after, last: $last, before: $before) {
        ${PAGE_FIELDS} edges { cursor node { key: id } } nodes { key: id } } }`,
    pick: (data: { page: Page }) => data.page,
  },
  components: {
    query: `query($first: Int, $after: String, $last: Int, $before: String) { desLibrary {
      page: components(first: $first, after: $after, last: $last, before: $before) {
        ${PAGE_FIELDS} edges { cursor node { key: id } } nodes { key: id } } } }`,
    pick: (data: { desLibrary: { page: Page } }) => data.desLibrary.page,
  },
  bomItems: {
    query: `query($first: Int, $after: String, $last: Int, $before: String) {
      desWipVariantByVariantName(projectId: "prj-acme-robotics-08", variantName: "[No Variations]") { bom {
        page: items(first: $first, after: $after, last: $last, before: $before) {
          ${PAGE_FIELDS} edges { cursor node { component { key: id } } } nodes { component { key: id } } } } } }`,
    pick: (data: {
      desWipVariantByVariantName: {
        bom: {
          page: Omit<Page, 'edges' | 'nodes'> & {
            edges: { cursor: string; node: { component: { key: string } } }[];
            nodes: { component: { key: string } }[];
          };
        };
      };
    }): Page => {
      const page = data.desWipVariantByVariantName.bom.page;
      return {
        ...page,
        edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.component })),
        nodes: page.nodes.map((node) => node.component),
      };
    },
  },
  releases: {
    query: `query($first: Int, $after: String, $last: Int, $before: String) {
      desProjectById(id: "prj-acme-robotics-01") { design {
        page: releases(first: $first, after: $after, last: $last, before: $before) {
          ${PAGE_FIELDS} edges { cursor node { key: id } } nodes { key: id } } } } }`,
    pick: (data: { desProjectById: { design: { page: Page } } }) => data.desProjectById.design.page,
  },
} as const;

type Name = keyof typeof CONNECTIONS;

async function page(name: Name, variables: Record<string, unknown>): Promise<Page> {
  const connection = CONNECTIONS[name];
  const data = dataOf(await api.query<never>(connection.query, variables));
  return (connection.pick as (d: unknown) => Page)(data);
}

function expectConsistent(current: Page): void {
  expect(current.nodes).toEqual(current.edges.map((edge) => edge.node));
  expect(current.pageInfo.startCursor).toBe(current.edges[0]?.cursor ?? null);
  expect(current.pageInfo.endCursor).toBe(current.edges.at(-1)?.cursor ?? null);
}

async function everything(name: Name): Promise<string[]> {
  const whole = await page(name, { first: MAX_PAGE_SIZE });
  expect(whole.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  expect(whole.nodes).toHaveLength(whole.totalCount);
  return whole.nodes.map((node) => node.key);
}

describe.each(Object.keys(CONNECTIONS) as Name[])('%s connection', (name) => {
  it('pages forwards with first/after without gaps or duplicates', async () => {
    const all = await everything(name);
    expect(all.length).toBeGreaterThan(2);
    const size = Math.max(2, Math.ceil(all.length / 4) - 1);
    const seen: string[] = [];
    let after: string | null = null;
    for (let round = 0; round <= all.length; round += 1) {
      const current: Page = await page(name, { first: size, after });
      expectConsistent(current);
      expect(current.totalCount).toBe(all.length);
      expect(current.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(current.nodes.length).toBeLessThanOrEqual(size);
      seen.push(...current.nodes.map((node) => node.key));
      if (!current.pageInfo.hasNextPage) break;
      expect(current.nodes).toHaveLength(size);
      after = current.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });

  it('pages backwards with last/before without gaps or duplicates', async () => {
    const all = await everything(name);
    const size = Math.max(2, Math.ceil(all.length / 3) - 1);
    const seen: string[] = [];
    let before: string | null = null;
    for (let round = 0; round <= all.length; round += 1) {
      const current: Page = await page(name, { last: size, before });
      expectConsistent(current);
      expect(current.pageInfo.hasNextPage).toBe(before !== null);
      seen.unshift(...current.nodes.map((node) => node.key));
      if (!current.pageInfo.hasPreviousPage) break;
      before = current.pageInfo.startCursor;
    }
    expect(seen).toEqual(all);
  });

  it('resumes after any edge cursor', async () => {
    const all = await everything(name);
    const first = await page(name, { first: 2 });
    const resumed = await page(name, { first: 1, after: first.edges[0]?.cursor });
    expect(resumed.nodes.map((node) => node.key)).toEqual(all.slice(1, 2));
  });
});

describe('page sizes and cursors', () => {
  it('returns the default page size when neither first nor last is given', async () => {
    const current = await page('projects', {});
    expect(current.nodes).toHaveLength(DEFAULT_PAGE_SIZE);
    expect(current.pageInfo.hasNextPage).toBe(true);
  });

  it.each([
    ['first', -1],
    ['first', MAX_PAGE_SIZE + 1],
    ['last', -5],
    ['last', MAX_PAGE_SIZE + 1],
  ])('rejects %s: %d with INVALID_ARGUMENT naming the limit', async (argument, value) => {
    const response = await api.query(CONNECTIONS.projects.query, { [argument]: value });
    expect(response.data?.page).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe('INVALID_ARGUMENT');
    expect(response.errors?.[0]?.message).toContain(`${argument} must be between 0 and ${MAX_PAGE_SIZE}`);
  });

  it('rejects a malformed cursor with INVALID_ARGUMENT', async () => {
    const garbage = await api.query(CONNECTIONS.projects.query, { first: 5, after: 'not-a-cursor' });
    expect(garbage.errors?.[0]?.extensions?.code).toBe('INVALID_ARGUMENT');
    expect(garbage.errors?.[0]?.message).toContain('"not-a-cursor" is not a valid cursor');
  });

  it("takes the real API's cursors: after LTE= starts at the first item, and first: 1000 is accepted", async () => {
    const all = await page('projects', { first: 1000 });
    expect(all.nodes).toHaveLength(30);
    const start = await page('projects', { first: 3, after: 'LTE=' });
    expect(start.nodes).toEqual(all.nodes.slice(0, 3));
    expect(start.pageInfo.endCursor).toBe(Buffer.from('2').toString('base64'));
  });

  it('answers first: 0 with an empty page that still reports the total', async () => {
    const empty = await page('projects', { first: 0 });
    expect(empty).toMatchObject({
      totalCount: 30,
      nodes: [],
      edges: [],
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });
});
