/** One broken project among many: its error comes back with the data, not instead of it. */
import { NexarGraphQLError } from '@nexar/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DesignClient, Page, Project } from '../src/index.js';
import { ACME, type DesignHarness, projectIds, startDesignHarness } from './design-harness.js';

const BROKEN = 'prj-acme-robotics-12';
let harness: DesignHarness;
let design: DesignClient;

beforeAll(async () => {
  harness = await startDesignHarness({ brokenProjectIds: [BROKEN] });
  design = harness.client();
});
afterAll(() => harness?.close());

describe('partial errors', () => {
  it('yield every project of a page, the broken one carrying its error', async () => {
    const projects = design.projects(ACME, { withDesign: true, pageSize: 10 });
    const pages: Page<Project>[] = [];
    for await (const page of projects.pages()) pages.push(page);
    expect(pages.flatMap((p) => p.nodes.map((n) => n.id))).toEqual(projectIds('acme-robotics', 30));
    expect(pages.map((p) => p.errors.length)).toEqual([0, 1, 0]);

    const broken = pages[1]?.nodes.find((n) => n.id === BROKEN);
    expect(broken?.name).toBe('CAN Bus Node');
    expect(broken?.errors?.map((e) => e.extensions?.code)).toEqual(['DESIGN_LOAD_FAILED']);
    expect(broken?.design?.releases).toBeNull();
    expect(broken?.design?.variants.length).toBeGreaterThan(0);
    expect(pages[1]?.nodes.filter((n) => n.errors)).toHaveLength(1);
    expect(projects.errors).toEqual(pages[1]?.errors);

    const items = await projects.toArray();
    expect(items.filter((p) => p.errors).map((p) => p.id)).toEqual([BROKEN]);
  });

  it('do not appear when the broken part is not asked for', async () => {
    const projects = design.projects(ACME);
    expect(await projects.toArray()).toHaveLength(30);
    expect(projects.errors).toEqual([]);
  });

  it('return a broken project with what did load and the error', async () => {
    const project = await design.project(BROKEN);
    expect(project).toMatchObject({ id: BROKEN, name: 'CAN Bus Node' });
    expect(project?.design.releases).toBeNull();
    expect(project?.errors?.[0]?.path).toEqual(['desProjectById', 'design', 'releases']);
  });

  it("reject a broken project's BOM, which has nothing to give", async () => {
    const error = await design.projectBom(BROKEN).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NexarGraphQLError);
    expect((error as NexarGraphQLError).code).toBe('DESIGN_LOAD_FAILED');
    expect((await design.projectBom('prj-acme-robotics-11')).lines.length).toBeGreaterThan(0);
  });
});
