import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogFile, SMALL_CATALOG_FIXTURE } from '../catalog/load-catalog-file.js';
import { BASE_VARIANT, createDesignData } from './create-design-data.js';
import { DesignStore, withLocations } from './design-store.js';
import type { DesignData } from './design-types.js';

let data: DesignData;
let store: DesignStore;
beforeAll(async () => {
  data = createDesignData({ catalog: await loadCatalogFile(SMALL_CATALOG_FIXTURE) });
  store = new DesignStore(data, { now: () => new Date(Date.UTC(2026, 1, 2)) });
});

describe('DesignStore', () => {
  it('finds workspaces by URL (case and trailing slash tolerant), id, and defaults', () => {
    expect(store.defaultWorkspace()?.url).toBe('https://acme-robotics.365.altium.com');
    expect(store.workspaceByUrl()?.isDefault).toBe(true);
    expect(store.workspaceByUrl('HTTPS://acme-robotics-eu.365.altium.com/')?.name).toBe(
      'Acme Robotics Europe',
    );
    expect(store.workspaceByUrl('https://nope.365.altium.com')).toBeUndefined();
    const eu = store.workspaceByUrl('https://acme-robotics-eu.365.altium.com');
    expect(eu && store.workspaceById(eu.workspaceId)).toBe(eu);
    expect(eu && store.workspaceLocation(eu).name).toBe('EU Central');
  });

  it('lists projects per workspace and finds them by id or projectId', () => {
    expect(store.projects()).toHaveLength(30);
    expect(store.projects('https://acme-robotics-eu.365.altium.com')).toHaveLength(6);
    expect(store.projects('https://unknown.example.com')).toEqual([]);
    const project = store.projects()[4];
    expect(project && store.projectById(project.id)).toBe(project);
    expect(project && store.projectById(project.projectId)).toBe(project);
    expect(project && store.projectWorkspace(project)?.isDefault).toBe(true);
  });

  it('finds variants and releases by name and id', () => {
    const project = store.projects().find((p) => p.design.releases.length > 0);
    const release = project?.design.releases[0];
    expect(project && store.wipVariant(project.id, BASE_VARIANT)).toBe(project?.design.variants[0]);
    expect(project && store.wipVariant(project.id, 'Nope')).toBeUndefined();
    expect(release && store.releaseById(release.id)?.release).toBe(release);
    expect(release && store.releaseById(release.releaseId)?.project).toBe(project);
    expect(release && store.releaseVariant(release.id, BASE_VARIANT)).toBe(release?.variants[0]);
  });

  it('lists library components per workspace and finds any component by id', () => {
    const library = store.components();
    expect(library.length).toBeGreaterThan(10);
    expect(
      library.every((c) => c.inLibrary && c.workspaceUrl === 'https://acme-robotics.365.altium.com'),
    ).toBe(true);
    const custom = data.components.find((c) => !c.inLibrary);
    if (!custom) throw new Error('no custom component');
    expect(store.componentById(custom.id)).toBe(custom);
    expect(store.components().includes(custom)).toBe(false);
  });

  it('lists members and users', () => {
    expect(store.users().map((u) => u.userId)).toEqual(['user-dana', 'user-lee']);
    expect(store.userById('user-lee')?.email).toBe('lee@example.com');
    expect(store.users('https://unknown.example.com')).toEqual([]);
  });

  it('serves and snapshots comment threads as they change', () => {
    const project = store.projects()[0];
    if (!project) throw new Error('no project');
    const before = store.comments.threads(project.id).length;
    expect(before).toBeGreaterThan(0);
    const result = store.comments.createThread(
      { entityId: project.id, documentId: 'doc', text: 'New thread' },
      'user-lee',
    );
    expect(result.errors).toEqual([]);
    expect(store.comments.threads(project.id)).toHaveLength(before + 1);
    expect(store.snapshot().commentThreads).toHaveLength(data.commentThreads.length + 1);
    expect(store.comments.thread(project.id, result.commentThreadId)?.createdAt).toBe(
      '2026-02-02T00:00:00.000Z',
    );
    expect(
      store.comments.createThread({ entityId: 'prj-none', documentId: 'd', text: 'x' }, 'user-lee').errors,
    ).toHaveLength(1);
  });

  it('rebinds location endpoints by name', () => {
    const bound = withLocations(data, [
      {
        name: 'US West',
        apiServiceUrl: 'http://127.0.0.1:4000/graphql',
        filesServiceUrl: 'http://127.0.0.1:4000/files',
      },
      {
        name: 'EU Central',
        apiServiceUrl: 'http://127.0.0.1:4001/graphql',
        filesServiceUrl: 'http://127.0.0.1:4001/files',
      },
    ]);
    const s = new DesignStore(bound);
    const eu = s.workspaceByUrl('https://acme-robotics-eu.365.altium.com');
    expect(eu && s.workspaceLocation(eu).apiServiceUrl).toBe('http://127.0.0.1:4001/graphql');
    expect(data.locations[1]?.apiServiceUrl).not.toContain('127.0.0.1');
    expect(() =>
      withLocations(data, [{ name: 'US West', apiServiceUrl: 'x', filesServiceUrl: 'y' }]),
    ).toThrow(/EU Central/);
  });
});
