/** Relay pagination against the emulator: page boundaries, limits and cancellation. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DesignClient, Page, Project } from '../src/index.js';
import { ACME, type DesignHarness, projectIds, startDesignHarness } from './design-harness.js';

let harness: DesignHarness;
let design: DesignClient;
const all = projectIds('acme-robotics', 30);

beforeAll(async () => {
  harness = await startDesignHarness();
  design = harness.client();
  await design.workspaces(); // locations known: only Projects requests below
});
afterAll(() => harness?.close());

function projectRequestsSince(start: number) {
  return harness.sent.slice(start).filter((r) => r.operationName === 'Projects');
}

describe('projects, 7 per page over 30', () => {
  it('yields every project once, in order, in five requests that follow the cursors', async () => {
    const start = harness.sent.length;
    const ids: string[] = [];
    for await (const project of design.projects(ACME, { pageSize: 7 })) ids.push(project.id);
    expect(ids).toEqual(all);
    expect(new Set(ids).size).toBe(30);
    const requests = projectRequestsSince(start);
    expect(requests.map((r) => r.variables.first)).toEqual([7, 7, 7, 7, 7]);
    expect(requests[0]?.variables.after).toBeNull();
    expect(new Set(requests.map((r) => r.variables.after)).size).toBe(5);
  });

  it('gives whole pages with pageInfo and totalCount', async () => {
    const pages: Page<Project>[] = [];
    for await (const page of design.projects(ACME, { pageSize: 7 }).pages()) pages.push(page);
    expect(pages.map((p) => p.nodes.length)).toEqual([7, 7, 7, 7, 2]);
    expect(pages.map((p) => p.pageInfo.hasNextPage)).toEqual([true, true, true, true, false]);
    expect(pages.every((p) => p.totalCount === 30 && p.errors.length === 0)).toBe(true);
    expect(pages.flatMap((p) => p.nodes.map((n) => n.id))).toEqual(all);
    // A page's endCursor resumes right after it.
    const rest = await design.projects(ACME, { pageSize: 7, after: pages[1]?.pageInfo.endCursor }).toArray();
    expect(rest.map((p) => p.id)).toEqual(all.slice(14));
  });

  it('stops at max, asking only for the items still missing', async () => {
    const start = harness.sent.length;
    const first10 = await design.projects(ACME, { pageSize: 7, max: 10 }).toArray();
    expect(first10.map((p) => p.id)).toEqual(all.slice(0, 10));
    expect(projectRequestsSince(start).map((r) => r.variables.first)).toEqual([7, 3]);
  });

  it('stops between pages when aborted, and sends nothing more', async () => {
    const start = harness.sent.length;
    const controller = new AbortController();
    const seen: string[] = [];
    const iterate = async () => {
      for await (const project of design.projects(ACME, { pageSize: 7, signal: controller.signal })) {
        seen.push(project.id);
        if (seen.length === 9) controller.abort(new Error('user cancelled'));
      }
    };
    await expect(iterate()).rejects.toThrow('user cancelled');
    expect(seen).toEqual(all.slice(0, 9));
    expect(projectRequestsSince(start)).toHaveLength(2);
  });

  it('cancels the request in flight', async () => {
    const controller = new AbortController();
    const events = harness.events.length;
    harness.emulator.faults.setLatency('api', 300);
    try {
      const pages = design.projects(ACME, { pageSize: 7, signal: controller.signal }).pages();
      const next = pages.next();
      // Abort once the request is on its way (the hook runs as it starts).
      await waitFor(() => harness.events.slice(events).some((e) => e.type === 'start'));
      controller.abort(new Error('navigated away'));
      await expect(next).rejects.toThrow('navigated away');
      const ended = harness.events.slice(events).filter((e) => e.type === 'end');
      expect(ended).toHaveLength(1);
      expect(ended[0]?.status).toBeUndefined();
    } finally {
      harness.emulator.faults.setLatency('api', 0);
    }
  });

  it('pages BOMs, releases and library components the same way', async () => {
    const small = await design.projectBom('prj-acme-robotics-04', { pageSize: 2 });
    const large = await design.projectBom('prj-acme-robotics-04');
    expect(small.lines).toEqual(large.lines);
    const components = await design.libraryComponents(ACME, { pageSize: 9 }).toArray();
    expect(components.map((c) => c.id)).toEqual(
      (await design.libraryComponents(ACME, { pageSize: 100 }).toArray()).map((c) => c.id),
    );
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}
