/**
 * Regional endpoints: the emulator serves "EU Central" on a second address, and answers the EU
 * workspace's queries on the main one with "Token validation failed" (WRONG_REGION).
 */
import { NexarGraphQLError } from '@nexar/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectsDocument } from '../src/index.js';
import { ACME, ACME_EU, type DesignHarness, projectIds, startDesignHarness } from './design-harness.js';

let harness: DesignHarness;
let main: string;
let eu: string;
const euProjects = projectIds('acme-robotics-eu', 6);

beforeAll(async () => {
  harness = await startDesignHarness({ extraRegions: ['EU Central'] });
  main = harness.emulator.locations[0]?.apiServiceUrl ?? '';
  eu = harness.emulator.locations[1]?.apiServiceUrl ?? '';
});
afterAll(() => harness?.close());

/** Runs `task` and returns the requests it sent, as [operation, endpoint]. */
async function wire(task: () => Promise<unknown>): Promise<[string, string][]> {
  const start = harness.sent.length;
  await task();
  return harness.sent.slice(start).map((r) => [r.operationName, r.endpoint]);
}

describe('regional routing', () => {
  it('serves two regions on two addresses', () => {
    expect(harness.emulator.locations.map((l) => l.name)).toEqual(['US West', 'EU Central']);
    expect(eu).not.toBe(main);
    expect(main).toBe(harness.emulator.graphqlUrl);
  });

  it("sends the EU workspace's calls to the EU address, after one location lookup shared by concurrent calls", async () => {
    const design = harness.client();
    let results: unknown[] = [];
    const sent = await wire(async () => {
      results = await Promise.all([
        design.projects(ACME_EU, { pageSize: 4 }).toArray(),
        design.workspaceUsers(ACME_EU),
        design.libraryComponents(ACME_EU, { max: 5 }).toArray(),
        design.projects(ACME, { max: 3 }).toArray(),
      ]);
    });
    const [projects] = results as [{ id: string }[]];
    expect(projects.map((p) => p.id)).toEqual(euProjects);
    expect(sent.filter(([op]) => op === 'Workspaces')).toEqual([['Workspaces', main]]);
    const euCalls = sent.filter(([op]) => op !== 'Workspaces' && op !== 'Projects');
    expect(euCalls).toEqual([
      ['WorkspaceUsers', eu],
      ['LibraryComponents', eu],
    ]);
    expect(
      sent
        .filter(([op]) => op === 'Projects')
        .map(([, endpoint]) => endpoint)
        .sort(),
    ).toEqual([eu, eu, main].sort());
    // Known now: later calls go straight to their region, with no new lookup.
    const later = await wire(() => design.projects(ACME_EU).toArray());
    expect(later).toEqual([['Projects', eu]]);
  });

  it("sends a listed project's calls to its workspace's region", async () => {
    const design = harness.client();
    await design.projects(ACME_EU).toArray();
    const sent = await wire(async () => {
      const bom = await design.projectBom(euProjects[1] ?? '');
      expect(bom.lines.length).toBeGreaterThan(0);
      expect((await design.commentThreads(euProjects[1] ?? '')).length).toBe(0);
    });
    expect(sent.every(([, endpoint]) => endpoint === eu)).toBe(true);
    expect(sent.map(([op]) => op)).toEqual(['ProjectVariants', 'WipVariantBom', 'CommentThreads']);
  });

  it('finds the region of a project id it has never seen, then retries there once', async () => {
    const design = harness.client();
    let name: string | null | undefined;
    const sent = await wire(async () => {
      name = (await design.project(euProjects[2] ?? ''))?.name;
    });
    expect(name).toBe('Vision Light Controller');
    expect(sent).toEqual([
      ['ProjectById', main],
      ['Workspaces', main],
      ['LocateProject', eu],
      ['ProjectById', eu],
    ]);
    // Remembered, also under its GUID.
    const project = await design.project(euProjects[2] ?? '');
    expect(await wire(() => design.projectBom(project?.projectId ?? ''))).toEqual([
      ['ProjectVariants', eu],
      ['WipVariantBom', eu],
    ]);
  });

  it('finds the region of a component id it has never seen', async () => {
    const [euComponent] = await harness.client().libraryComponents(ACME_EU, { max: 1 }).toArray();
    const design = harness.client();
    let found: string | undefined;
    const sent = await wire(async () => {
      found = (await design.component(euComponent?.id ?? ''))?.id;
    });
    expect(found).toBe(euComponent?.id);
    expect(sent).toEqual([
      ['ComponentById', main],
      ['Workspaces', main],
      ['LocateComponent', eu],
      ['ComponentById', eu],
    ]);
  });

  it('runs comment mutations on an EU project in the EU region', async () => {
    const design = harness.client();
    const projectId = euProjects[0] ?? '';
    const sent = await wire(async () => {
      const { commentThreadId } = await design.createCommentThread({
        projectId,
        documentId: 'doc-pcb-1',
        documentType: 'PCB',
        text: 'Check the creepage distance on the mains side.',
      });
      const threads = await design.commentThreads(projectId);
      expect(threads.map((t) => t.commentThreadId)).toContain(commentThreadId);
      await design.deleteCommentThread({ projectId, threadId: commentThreadId });
    });
    expect(sent.slice(0, 4)).toEqual([
      ['CreateCommentThread', main],
      ['Workspaces', main],
      ['LocateProject', eu],
      ['CreateCommentThread', eu],
    ]);
    expect(sent.slice(4)).toEqual([
      ['CommentThreads', eu],
      ['DeleteCommentThread', eu],
    ]);
  });

  it('routes documents of your own by workspace', async () => {
    const design = harness.client();
    const data = await design.request(
      ProjectsDocument,
      { workspaceUrl: ACME_EU, first: 2 },
      { workspaceUrl: ACME_EU },
    );
    expect(data.desProjects?.totalCount).toBe(6);
    expect(harness.sent.at(-1)?.endpoint).toBe(eu);
  });
});

describe('an explicit endpoint wins', () => {
  it('per call: sent there as it is, no lookup, no second try', async () => {
    const design = harness.client();
    let error: unknown;
    const sent = await wire(async () => {
      error = await design
        .projects(ACME_EU, { endpoint: main })
        .toArray()
        .catch((e: unknown) => e);
    });
    expect(error).toBeInstanceOf(NexarGraphQLError);
    expect((error as NexarGraphQLError).errors[0]?.message).toMatch(/^Token validation failed/);
    expect(sent).toEqual([['Projects', main]]);
    expect(await wire(() => design.projects(ACME_EU, { endpoint: eu }).toArray())).toEqual([
      ['Projects', eu],
    ]);
  });

  it('per workspace: no lookup at all', async () => {
    const design = harness.client({ workspaceEndpoints: { [ACME_EU]: eu } });
    const sent = await wire(() => design.projects(ACME_EU, { pageSize: 3 }).toArray());
    expect(sent).toEqual([
      ['Projects', eu],
      ['Projects', eu],
    ]);
  });

  it('with routing off, everything goes to the base endpoint', async () => {
    const design = harness.client({ routing: false });
    let error: unknown;
    const sent = await wire(async () => {
      error = await design.workspaceUsers(ACME_EU).catch((e: unknown) => e);
    });
    expect((error as NexarGraphQLError).code).toBe('WRONG_REGION');
    expect(sent).toEqual([['WorkspaceUsers', main]]);
  });
});
