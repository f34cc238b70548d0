/** Every design operation against the emulator, with a user signed in through the code + PKCE flow. */
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BASE_VARIANT,
  type DesignClient,
  NexarDesignNotFoundError,
  WipVariantBomDocument,
  WorkspacesDocument,
} from '../src/index.js';
import { ACME, type DesignHarness, OPEN_LAB, projectIds, startDesignHarness } from './design-harness.js';

let harness: DesignHarness;
let design: DesignClient;

beforeAll(async () => {
  harness = await startDesignHarness();
  design = harness.client();
});
afterAll(() => harness?.close());

describe('workspaces and users', () => {
  it('lists the workspaces with their locations, and the locations', async () => {
    const workspaces = await design.workspaces();
    expect(workspaces.map((w) => [w.name, w.url, w.isDefault])).toEqual([
      ['Acme Robotics', ACME, true],
      ['Acme Robotics Europe', 'https://acme-robotics-eu.365.altium.com', false],
      ['Open Hardware Lab', OPEN_LAB, false],
    ]);
    // Each workspace is served by its own region's endpoint: the European one by EU Central's.
    const [us, eu] = harness.emulator.locations;
    expect(workspaces.map((w) => w.location.name)).toEqual(['US West', 'EU Central', 'US West']);
    expect(workspaces.map((w) => w.location.apiServiceUrl)).toEqual([
      harness.emulator.graphqlUrl,
      eu?.apiServiceUrl,
      us?.apiServiceUrl,
    ]);
    expect(await design.workspaceLocations()).toEqual(harness.emulator.locations);
  });

  it('reads the signed-in user and the members of a workspace', async () => {
    const me = await design.currentUser();
    expect(me).toMatchObject({ email: 'dana@example.com', firstName: 'Dana' });
    const team = await design.workspaceUsers(ACME);
    expect(team.users.map((u) => u.email)).toEqual(['dana@example.com', 'lee@example.com']);
    expect(team.groups.length).toBeGreaterThan(0);
    expect(team.users[0]?.groups?.length).toBeGreaterThan(0);
    expect((await design.workspaceUsers()).users).toEqual(team.users);
  });
});

describe('projects and releases', () => {
  it("lists a workspace's projects; the default workspace when none is named", async () => {
    const acme = await design.projects(ACME).toArray();
    expect(acme.map((p) => p.id)).toEqual(projectIds('acme-robotics', 30));
    expect(acme[0]).toMatchObject({
      name: 'Motor Controller',
      workspaceUrl: ACME,
      projectType: 'PCB_PROJECT',
    });
    expect(acme[0]).not.toHaveProperty('design');
    expect((await design.projects().toArray()).map((p) => p.id)).toEqual(acme.map((p) => p.id));
    expect((await design.projects(OPEN_LAB).toArray()).map((p) => p.name)).toEqual([
      'Soldering Practice Kit',
      'Bench Power Supply',
      'Synth Oscillator',
      'Weather Station',
    ]);
  });

  it('filters projects, and adds variants and release counts on request', async () => {
    const found = await design
      .projects(ACME, { where: { name: { eq: 'Sensor Hub' } }, withDesign: true })
      .toArray();
    expect(found.map((p) => p.id)).toEqual(['prj-acme-robotics-05']);
    expect(found[0]?.design?.variants.map((v) => v.name)).toEqual([BASE_VARIANT, 'Low Cost']);
    expect(found[0]?.design?.releases?.totalCount).toBeGreaterThanOrEqual(0);
  });

  it('reads a project with its design, variants and releases; null for an unknown id', async () => {
    const project = await design.project('prj-acme-robotics-01');
    expect(project).toMatchObject({
      id: 'prj-acme-robotics-01',
      name: 'Motor Controller',
      workspaceUrl: ACME,
    });
    expect(project?.parameters.map((p) => p.name)).toEqual(['Revision', 'LayerCount']);
    expect(project?.design.variants.map((v) => v.name)).toEqual([BASE_VARIANT, 'Low Cost']);
    expect(project?.errors).toBeUndefined();
    // The same project by its GUID projectId.
    expect((await design.project(project?.projectId ?? ''))?.id).toBe('prj-acme-robotics-01');
    expect(await design.project('prj-does-not-exist')).toBeNull();
  });

  it("iterates a project's releases, the same as the project shows", async () => {
    const withReleases = await firstProjectWithReleases();
    const project = await design.project(withReleases);
    const releases = await design.releases(withReleases, { pageSize: 1 }).toArray();
    expect(releases).toEqual(project?.design.releases?.nodes);
    expect(releases.length).toBe(project?.design.releases?.totalCount);
    expect(releases[0]?.variants.map((v) => v.name)).toContain(BASE_VARIANT);
    await expect(design.releases('prj-does-not-exist').toArray()).rejects.toBeInstanceOf(
      NexarDesignNotFoundError,
    );
  });
});

describe('projectBom', () => {
  it('gives the fitted lines of the base variant, matching the raw BOM', async () => {
    const bom = await design.projectBom('prj-acme-robotics-01');
    expect(bom).toMatchObject({
      projectId: 'prj-acme-robotics-01',
      variant: BASE_VARIANT,
      release: undefined,
    });
    const raw = await design.request(
      WipVariantBomDocument,
      { projectId: 'prj-acme-robotics-01', variantName: BASE_VARIANT, first: 100 },
      { projectId: 'prj-acme-robotics-01' },
    );
    const items = raw.desWipVariantByVariantName?.bom?.items?.nodes ?? [];
    expect(bom.lines.map((l) => l.reference)).toEqual(items.map((i) => i.component.id));
    for (const [index, line] of bom.lines.entries()) {
      const item = items[index];
      expect(line.quantity).toBe(item?.quantity);
      expect(line.designators).toEqual(item?.bomItemInstances.map((i) => i.designator));
      const preferred = [...(item?.component.manufacturerParts ?? [])].sort(
        (a, b) => a.priority - b.priority,
      )[0];
      expect([line.mpn, line.manufacturer]).toEqual([preferred?.partNumber, preferred?.companyName]);
    }
    expect(bom.notFitted).toEqual([]);
    expect(bom.errors).toEqual([]);
  });

  it('keeps do-not-place lines apart and unknown custom parts in', async () => {
    // The demo data puts a do-not-place line in every third project, and a custom part in project 2, 6, ...
    const dnp = await design.projectBom('prj-acme-robotics-03');
    expect(dnp.notFitted.length).toBeGreaterThan(0);
    expect(dnp.notFitted.every((l) => l.quantity === 0 && l.designators.length > 0)).toBe(true);
    const placed = new Set(dnp.lines.flatMap((l) => l.designators));
    expect(dnp.notFitted.flatMap((l) => l.designators).some((d) => placed.has(d))).toBe(false);

    const custom = await design.projectBom('prj-acme-robotics-02');
    const unknown = custom.lines.filter((l) => l.octopartId === undefined);
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ quantity: 1, manufacturer: expect.any(String) });
    expect(custom.lines.filter((l) => l.octopartId !== undefined).length).toBeGreaterThan(5);
  });

  it('reads another variant, paging small or large alike', async () => {
    const projectId = await projectWithUnplacedInLowCost();
    const base = await design.projectBom(projectId);
    const lowCost = await design.projectBom(projectId, { variant: 'Low Cost', pageSize: 3 });
    expect(lowCost.variant).toBe('Low Cost');
    // The low-cost variant leaves LEDs and connectors unplaced; everything else stays as in the base design.
    const unplaced = (designator: string) => /^(LED|J)\d+$/.test(designator);
    const baseDesignators = base.lines.flatMap((l) => l.designators);
    expect(lowCost.lines.flatMap((l) => l.designators)).toEqual(baseDesignators.filter((d) => !unplaced(d)));
    expect(lowCost.notFitted.flatMap((l) => l.designators).sort()).toEqual(
      [...base.notFitted.flatMap((l) => l.designators), ...baseDesignators.filter(unplaced)].sort(),
    );
    const requests = harness.requests('WipVariantBom').filter((r) => r.variables.variantName === 'Low Cost');
    expect(requests.length).toBe(Math.ceil(base.lines.length / 3) || 1);
    expect(requests.every((r) => r.variables.first === 3)).toBe(true);
    const inOne = await design.projectBom(projectId, { variant: 'Low Cost' });
    expect(inOne.lines).toEqual(lowCost.lines);
    expect(inOne.notFitted).toEqual(lowCost.notFitted);
  });

  it("reads a release's BOM", async () => {
    const projectId = await firstProjectWithReleases();
    const [release] = await design.releases(projectId).toArray();
    const bom = await design.projectBom(projectId, { release: release?.id });
    expect(bom.release).toEqual({
      id: release?.id,
      releaseId: release?.releaseId,
      description: release?.description,
      createdAt: release?.createdAt,
    });
    expect(bom.variant).toBe(BASE_VARIANT);
    expect(bom.lines.length).toBeGreaterThan(0);
    const wip = await design.projectBom(projectId);
    // A release records the design of its day: never more lines than the work in progress.
    expect(bom.lines.length).toBeLessThanOrEqual(wip.lines.length);
    expect(wip.lines.slice(0, bom.lines.length).map((l) => l.reference)).toEqual(
      bom.lines.map((l) => l.reference),
    );
  });

  it('says what is missing: project, variant or release', async () => {
    const variant = await design
      .projectBom('prj-acme-robotics-02', { variant: 'Gold' })
      .catch((e: unknown) => e);
    expect(variant).toBeInstanceOf(NexarDesignNotFoundError);
    expect(variant).toMatchObject({ kind: 'variant', key: 'Gold' });
    expect((variant as Error).message).toContain(`"${BASE_VARIANT}"`);
    await expect(design.projectBom('prj-nope')).rejects.toMatchObject({ kind: 'project', key: 'prj-nope' });
    await expect(design.projectBom('prj-acme-robotics-01', { release: 'rel-nope' })).rejects.toMatchObject({
      kind: 'release',
    });
  });
});

describe('library', () => {
  it("pages through a workspace library's components", async () => {
    const before = harness.requests('LibraryComponents').length;
    const components = await design.libraryComponents(ACME, { pageSize: 25 }).toArray();
    expect(components).toHaveLength(80);
    expect(new Set(components.map((c) => c.id)).size).toBe(80);
    expect(harness.requests('LibraryComponents').length - before).toBe(4);
    expect(components.every((c) => c.manufacturerParts.length > 0)).toBe(true);
    const named = await design
      .libraryComponents(ACME, { where: { name: { eq: components[7]?.name } } })
      .toArray();
    expect(named.map((c) => c.id)).toEqual([components[7]?.id]);
  });

  it('reads a component with its details; null for an unknown id', async () => {
    const [first] = await design.libraryComponents(ACME, { max: 1 }).toArray();
    const component = await design.component(first?.id ?? '');
    expect(component).toMatchObject({ id: first?.id, name: first?.name });
    expect(component?.manufacturerParts[0]?.partNumber).toBe(first?.manufacturerParts[0]?.partNumber);
    expect(Array.isArray(component?.details.parameters)).toBe(true);
    expect(await design.component('cmp-does-not-exist')).toBeNull();
  });
});

describe('comments (reading)', () => {
  it("lists a project's threads and reads one", async () => {
    const threads = await design.commentThreads('prj-acme-robotics-01');
    expect(threads.length).toBeGreaterThan(0);
    const [thread] = threads;
    expect(thread?.comments.length).toBeGreaterThan(0);
    expect(thread?.comments[0]?.createdBy.email).toMatch(/@example\.com$/);
    const again = await design.commentThread({
      projectId: 'prj-acme-robotics-01',
      threadId: thread?.commentThreadId ?? '',
    });
    expect(again).toEqual(thread);
    expect(
      await design.commentThread({ projectId: 'prj-acme-robotics-01', threadId: 'thread-nope' }),
    ).toBeNull();
  });
});

describe('the client itself', () => {
  it('sends documents of your own', async () => {
    const data = await design.request(WorkspacesDocument, {});
    expect(data.desWorkspaceInfos).toHaveLength(3);
  });

  it('shows no token when printed or serialised', async () => {
    const { accessToken } = await harness.auth.getToken();
    const shown = `${inspect(design, { depth: 10 })} ${JSON.stringify(design)}`;
    expect(shown).not.toContain(accessToken);
    expect(shown).not.toContain(harness.emulator.clients.design.clientSecret);
    expect(design.client.endpoint).toBe(harness.emulator.graphqlUrl);
  });
});

/** A project with a Low Cost variant whose base design places LEDs or connectors. */
async function projectWithUnplacedInLowCost(): Promise<string> {
  for await (const project of design.projects(ACME, { withDesign: true })) {
    if (!project.design?.variants.some((v) => v.name === 'Low Cost')) continue;
    const base = await design.projectBom(project.id);
    if (base.lines.some((l) => l.designators.some((d) => /^(LED|J)\d+$/.test(d)))) return project.id;
  }
  throw new Error('the demo data has no Low Cost variant that leaves parts unplaced');
}

async function firstProjectWithReleases(): Promise<string> {
  for await (const project of design.projects(ACME, { withDesign: true })) {
    if ((project.design?.releases?.totalCount ?? 0) >= 2) return project.id;
  }
  throw new Error('the demo data has no project with two releases');
}
