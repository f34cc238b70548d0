import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DataFormatError } from '../catalog/json-reader.js';
import { loadCatalogFile, SMALL_CATALOG_FIXTURE } from '../catalog/load-catalog-file.js';
import { createDesignData } from './create-design-data.js';
import { designDataFromJson } from './design-from-json.js';
import { designDataToJson } from './design-to-json.js';
import type { DesignData } from './design-types.js';
import { loadDesignDataFile } from './load-design-file.js';

type Json = Record<string, unknown>;
let data: DesignData;
let json: Json;
beforeAll(async () => {
  data = createDesignData({ catalog: await loadCatalogFile(SMALL_CATALOG_FIXTURE) });
  json = JSON.parse(JSON.stringify(designDataToJson(data))) as Json;
});

function at(root: unknown, ...keys: (string | number)[]): Json {
  let value = root;
  for (const key of keys) value = (value as Record<string | number, unknown>)[key];
  if (typeof value !== 'object' || value === null) throw new Error(`nothing at ${keys.join('.')}`);
  return value as Json;
}

function errorOf(change: (j: Json) => void): string {
  const copy = structuredClone(json);
  change(copy);
  try {
    designDataFromJson(copy, 'design.json');
  } catch (error) {
    if (error instanceof DataFormatError) return error.message;
    throw error;
  }
  throw new Error('expected a DataFormatError');
}

const minimal = {
  locations: [{ name: 'Here', apiServiceUrl: 'http://127.0.0.1/graphql' }],
  users: [{ userId: 'u1', email: 'u1@example.com', firstName: 'U', lastName: 'One' }],
  workspaces: [
    { workspaceId: 'w1', name: 'W', url: 'https://w.365.altium.com', isDefault: true, location: 'Here' },
  ],
  components: [
    {
      id: 'c1',
      workspaceUrl: 'https://w.365.altium.com',
      name: 'CMP-1',
      createdAt: '2025-01-01T00:00:00Z',
      createdBy: 'u1',
      manufacturerParts: [{ partNumber: 'LM358DR', companyName: 'Texas Instruments' }],
    },
  ],
  projects: [
    {
      id: 'p1',
      projectId: 'g1',
      name: 'Board',
      workspaceUrl: 'https://w.365.altium.com',
      createdAt: '2025-01-02T00:00:00Z',
      createdBy: 'u1',
      variants: [
        {
          name: '[No Variations]',
          items: [
            { component: 'c1', instances: [{ designator: 'U1' }, { designator: 'U2', isFitted: false }] },
          ],
        },
      ],
    },
  ],
};

describe('design data JSON', () => {
  it('round-trips generated design data exactly', () => {
    const back = designDataFromJson(json);
    expect(back).toEqual(data);
    expect(JSON.stringify(designDataToJson(back))).toBe(JSON.stringify(json));
  });

  it('fills defaults for a minimal document', () => {
    const d = designDataFromJson(minimal);
    const item = d.projects[0]?.design.variants[0]?.bom.items[0];
    expect(item?.quantity).toBe(1);
    expect(item?.component).toBe(d.components[0]);
    expect(d.projects[0]?.url).toBe('https://w.365.altium.com/designs/g1');
    expect(d.projects[0]?.updatedBy).toBe(d.users[0]);
    expect(d.workspaces[0]?.users).toEqual(d.users);
    expect(d.components[0]?.manufacturerParts[0]).toMatchObject({
      octopartId: null,
      priority: 0,
      supplierParts: [],
    });
    expect(d.commentThreads).toEqual([]);
  });

  it.each<[string, (j: Json) => void, string]>([
    [
      'a missing location list',
      (j) => delete j.locations,
      'design.json: locations: expected an array, got nothing',
    ],
    [
      'an unknown location',
      (j) => Object.assign(at(j, 'workspaces', 1), { location: 'Mars' }),
      'workspaces[1].location: unknown location "Mars"',
    ],
    [
      'an unknown user',
      (j) => Object.assign(at(j, 'projects', 2), { createdBy: 'user-eve' }),
      'projects[2].createdBy: unknown user "user-eve"',
    ],
    [
      'an unknown workspace',
      (j) => Object.assign(at(j, 'components', 0), { workspaceUrl: 'https://x.365.altium.com' }),
      'components[0].workspaceUrl: unknown workspace "https://x.365.altium.com"',
    ],
    [
      'an unknown component in a BOM',
      (j) => Object.assign(at(j, 'projects', 0, 'variants', 0, 'items', 1), { component: 'cmp-x' }),
      'projects[0].variants[0].items[1].component: unknown component "cmp-x"',
    ],
    [
      'a duplicate designator',
      (j) =>
        Object.assign(at(j, 'projects', 0, 'variants', 0, 'items', 1, 'instances', 0), {
          designator: (
            at(j, 'projects', 0, 'variants', 0, 'items', 0, 'instances', 0) as { designator: string }
          ).designator,
        }),
      'projects[0].variants[0].items[1].instances[0].designator: duplicate designator',
    ],
    [
      'a duplicate project id',
      (j) => Object.assign(at(j, 'projects', 3), { id: 'prj-acme-robotics-01' }),
      'projects[3].id: duplicate project id "prj-acme-robotics-01"',
    ],
    [
      'a thread on an unknown project',
      (j) => Object.assign(at(j, 'commentThreads', 0), { entityId: 'prj-x' }),
      'commentThreads[0].entityId: unknown project "prj-x"',
    ],
    [
      'a bad date',
      (j) => Object.assign(at(j, 'commentThreads', 0, 'comments', 0), { createdAt: 'soon' }),
      'commentThreads[0].comments[0].createdAt: expected an ISO 8601 date-time',
    ],
    [
      'a bad parameter type',
      (j) => Object.assign(at(j, 'components', 0, 'details', 'parameters', 0), { type: 'COLOUR' }),
      'components[0].details.parameters[0].type: expected one of NONE, TEXT',
    ],
    [
      'an unknown field',
      (j) => Object.assign(at(j, 'projects', 0), { owner: 'me' }),
      'projects[0].owner: unknown field',
    ],
  ])('reports %s with its path', (_, change, message) => {
    expect(errorOf(change)).toContain(message);
  });

  it('loads a file and names it in errors', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'design-'));
    const good = join(dir, 'design.json');
    await writeFile(good, JSON.stringify(minimal));
    expect((await loadDesignDataFile(good)).projects[0]?.name).toBe('Board');
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ ...minimal, users: [] }));
    await expect(loadDesignDataFile(bad)).rejects.toThrow(`${bad}: users: at least one user is needed`);
  });
});
