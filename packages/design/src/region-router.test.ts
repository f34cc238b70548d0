import { describe, expect, it } from 'vitest';
import {
  type FakeRequest,
  fakeClient,
  graphQLError,
  WRONG_REGION,
  workspacesAnswer,
} from '../test/fake-client.js';
import { RegionRouter, workspaceKey } from './region-router.js';

const BASE = 'https://api.example.com/graphql';
const EU = 'https://eu.api.example.com/graphql';
const US_WS = 'https://acme.365.altium.com';
const EU_WS = 'https://acme-eu.365.altium.com';

function setup(extra: (request: FakeRequest) => unknown = () => null) {
  let release: () => void = () => {};
  let gate: Promise<void> = Promise.resolve();
  const client = fakeClient(BASE, async (request) => {
    if (request.operationName === 'Workspaces') {
      await gate;
      return workspacesAnswer({ [US_WS]: BASE, [EU_WS]: EU });
    }
    return extra(request);
  });
  return {
    client,
    lookups: () => client.log.filter((r) => r.operationName === 'Workspaces').length,
    holdLookups: () => {
      gate = new Promise((resolve) => {
        release = resolve;
      });
      return () => release();
    },
  };
}

describe('RegionRouter', () => {
  it('sends a workspace to its region, looking the locations up once for concurrent callers', async () => {
    const { client, lookups, holdLookups } = setup();
    const router = new RegionRouter(client);
    const release = holdLookups();
    const pending = Promise.all([
      router.endpointFor({ kind: 'workspace', workspaceUrl: EU_WS }),
      router.endpointFor({ kind: 'workspace', workspaceUrl: `${US_WS.toUpperCase()}/` }),
      router.endpointFor({ kind: 'workspace', workspaceUrl: undefined }),
    ]);
    release();
    expect(await pending).toEqual([EU, BASE, BASE]);
    expect(await router.endpointFor({ kind: 'workspace', workspaceUrl: EU_WS })).toBe(EU);
    expect(lookups()).toBe(1);
    expect(client.log.every((r) => r.endpoint === BASE)).toBe(true);
  });

  it('sends unknown workspaces and unrouted calls to the base endpoint', async () => {
    const { client } = setup();
    const router = new RegionRouter(client);
    expect(
      await router.endpointFor({ kind: 'workspace', workspaceUrl: 'https://other.365.altium.com' }),
    ).toBe(BASE);
    expect(await router.endpointFor({ kind: 'none' })).toBe(BASE);
    expect(await router.endpointFor({ kind: 'project', projectId: 'never-seen' })).toBe(BASE);
  });

  it('lets endpoints given per workspace win, without a lookup', async () => {
    const { client, lookups } = setup();
    const router = new RegionRouter(client, { [`${EU_WS}/`]: 'https://pinned.example.com/graphql' });
    expect(await router.endpointFor({ kind: 'workspace', workspaceUrl: EU_WS })).toBe(
      'https://pinned.example.com/graphql',
    );
    expect(lookups()).toBe(0);
    expect(
      await router.relocate({ kind: 'workspace', workspaceUrl: EU_WS }, 'https://pinned.example.com/graphql'),
    ).toBe(undefined);
  });

  it('routes projects and components by the workspace they were seen in', async () => {
    const { client } = setup();
    const router = new RegionRouter(client);
    router.rememberProject(['prj-1', 'guid-1'], EU_WS);
    router.rememberComponent('cmp-1', EU_WS);
    expect(await router.endpointFor({ kind: 'project', projectId: 'guid-1' })).toBe(EU);
    expect(await router.endpointFor({ kind: 'component', componentId: 'cmp-1' })).toBe(EU);
  });

  it('uses workspaces it was given instead of looking them up', async () => {
    const { client, lookups } = setup();
    const router = new RegionRouter(client);
    router.rememberWorkspaces(workspacesAnswer({ [EU_WS]: EU }).desWorkspaceInfos);
    expect(await router.endpointFor({ kind: 'workspace', workspaceUrl: undefined })).toBe(EU);
    expect(lookups()).toBe(0);
  });

  it('finds an unknown project by asking the other regions, and remembers it', async () => {
    const { client } = setup((request) => {
      if (request.operationName !== 'LocateProject') return null;
      if (request.endpoint !== EU) throw graphQLError(request, [WRONG_REGION], { desProjectById: null });
      return { desProjectById: { id: 'prj-9', projectId: 'guid-9', workspaceUrl: EU_WS } };
    });
    const router = new RegionRouter(client);
    expect(await router.relocate({ kind: 'project', projectId: 'prj-9' }, BASE)).toBe(EU);
    expect(client.log.filter((r) => r.operationName === 'LocateProject').map((r) => r.endpoint)).toEqual([
      EU,
    ]);
    expect(await router.endpointFor({ kind: 'project', projectId: 'guid-9' })).toBe(EU);
  });

  it('finds an unknown component the same way', async () => {
    const { client } = setup((request) =>
      request.operationName === 'LocateComponent' ? { desComponentById: { id: 'cmp-7' } } : null,
    );
    const router = new RegionRouter(client);
    expect(await router.relocate({ kind: 'component', componentId: 'cmp-7' }, BASE)).toBe(EU);
    expect(await router.endpointFor({ kind: 'component', componentId: 'cmp-7' })).toBe(EU);
  });

  it('reports no endpoint when no other region serves it', async () => {
    const { client } = setup((request) =>
      request.operationName === 'LocateProject' ? { desProjectById: null } : null,
    );
    const router = new RegionRouter(client);
    expect(await router.relocate({ kind: 'project', projectId: 'nowhere' }, BASE)).toBeUndefined();
  });

  it('looks the locations up again after a failed lookup', async () => {
    let fail = true;
    const client = fakeClient(BASE, (request) => {
      if (fail) {
        fail = false;
        throw new Error('lookup failed');
      }
      return request.operationName === 'Workspaces' ? workspacesAnswer({ [EU_WS]: EU }) : null;
    });
    const router = new RegionRouter(client);
    await expect(router.endpointFor({ kind: 'workspace', workspaceUrl: EU_WS })).rejects.toThrow(
      'lookup failed',
    );
    expect(await router.endpointFor({ kind: 'workspace', workspaceUrl: EU_WS })).toBe(EU);
  });

  it("stops a caller's wait for a shared lookup when its signal aborts, without failing the others", async () => {
    const { client, holdLookups } = setup();
    const router = new RegionRouter(client);
    const release = holdLookups();
    const controller = new AbortController();
    const aborted = router.endpointFor({ kind: 'workspace', workspaceUrl: EU_WS }, controller.signal);
    const other = router.endpointFor({ kind: 'workspace', workspaceUrl: EU_WS });
    controller.abort(new Error('gave up'));
    await expect(aborted).rejects.toThrow('gave up');
    release();
    expect(await other).toBe(EU);
  });

  it('shares one client per endpoint', () => {
    const { client } = setup();
    const router = new RegionRouter(client);
    expect(router.client(BASE)).toBe(client);
    expect(router.client(EU)).toBe(router.client(EU));
    expect(router.client(EU).endpoint).toBe(EU);
  });

  it('compares workspace URLs without case or trailing slashes', () => {
    expect(workspaceKey(' https://Acme.365.Altium.com// ')).toBe('https://acme.365.altium.com');
  });
});
