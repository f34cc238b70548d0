/** Releases with their variants, and the manufacture packages made from them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DesignHarness, dataOf, startDesignHarness } from './api-design-harness.js';

let api: DesignHarness;
beforeAll(async () => {
  api = await startDesignHarness();
});
afterAll(() => api.close());

interface Package {
  manufacturePackageId: string;
  name: string;
  downloadUrl: string;
}

describe('releases and manufacture packages', () => {
  it('packages each released variant once, and lists every package of the region', async () => {
    const query = `{ desProjects(first: 100) { nodes { name workspaceUrl design { releases(first: 10) { nodes {
        id description variants { name } manufacturePackages { manufacturePackageId name downloadUrl } } } } } }
      desManufacturePackages { manufacturePackageId name downloadUrl } }`;
    const answer = await api.query<{
      desProjects: {
        nodes: {
          name: string;
          workspaceUrl: string;
          design: {
            releases: {
              nodes: { description: string; variants: { name: string }[]; manufacturePackages: Package[] }[];
            };
          };
        }[];
      };
      desManufacturePackages: Package[];
    }>(query);
    const data = dataOf(answer);
    const fromReleases: Package[] = [];
    for (const project of data.desProjects.nodes) {
      for (const release of project.design.releases.nodes) {
        expect(release.manufacturePackages).toHaveLength(release.variants.length);
        release.manufacturePackages.forEach((pkg, n) => {
          expect(pkg.name).toBe(`${project.name} – ${release.description} – ${release.variants[n]?.name}`);
          expect(
            pkg.downloadUrl.startsWith(`${project.workspaceUrl}/manufacture/${pkg.manufacturePackageId}/`),
          ).toBe(true);
        });
        fromReleases.push(...release.manufacturePackages);
      }
    }
    expect(fromReleases.length).toBeGreaterThan(20);
    expect(new Set(fromReleases.map((p) => p.manufacturePackageId)).size).toBe(fromReleases.length);
    // The US West endpoint serves the default workspace and the Open Hardware Lab, not the European one.
    const all = data.desManufacturePackages;
    expect(all).toEqual(expect.arrayContaining(fromReleases));
    expect(all.every((p) => !p.downloadUrl.includes('acme-robotics-eu'))).toBe(true);
    expect(all.some((p) => p.downloadUrl.includes('open-hardware-lab'))).toBe(true);
    expect(await api.query(query)).toEqual(answer);
  });

  it("serves the European workspace's packages on its own region's endpoint", async () => {
    const eu = api.emulator.locations.find((l) => l.name === 'EU Central')?.apiServiceUrl;
    const data = dataOf(
      await api.query<{ desManufacturePackages: Package[] }>(
        '{ desManufacturePackages { downloadUrl } }',
        {},
        eu,
      ),
    );
    expect(data.desManufacturePackages.length).toBeGreaterThan(0);
    expect(
      data.desManufacturePackages.every((p) => p.downloadUrl.startsWith('https://acme-robotics-eu.')),
    ).toBe(true);
  });
});
