import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DesignHarness, dataOf, startDesignHarness } from './api-design-harness.js';

let api: DesignHarness;
beforeAll(async () => {
  api = await startDesignHarness();
});
afterAll(() => api.close());

interface Workspace {
  workspaceId: string;
  name: string;
  url: string;
  isDefault: boolean;
  location: { name: string; apiServiceUrl: string; filesServiceUrl: string };
}

async function workspaces(): Promise<Workspace[]> {
  const data = dataOf(
    await api.query<{ desWorkspaceInfos: Workspace[] }>(
      '{ desWorkspaceInfos { workspaceId name url isDefault location { name apiServiceUrl filesServiceUrl } } }',
    ),
  );
  return data.desWorkspaceInfos;
}

interface ProjectNode {
  id: string;
  projectId: string;
  name: string;
  workspaceUrl: string;
  projectType: string;
  createdAt: string;
}

const PROJECT_FIELDS = 'id projectId name workspaceUrl projectType createdAt';

/** Every project of a workspace, asked at `endpoint` (the main one unless the workspace lives elsewhere). */
async function allProjects(workspaceUrl: string, endpoint?: string): Promise<ProjectNode[]> {
  const data = dataOf(
    await api.query<{ desProjects: { nodes: ProjectNode[]; totalCount: number } }>(
      `query($url: String) { desProjects(workspaceUrl: $url, first: 100) { totalCount nodes { ${PROJECT_FIELDS} } } }`,
      { url: workspaceUrl },
      endpoint,
    ),
  );
  expect(data.desProjects.nodes).toHaveLength(data.desProjects.totalCount);
  return data.desProjects.nodes;
}

describe('workspaces and locations', () => {
  it('lists every workspace, one default, each served by the endpoint of the region its name says', async () => {
    const list = await workspaces();
    expect(list.map((w) => w.name)).toEqual(['Acme Robotics', 'Acme Robotics Europe', 'Open Hardware Lab']);
    expect(list.filter((w) => w.isDefault).map((w) => w.name)).toEqual(['Acme Robotics']);
    const [us, eu] = api.emulator.locations;
    expect(list.map((w) => w.location)).toEqual([us, eu, us]);
    expect(eu?.name).toBe('EU Central');
    expect(new Set(list.map((w) => w.workspaceId)).size).toBe(list.length);
  });

  it('lists the locations the emulator serves', async () => {
    const data = dataOf(
      await api.query<{ desWorkspaceLocations: unknown[] }>(
        '{ desWorkspaceLocations { name apiServiceUrl filesServiceUrl } }',
      ),
    );
    expect(data.desWorkspaceLocations).toEqual(api.emulator.locations);
    expect(api.emulator.locations[0]?.apiServiceUrl).toBe(api.emulator.graphqlUrl);
  });
});

describe('projects', () => {
  it('lists the projects of each workspace, the default one when workspaceUrl is omitted', async () => {
    const list = await workspaces();
    const counts: number[] = [];
    for (const workspace of list) {
      const projects = await allProjects(workspace.url, workspace.location.apiServiceUrl);
      counts.push(projects.length);
      for (const project of projects) expect(project.workspaceUrl).toBe(workspace.url);
    }
    expect(counts).toEqual([30, 6, 4]);
    const byDefault = dataOf(
      await api.query<{ desProjects: { nodes: { id: string }[] } }>(
        '{ desProjects(first: 100) { nodes { id } } }',
      ),
    );
    const defaultUrl = list.find((w) => w.isDefault)?.url ?? '';
    expect(byDefault.desProjects.nodes.map((p) => p.id)).toEqual(
      (await allProjects(defaultUrl)).map((p) => p.id),
    );
  });

  it('matches workspace URLs without regard to case or a trailing slash', async () => {
    const upper = await allProjects('HTTPS://OPEN-HARDWARE-LAB.365.ALTIUM.COM/');
    expect(upper.map((p) => p.name)).toContain('Bench Power Supply');
  });

  it('answers NOT_FOUND for an unknown workspace', async () => {
    const response = await api.query(
      '{ desProjects(workspaceUrl: "https://nope.365.altium.com") { totalCount } }',
    );
    expect(response.data?.desProjects).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(response.errors?.[0]?.message).toContain('https://nope.365.altium.com');
  });

  it('filters with where: string, enum and date-time operations, and/or', async () => {
    const all = await allProjects('https://acme-robotics.365.altium.com');
    const filtered = async (where: Record<string, unknown>) =>
      dataOf(
        await api.query<{ desProjects: { totalCount: number; nodes: { name: string }[] } }>(
          'query($where: DesProjectFilterInput) { desProjects(first: 100, where: $where) { totalCount nodes { name } } }',
          { where },
        ),
      ).desProjects.nodes.map((p) => p.name);
    expect(await filtered({ name: { contains: 'Controller' } })).toEqual(
      all.filter((p) => p.name.includes('Controller')).map((p) => p.name),
    );
    const median = [...all.map((p) => p.createdAt)].sort()[15] ?? '';
    expect(await filtered({ createdAt: { gte: median } })).toEqual(
      all.filter((p) => p.createdAt >= median).map((p) => p.name),
    );
    expect(
      await filtered({ or: [{ name: { eq: 'Debug Probe' } }, { name: { startsWith: 'Servo' } }] }).then((n) =>
        n.sort(),
      ),
    ).toEqual(['Debug Probe', 'Servo Driver 16ch']);
    expect(await filtered({ projectType: { eq: 'PCB_PROJECT' }, name: { eq: 'Nope' } })).toEqual([]);
  });

  it('finds a project by id or by its projectId GUID, null for an unknown id', async () => {
    const [first] = await allProjects('https://acme-robotics.365.altium.com');
    const query = `query($id: ID!) { desProjectById(id: $id) { ${PROJECT_FIELDS} } }`;
    const byId = dataOf(await api.query<{ desProjectById: ProjectNode }>(query, { id: first?.id }));
    const byGuid = dataOf(await api.query<{ desProjectById: ProjectNode }>(query, { id: first?.projectId }));
    expect(byId.desProjectById).toEqual(first);
    expect(byGuid.desProjectById).toEqual(first);
    const unknown = await api.query(query, { id: 'prj-nope' });
    expect(unknown).toMatchObject({ data: { desProjectById: null } });
    expect(unknown.errors).toBeUndefined();
  });

  it('answers desProjectsByIds in order, with null for unknown ids', async () => {
    const data = dataOf(
      await api.query<{ desProjectsByIds: ({ id: string } | null)[] }>(
        '{ desProjectsByIds(ids: ["prj-open-hardware-lab-02", "prj-nope", "prj-acme-robotics-07"]) { id } }',
      ),
    );
    expect(data.desProjectsByIds).toEqual([
      { id: 'prj-open-hardware-lab-02' },
      null,
      { id: 'prj-acme-robotics-07' },
    ]);
  });

  it('serves parameters (all or by name), both preview links and the variant count', async () => {
    const data = dataOf(
      await api.query<{
        desProjectById: {
          all: { name: string; value: string }[];
          some: { name: string }[];
          url: string;
          viaWeb: string;
          direct: string;
          variantCount: number;
          design: { variants: { name: string }[] };
        };
      }>(`{ desProjectById(id: "prj-acme-robotics-01") {
        all: parameters { name value } some: parameters(names: ["Revision"]) { name }
        url viaWeb: previewUrl direct: previewUrl(isDirectLink: true) variantCount design { variants { name } } } }`),
    );
    const project = data.desProjectById;
    expect(project.all.length).toBeGreaterThan(1);
    expect(project.some).toEqual([{ name: 'Revision' }]);
    expect(project.viaWeb.startsWith(project.url)).toBe(true);
    expect(project.direct).not.toBe(project.viaWeb);
    expect(project.variantCount).toBe(project.design.variants.length);
  });
});

interface BomPage {
  totalCount: number;
  nodes: {
    quantity: number;
    bomItemInstances: { designator: string; isFitted: boolean }[];
    component: {
      id: string;
      manufacturerParts: { partNumber: string; companyName: string; priority: number }[];
    };
  }[];
}

const BOM_FIELDS = `items(first: 100) { totalCount nodes { quantity bomItemInstances { designator isFitted }
  component { id manufacturerParts { partNumber companyName octopartId priority } } } }`;

describe('variants, releases and BOMs', () => {
  it('serves work-in-progress variants with BOMs whose quantities count the fitted designators', async () => {
    const data = dataOf(
      await api.query<{
        desProjectById: { design: { variants: { name: string; bom: { items: BomPage } }[] } };
      }>(
        `{ desProjectById(id: "prj-acme-robotics-01") { design { variants { name bom { ${BOM_FIELDS} } } } } }`,
      ),
    );
    const variants = data.desProjectById.design.variants;
    expect(variants.map((v) => v.name)).toContain('[No Variations]');
    for (const variant of variants) {
      const items = variant.bom.items;
      expect(items.nodes).toHaveLength(items.totalCount);
      const designators = items.nodes.flatMap((item) => item.bomItemInstances.map((i) => i.designator));
      expect(new Set(designators).size).toBe(designators.length);
      for (const item of items.nodes) {
        expect(item.quantity).toBe(item.bomItemInstances.filter((i) => i.isFitted).length);
        expect(item.component.manufacturerParts.length).toBeGreaterThan(0);
      }
    }
  });

  it('filters variants by name and finds one by name', async () => {
    const data = dataOf(
      await api.query<{
        desProjectById: { design: { variants: { name: string }[] } };
        desWipVariantByVariantName: { name: string; bom: { items: { totalCount: number } } } | null;
        missing: unknown;
      }>(`{ desProjectById(id: "prj-acme-robotics-01") { design { variants(where: { name: { eq: "Low Cost" } }) { name } } }
        desWipVariantByVariantName(projectId: "prj-acme-robotics-01", variantName: "Low Cost") { name bom { items { totalCount } } }
        missing: desWipVariantByVariantName(projectId: "prj-acme-robotics-01", variantName: "Nope") { name } }`),
    );
    expect(data.desProjectById.design.variants).toEqual([{ name: 'Low Cost' }]);
    expect(data.desWipVariantByVariantName?.name).toBe('Low Cost');
    expect(data.desWipVariantByVariantName?.bom.items.totalCount).toBeGreaterThan(0);
    expect(data.missing).toBeNull();
  });

  it('serves releases as a connection, each findable by id with its variants and BOMs', async () => {
    const data = dataOf(
      await api.query<{
        desProjectById: {
          design: {
            releases: { totalCount: number; nodes: { id: string; releaseId: string; description: string }[] };
          };
        };
      }>(
        '{ desProjectById(id: "prj-acme-robotics-01") { design { releases(first: 100) { totalCount nodes { id releaseId description } } } } }',
      ),
    );
    const releases = data.desProjectById.design.releases;
    expect(releases.totalCount).toBeGreaterThan(0);
    const [release] = releases.nodes;
    const byId = dataOf(
      await api.query<{
        byId: { id: string; variants: { name: string; downloadUrl: string }[] };
        byGuid: { id: string };
        variant: { name: string; bom: { items: BomPage } } | null;
      }>(
        `query($id: ID!, $guid: ID!) { byId: desReleaseById(id: $id) { id variants { name downloadUrl } }
          byGuid: desReleaseById(id: $guid) { id }
          variant: desReleaseVariantByVariantName(releaseId: $id, variantName: "[No Variations]") { name bom { ${BOM_FIELDS} } } }`,
        { id: release?.id, guid: release?.releaseId },
      ),
    );
    expect(byId.byId.id).toBe(release?.id);
    expect(byId.byGuid.id).toBe(release?.id);
    expect(byId.byId.variants.map((v) => v.name)).toContain('[No Variations]');
    expect(byId.variant?.bom.items.nodes.length).toBe(byId.variant?.bom.items.totalCount);
    const filtered = dataOf(
      await api.query<{ desProjectById: { design: { releases: { nodes: { id: string }[] } } } }>(
        'query($rid: String) { desProjectById(id: "prj-acme-robotics-01") { design { releases(where: { releaseId: { eq: $rid } }) { nodes { id } } } } }',
        { rid: release?.releaseId },
      ),
    );
    expect(filtered.desProjectById.design.releases.nodes).toEqual([{ id: release?.id }]);
    const unknown = await api.query('{ desReleaseById(id: "rel-nope") { id } }');
    expect(unknown).toMatchObject({ data: { desReleaseById: null } });
  });
});

describe('library and components', () => {
  it('pages the default library, filters by name, and finds each component by id', async () => {
    const data = dataOf(
      await api.query<{
        desLibrary: {
          name: string;
          components: { totalCount: number; nodes: { id: string; name: string }[] };
        };
      }>('{ desLibrary { name components(first: 100) { totalCount nodes { id name } } } }'),
    );
    expect(data.desLibrary.components.totalCount).toBe(80);
    expect(data.desLibrary.components.nodes).toHaveLength(80);
    const [component] = data.desLibrary.components.nodes;
    const found = dataOf(
      await api.query<{
        desComponentById: { id: string; name: string };
        desLibrary: { components: { nodes: { id: string }[] } };
        missing: unknown;
      }>(
        `query($id: ID!, $name: String) { desComponentById(id: $id) { id name }
          desLibrary { components(where: { name: { eq: $name } }) { nodes { id } } }
          missing: desComponentById(id: "cmp-nope") { id } }`,
        { id: component?.id, name: component?.name },
      ),
    );
    expect(found.desComponentById).toEqual(component);
    expect(found.desLibrary.components.nodes).toEqual([{ id: component?.id }]);
    expect(found.missing).toBeNull();
    const other = dataOf(
      await api.query<{ desLibrary: { components: { totalCount: number } } }>(
        '{ desLibrary(workspaceUrl: "https://open-hardware-lab.365.altium.com", args: { allComponentRevisions: true }) { components { totalCount } } }',
      ),
    );
    expect(other.desLibrary.components.totalCount).toBe(40);
  });
});

describe('comment threads', () => {
  it("lists a project's threads in order and finds one by id", async () => {
    const data = dataOf(
      await api.query<{
        desCommentThreads: { commentThreadId: string; threadNumber: number; comments: { text: string }[] }[];
      }>(
        '{ desCommentThreads(projectId: "prj-acme-robotics-01") { commentThreadId threadNumber comments { text } } }',
      ),
    );
    const threads = data.desCommentThreads;
    expect(threads.length).toBeGreaterThan(0);
    const numbers = threads.map((t) => t.threadNumber);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    const [thread] = threads;
    const one = dataOf(
      await api.query<{ desCommentThread: unknown; missing: unknown }>(
        `query($id: String!) { desCommentThread(projectId: "prj-acme-robotics-01", threadId: $id) { commentThreadId threadNumber comments { text } }
          missing: desCommentThread(projectId: "prj-acme-robotics-01", threadId: "thread-nope") { commentThreadId } }`,
        { id: thread?.commentThreadId },
      ),
    );
    expect(one.desCommentThread).toEqual(thread);
    expect(one.missing).toBeNull();
  });

  it('answers NOT_FOUND for the threads of an unknown project', async () => {
    const response = await api.query('{ desCommentThreads(projectId: "prj-nope") { commentThreadId } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(response.errors?.[0]?.message).toContain('prj-nope');
  });
});

describe('users', () => {
  it('serves the signed-in user, the team and users by id (null for non-members)', async () => {
    const data = dataOf(
      await api.query<{
        desUserByAuth: { userId: string; email: string; small: string; original: string };
        desTeam: { users: { userId: string }[]; groups: { name: string }[] };
        desUsers: ({ userId: string } | null)[];
      }>(`{ desUserByAuth { userId email small: pictureUrl(size: SIZE48X48) original: pictureUrl(size: ORIGINAL) }
        desTeam { users { userId } groups { name } }
        desUsers(ids: ["user-lee", "user-nobody", "user-dana"]) { userId } }`),
    );
    const dana = api.emulator.users[0];
    expect(data.desUserByAuth).toMatchObject({ userId: dana?.id, email: dana?.email });
    expect(data.desUserByAuth.small).toContain('48x48');
    expect(data.desUserByAuth.original).not.toContain('48x48');
    expect(data.desTeam.users.map((u) => u.userId).sort()).toEqual(
      api.emulator.users.map((u) => u.id).sort(),
    );
    expect(data.desTeam.groups.length).toBeGreaterThan(0);
    expect(data.desUsers).toEqual([{ userId: 'user-lee' }, null, { userId: 'user-dana' }]);
  });
});

describe('cost', () => {
  it('charges no parts for design queries', async () => {
    const before = api.emulator.stats.partsReturned;
    dataOf(
      await api.query(
        `{ desProjects(first: 5) { nodes { design { variants { bom { ${BOM_FIELDS} } } } } } }`,
      ),
    );
    expect(api.emulator.stats.partsReturned).toBe(before);
  });
});
