import { setTimeout as sleep } from 'node:timers/promises';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DesignHarness, dataOf, graphql, startDesignHarness } from './api-design-harness.js';
import { appToken } from './emulator-harness.js';
import { userToken } from './user-token.js';

const BROKEN = 'prj-acme-robotics-04';

interface ProjectWithDesign {
  id: string;
  name: string;
  design: {
    variants: { name: string; bom: { items: { totalCount: number } } | null }[];
    releases: { totalCount: number } | null;
  };
}

const DESIGN_FIELDS =
  'id name design { variants { name bom { items { totalCount } } } releases { totalCount } }';

describe('partial errors', () => {
  let api: DesignHarness;
  beforeAll(async () => {
    api = await startDesignHarness({ brokenProjectIds: [BROKEN] });
  });
  afterAll(() => api.close());

  it('return the page with the broken project named and its design errors located under it', async () => {
    const response = await api.query<{ desProjects: { nodes: ProjectWithDesign[] } }>(
      `{ desProjects(first: 10) { nodes { ${DESIGN_FIELDS} } } }`,
    );
    const nodes = response.data?.desProjects.nodes ?? [];
    expect(nodes).toHaveLength(10);
    const index = nodes.findIndex((p) => p.id === BROKEN);
    const broken = nodes[index];
    const plain = dataOf(
      await api.query<{ desProjects: { nodes: { id: string; name: string }[] } }>(
        '{ desProjects(first: 10) { nodes { id name } } }',
      ),
    );
    expect(nodes.map(({ id, name }) => ({ id, name }))).toEqual(plain.desProjects.nodes);
    expect(broken?.design.releases).toBeNull();
    expect(broken?.design.variants.length).toBeGreaterThan(0);
    for (const variant of broken?.design.variants ?? []) expect(variant.bom).toBeNull();
    for (const project of nodes.filter((p) => p.id !== BROKEN)) {
      expect(project.design.releases).not.toBeNull();
      for (const variant of project.design.variants) expect(variant.bom?.items.totalCount).toBeGreaterThan(0);
    }

    const errors = response.errors ?? [];
    expect(errors.length).toBe(1 + (broken?.design.variants.length ?? 0));
    for (const error of errors) {
      expect(error.path?.slice(0, 4)).toEqual(['desProjects', 'nodes', index, 'design']);
      expect(error.message).toContain(
        `The design of project "${broken?.name}" (${BROKEN}) could not be loaded`,
      );
      expect(error.extensions?.code).toBe('DESIGN_LOAD_FAILED');
    }
    expect(errors.map((e) => e.path?.slice(4).join('.')).sort()).toEqual(
      ['releases', ...(broken?.design.variants ?? []).map((_, i) => `variants.${i}.bom`)].sort(),
    );
  });

  it('keep the broken project in desProjectsByIds and desProjectById, and fail its variant BOMs', async () => {
    const response = await api.query<{
      desProjectsByIds: ProjectWithDesign[];
      desProjectById: { id: string; design: { releases: unknown } };
      desWipVariantByVariantName: { name: string; bom: unknown };
    }>(`{ desProjectsByIds(ids: ["prj-acme-robotics-03", "${BROKEN}"]) { ${DESIGN_FIELDS} }
      desProjectById(id: "${BROKEN}") { id design { releases { totalCount } } }
      desWipVariantByVariantName(projectId: "${BROKEN}", variantName: "[No Variations]") { name bom { items { totalCount } } } }`);
    expect(response.data?.desProjectsByIds.map((p) => p.id)).toEqual(['prj-acme-robotics-03', BROKEN]);
    expect(response.data?.desProjectsByIds[0]?.design.releases).not.toBeNull();
    expect(response.data?.desProjectById).toEqual({ id: BROKEN, design: { releases: null } });
    expect(response.data?.desWipVariantByVariantName).toEqual({ name: '[No Variations]', bom: null });
    const paths = (response.errors ?? []).map((e) => e.path?.join('.'));
    expect(paths).toContain('desProjectById.design.releases');
    expect(paths).toContain('desWipVariantByVariantName.bom');
    expect(paths).toContain('desProjectsByIds.1.design.releases');
    expect(paths.every((p) => !p?.startsWith('desProjectsByIds.0'))).toBe(true);
  });

  it('answer queries that do not touch the design without errors', async () => {
    const response = await api.query(`{ desProjectById(id: "${BROKEN}") { id name variantCount } }`);
    expect(response.errors).toBeUndefined();
  });

  it('refuse a supply-only application token on des* fields and mutations, naming design.domain', async () => {
    const supplyToken = await appToken(api.emulator, 'supply');
    const query = await graphql(api.emulator.graphqlUrl, supplyToken, '{ desWorkspaceInfos { name } }');
    expect(query.status).toBe(200);
    expect(query.errors?.[0]?.message).toContain('design.domain');
    expect(query.errors?.[0]?.extensions?.code).toBe('AUTH_NOT_AUTHORIZED');
    const mutation = await graphql(
      api.emulator.graphqlUrl,
      supplyToken,
      `mutation { desCreateComment(input: { entityId: "prj-acme-robotics-01", commentThreadId: "thread-1", text: "x" }) { commentId } }`,
    );
    expect(mutation.errors?.[0]?.message).toContain('design.domain');
  });
});

describe('token lifetime', () => {
  let api: DesignHarness;
  beforeAll(async () => {
    api = await startDesignHarness({ accessTokenTtlSeconds: 2 });
  });
  afterAll(() => api.close());

  it('answers 401 AuthExpiredToken once a short-lived token has expired, and a new token works', async () => {
    const query = '{ desUserByAuth { userId } }';
    expect(dataOf(await api.query(query))).toMatchObject({ desUserByAuth: { userId: 'user-dana' } });
    const { exp = 0 } = decodeJwt(api.token);
    // Wait until the token's own expiry (whole seconds) has passed, plus a second for rounding.
    await sleep(Math.max(0, (exp + 1) * 1000 - Date.now()));
    const expired = await api.query(query);
    expect(expired.status).toBe(401);
    expect(expired.errors?.[0]?.extensions?.code).toBe('AuthExpiredToken');
    const fresh = await userToken(api.emulator.url, api.emulator.clients.design);
    expect((await graphql(api.emulator.graphqlUrl, fresh, query)).status).toBe(200);
  });
});
