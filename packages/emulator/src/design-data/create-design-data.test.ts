import { beforeAll, describe, expect, it } from 'vitest';
import { CatalogIndex } from '../catalog/catalog-index.js';
import type { Catalog } from '../catalog/catalog-types.js';
import { createCatalog } from '../catalog/create-catalog.js';
import { loadCatalogFile, SMALL_CATALOG_FIXTURE } from '../catalog/load-catalog-file.js';
import { normalizeMpn } from '../catalog/normalize.js';
import { DEMO_USERS } from '../users.js';
import { BASE_VARIANT, createDesignData, LOW_COST_VARIANT } from './create-design-data.js';
import { designDataToJson } from './design-to-json.js';
import type { BomItem, DesignData } from './design-types.js';

let catalog: Catalog;
let data: DesignData;
beforeAll(() => {
  catalog = createCatalog();
  data = createDesignData({ catalog });
});

const allBoms = (d: DesignData): BomItem[][] =>
  d.projects.flatMap((p) => [
    ...p.design.variants.map((v) => v.bom.items),
    ...p.design.releases.flatMap((r) => r.variants.map((v) => v.bom.items)),
  ]);

describe('createDesignData', () => {
  it('is deterministic for a catalog and seed, and changes with the seed', () => {
    const json = JSON.stringify(designDataToJson(data));
    expect(JSON.stringify(designDataToJson(createDesignData({ catalog })))).toBe(json);
    expect(JSON.stringify(designDataToJson(createDesignData({ catalog, seed: 2 })))).not.toBe(json);
  });

  it('has a default workspace in US West and one in a second region', () => {
    expect(data.workspaces.map((w) => [w.name, w.url, w.locationName, w.isDefault])).toEqual([
      ['Acme Robotics', 'https://acme-robotics.365.altium.com', 'US West', true],
      ['Acme Robotics Europe', 'https://acme-robotics-eu.365.altium.com', 'EU Central', false],
      ['Open Hardware Lab', 'https://open-hardware-lab.365.altium.com', 'US West', false],
    ]);
    expect(data.locations.map((l) => l.name)).toEqual(['US West', 'EU Central']);
    expect(new Set(data.workspaces.map((w) => w.workspaceId)).size).toBe(3);
  });

  it('places each workspace in the region its name says, and refuses locations that lack one', () => {
    const at = (name: string, port: number) => ({
      name,
      apiServiceUrl: `http://127.0.0.1:${port}/graphql`,
      filesServiceUrl: `http://127.0.0.1:${port}/files`,
    });
    const locations = [at('EU Central', 2), at('US West', 1), at('Asia', 3)];
    const custom = createDesignData({ catalog, locations });
    expect(custom.locations).toEqual(locations);
    expect(custom.workspaces.map((w) => w.locationName)).toEqual(['US West', 'EU Central', 'US West']);
    for (const workspace of [...data.workspaces, ...custom.workspaces]) {
      const european = /\b(Europe|EU)\b/.test(`${workspace.name} ${workspace.description}`);
      expect(workspace.locationName, workspace.name).toBe(european ? 'EU Central' : 'US West');
    }
    // One region only would put the European workspace in the US: refused, naming what is missing.
    expect(() => createDesignData({ catalog, locations: [at('US West', 1)] })).toThrow(
      /no location named "EU Central".*Acme Robotics Europe/,
    );
    expect(() => createDesignData({ catalog, locations: [at('Local A', 1), at('Local B', 2)] })).toThrow(
      RangeError,
    );
  });

  it('has enough projects in the default workspace for several pages, each with ids and dates', () => {
    const acme = data.projects.filter((p) => p.workspaceUrl === 'https://acme-robotics.365.altium.com');
    expect(acme.length).toBeGreaterThanOrEqual(30);
    expect(data.projects.length).toBeGreaterThan(acme.length);
    expect(new Set(data.projects.map((p) => p.id)).size).toBe(data.projects.length);
    expect(new Set(data.projects.map((p) => p.projectId)).size).toBe(data.projects.length);
    for (const p of data.projects) {
      expect(p.url.startsWith(`${p.workspaceUrl}/designs/`)).toBe(true);
      expect(Date.parse(p.updatedAt)).toBeGreaterThan(Date.parse(p.createdAt));
      expect(p.design.variants[0]?.name).toBe(BASE_VARIANT);
    }
    expect(data.projects.some((p) => p.design.variants.some((v) => v.name === LOW_COST_VARIANT))).toBe(true);
    const released = data.projects.filter((p) => p.design.releases.length > 0);
    expect(released.length).toBeGreaterThan(5);
    for (const p of released) {
      for (const r of p.design.releases) {
        expect(r.variants.map((v) => v.name)).toEqual(p.design.variants.map((v) => v.name));
        expect(Date.parse(r.createdAt)).toBeGreaterThan(Date.parse(p.createdAt));
      }
    }
  });

  it('names only catalog parts in BOMs, except deliberately unknown part numbers', () => {
    const index = new CatalogIndex(catalog);
    let known = 0;
    let unknown = 0;
    for (const items of allBoms(data)) {
      for (const item of items) {
        for (const mp of item.component.manufacturerParts) {
          const matches = index.partsByMpn(mp.partNumber);
          if (mp.octopartId === null) {
            expect(matches, mp.partNumber).toEqual([]);
            unknown++;
          } else {
            const part = index.partById(mp.octopartId);
            expect(part?.mpn).toBe(mp.partNumber);
            expect(part?.manufacturer.name).toBe(mp.companyName);
            known++;
          }
        }
      }
    }
    expect(known).toBeGreaterThan(500);
    expect(unknown).toBeGreaterThan(3);
  });

  it('keeps quantities consistent with fitted designators, designators unique, and has DNP lines', () => {
    let dnp = 0;
    for (const items of allBoms(data)) {
      const designators = items.flatMap((i) => i.bomItemInstances.map((x) => x.designator));
      expect(new Set(designators).size).toBe(designators.length);
      for (const item of items) {
        expect(item.quantity).toBe(item.bomItemInstances.filter((x) => x.isFitted).length);
        const prefixes = new Set(item.bomItemInstances.map((x) => x.designator.replace(/\d+$/, '')));
        expect(prefixes.size).toBe(1);
        if (item.quantity === 0) dnp++;
      }
    }
    expect(dnp).toBeGreaterThan(5);
    const lowCost = data.projects.flatMap((p) =>
      p.design.variants.filter((v) => v.name === LOW_COST_VARIANT),
    );
    expect(lowCost.some((v) => v.bom.items.some((i) => i.bomItemInstances.some((x) => !x.isFitted)))).toBe(
      true,
    );
  });

  it('builds libraries from catalog parts with second sources and supplier links', () => {
    const library = data.components.filter((c) => c.inLibrary && c.workspaceUrl === data.workspaces[0]?.url);
    expect(library.length).toBeGreaterThanOrEqual(60);
    const inLibrary = new Set(library.map((c) => c.id));
    // The library holds every catalog part its workspace's boards use.
    for (const project of data.projects.filter((p) => p.workspaceUrl === data.workspaces[0]?.url)) {
      for (const item of project.design.variants[0]?.bom.items ?? []) {
        if (item.component.manufacturerParts[0]?.octopartId)
          expect(inLibrary.has(item.component.id)).toBe(true);
      }
    }
    const ids = new Set(catalog.parts.map((p) => p.id));
    for (const component of library) {
      expect(component.manufacturerParts[0]?.priority).toBe(0);
      for (const mp of component.manufacturerParts) expect(ids.has(mp.octopartId ?? '')).toBe(true);
    }
    expect(library.some((c) => c.manufacturerParts.length === 2)).toBe(true);
    expect(library.some((c) => (c.manufacturerParts[0]?.supplierParts[0]?.prices.length ?? 0) > 0)).toBe(
      true,
    );
    expect(library.some((c) => c.details.parameters.some((p) => p.type === 'RESISTANCE'))).toBe(true);
    expect(library.map((c) => c.manufacturerParts[0]?.partNumber)).toContain('LM358DR');
  });

  it('has comment threads by the demo users and never copies passwords', () => {
    expect(data.commentThreads.length).toBeGreaterThan(10);
    const authors = new Set(data.commentThreads.flatMap((t) => t.comments.map((c) => c.createdBy.userId)));
    expect(authors).toEqual(new Set(DEMO_USERS.map((u) => u.id)));
    for (const thread of data.commentThreads) {
      expect(data.projects.some((p) => p.id === thread.entityId)).toBe(true);
      expect(thread.comments.length).toBeGreaterThan(0);
    }
    const json = JSON.stringify(data);
    expect(json).not.toContain('"password"');
    expect(Object.keys(data.users[0] ?? {})).not.toContain('password');
    expect(data.users.map((u) => [u.userId, u.firstName, u.lastName])).toEqual(
      DEMO_USERS.map((u) => [u.id, u.name.split(' ')[0], u.name.split(' ').slice(1).join(' ')]),
    );
  });

  it('works on a small custom catalog', async () => {
    const small = await loadCatalogFile(SMALL_CATALOG_FIXTURE);
    const design = createDesignData({ catalog: small });
    const mpns = new Set(small.parts.map((p) => normalizeMpn(p.mpn)));
    const lines = allBoms(design).flat();
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines) {
      const mp = line.component.manufacturerParts[0];
      if (mp?.octopartId !== null) expect(mpns.has(normalizeMpn(mp?.partNumber ?? ''))).toBe(true);
    }
  });
});
