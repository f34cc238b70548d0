/** Deprecated design fields the real API still serves agree with their replacements. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DesignHarness, dataOf, startDesignHarness } from './api-design-harness.js';

let api: DesignHarness;

beforeAll(async () => {
  api = await startDesignHarness();
});

afterAll(async () => {
  await api?.close();
});

interface Workspaces {
  desWorkspaceInfos: { workspaceId: string; url: string; name: string; location: { name: string } }[];
  desWorkspaces: { id: string; url: string; name: string; location: { name: string } }[];
}

describe('deprecated fields answer like their replacements', () => {
  it('desWorkspaces, desWorkspaceById and desWorkspaceByUrl list what desWorkspaceInfos lists', async () => {
    const data = dataOf(
      await api.query<Workspaces>(`{
        desWorkspaceInfos { workspaceId url name location { name } }
        desWorkspaces { id url name location { name } }
      }`),
    );
    expect(data.desWorkspaces.length).toBeGreaterThan(0);
    expect(data.desWorkspaces).toEqual(
      data.desWorkspaceInfos.map(({ workspaceId, ...rest }) => ({ id: workspaceId, ...rest })),
    );
    const [info] = data.desWorkspaceInfos;
    const lookups = dataOf(
      await api.query<{ byId: { url: string } | null; byUrl: { id: string } | null; none: unknown }>(
        'query ($id: ID!, $url: String!) { byId: desWorkspaceById(id: $id) { url } byUrl: desWorkspaceByUrl(workspaceUrl: $url) { id } none: desWorkspaceById(id: "no-such-workspace") { id } }',
        { id: info?.workspaceId, url: info?.url },
      ),
    );
    expect(lookups).toEqual({ byId: { url: info?.url }, byUrl: { id: info?.workspaceId }, none: null });
  });

  it('DesDesign.workInProgress has the variants, and DesBom.bomItems every line of DesBom.items', async () => {
    const data = dataOf(
      await api.query<{
        desProjects: {
          nodes: {
            design: {
              variants: {
                name: string;
                bom: { items: { nodes: { quantity: number; component: { id: string } }[] } } | null;
              }[];
              workInProgress: {
                variants: {
                  name: string;
                  bom: { bomItems: { quantity: number; component: { id: string } }[] } | null;
                }[];
              };
            };
          }[];
        };
      }>(`{
        desProjects(first: 3) { nodes { design {
          variants { name bom { items(first: 1000) { nodes { quantity component { id } } } } }
          workInProgress { variants { name bom { bomItems { quantity component { id } } } } }
        } } }
      }`),
    );
    let lines = 0;
    for (const { design } of data.desProjects.nodes) {
      expect(design.workInProgress.variants.map((v) => v.name)).toEqual(design.variants.map((v) => v.name));
      design.variants.forEach((variant, index) => {
        const old = design.workInProgress.variants[index]?.bom?.bomItems ?? [];
        expect(old).toEqual(variant.bom?.items.nodes ?? []);
        lines += old.length;
      });
    }
    expect(lines).toBeGreaterThan(0);
  });
});
