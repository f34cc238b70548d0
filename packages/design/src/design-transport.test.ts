import { NexarGraphQLError } from '@nexar/client';
import { describe, expect, it } from 'vitest';
import {
  type FakeHandler,
  fakeClient,
  graphQLError,
  WRONG_REGION,
  workspacesAnswer,
} from '../test/fake-client.js';
import { DesignTransport } from './design-transport.js';
import { NexarDesignScopeError } from './errors.js';
import { ProjectByIdDocument, ProjectsDocument } from './generated/graphql.js';
import { RegionRouter } from './region-router.js';

const BASE = 'https://api.example.com/graphql';
const EU = 'https://eu.api.example.com/graphql';
const EU_WS = 'https://acme-eu.365.altium.com';

/** An API where the EU workspace and its project `prj-eu` are only served by the EU endpoint. */
const regionalApi: FakeHandler = (request) => {
  switch (request.operationName) {
    case 'Workspaces':
      return workspacesAnswer({ 'https://acme.365.altium.com': BASE, [EU_WS]: EU });
    case 'LocateProject':
    case 'ProjectById':
      if (request.endpoint !== EU) throw graphQLError(request, [WRONG_REGION], { desProjectById: null });
      return { desProjectById: { id: 'prj-eu', projectId: 'guid-eu', workspaceUrl: EU_WS } };
    case 'Projects':
      if (request.endpoint !== EU) throw graphQLError(request, [WRONG_REGION], { desProjects: null });
      return { desProjects: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] } };
    default:
      return null;
  }
};

function transport(handler: FakeHandler = regionalApi, routing = true) {
  const client = fakeClient(BASE, handler);
  return { client, transport: new DesignTransport(new RegionRouter(client), routing) };
}

const projectsVariables = { workspaceUrl: EU_WS, first: 10 };

describe('DesignTransport', () => {
  it("sends a workspace's call to its region's endpoint", async () => {
    const { client, transport: t } = transport();
    const answer = await t.send(ProjectsDocument, projectsVariables, {
      kind: 'workspace',
      workspaceUrl: EU_WS,
    });
    expect(answer.endpoint).toBe(EU);
    expect(client.log.map((r) => [r.operationName, r.endpoint])).toEqual([
      ['Workspaces', BASE],
      ['Projects', EU],
    ]);
  });

  it('finds the region of a project it has never seen after a wrong-region answer, and retries once', async () => {
    const { client, transport: t } = transport();
    const answer = await t.send(
      ProjectByIdDocument,
      { id: 'prj-eu' },
      { kind: 'project', projectId: 'prj-eu' },
    );
    expect(answer.data.desProjectById?.id).toBe('prj-eu');
    expect(client.log.map((r) => [r.operationName, r.endpoint])).toEqual([
      ['ProjectById', BASE],
      ['Workspaces', BASE],
      ['LocateProject', EU],
      ['ProjectById', EU],
    ]);
    // Remembered: the next call goes straight there.
    await t.send(ProjectByIdDocument, { id: 'guid-eu' }, { kind: 'project', projectId: 'guid-eu' });
    expect(client.log.at(-1)?.endpoint).toBe(EU);
    expect(client.log).toHaveLength(5);
  });

  it('lets an explicit endpoint win: no lookup, no second try', async () => {
    const { client, transport: t } = transport();
    const sent = t.send(
      ProjectsDocument,
      projectsVariables,
      { kind: 'workspace', workspaceUrl: EU_WS },
      { endpoint: BASE },
    );
    await expect(sent).rejects.toBeInstanceOf(NexarGraphQLError);
    expect(client.log.map((r) => [r.operationName, r.endpoint])).toEqual([['Projects', BASE]]);
  });

  it('sends everything to the base endpoint without routing', async () => {
    const { client, transport: t } = transport(regionalApi, false);
    await expect(
      t.send(ProjectsDocument, projectsVariables, { kind: 'workspace', workspaceUrl: EU_WS }),
    ).rejects.toThrow(/Token validation failed/);
    expect(client.log.map((r) => r.endpoint)).toEqual([BASE]);
  });

  it('gives up after one retry when the second region refuses too', async () => {
    const { client, transport: t } = transport((request) => {
      if (request.operationName === 'Workspaces') return regionalApi(request);
      if (request.operationName === 'LocateProject') return regionalApi(request);
      throw graphQLError(request, [WRONG_REGION], { desProjectById: null });
    });
    await expect(
      t.send(ProjectByIdDocument, { id: 'prj-eu' }, { kind: 'project', projectId: 'prj-eu' }),
    ).rejects.toThrow(/Token validation failed/);
    expect(client.log.filter((r) => r.operationName === 'ProjectById')).toHaveLength(2);
  });

  it('turns an authorization refusal into NexarDesignScopeError naming the scope', async () => {
    const { transport: t } = transport((request) => {
      throw graphQLError(request, [
        {
          message: 'desUserByAuth needs the design.domain scope, which this token does not have',
          extensions: { code: 'AUTH_NOT_AUTHORIZED' },
          path: ['desUserByAuth'],
        },
      ]);
    });
    const error = await t.send(ProjectByIdDocument, { id: 'x' }, { kind: 'none' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NexarDesignScopeError);
    expect(error).toMatchObject({ scope: 'design.domain', operationName: 'ProjectById', endpoint: BASE });
    expect((error as Error).message).toContain('design.domain');
    expect((error as Error).cause).toBeInstanceOf(NexarGraphQLError);
  });

  it('keeps partial data only when the caller accepts it', async () => {
    const partial = { desProjectById: { id: 'p', projectId: 'g', workspaceUrl: EU_WS } };
    const failing: FakeHandler = (request) => {
      throw graphQLError(
        request,
        [{ message: 'design failed', path: ['desProjectById', 'design'] }],
        partial,
      );
    };
    const { transport: t } = transport(failing, false);
    const kept = await t.send(
      ProjectByIdDocument,
      { id: 'p' },
      { kind: 'none' },
      { keep: (d) => d.desProjectById != null },
    );
    expect(kept.data).toEqual(partial);
    expect(kept.errors.map((e) => e.message)).toEqual(['design failed']);
    await expect(t.send(ProjectByIdDocument, { id: 'p' }, { kind: 'none' })).rejects.toBeInstanceOf(
      NexarGraphQLError,
    );
  });

  it('passes the signal to the request', async () => {
    const { transport: t } = transport(() => null, false);
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(
      t.send(ProjectByIdDocument, { id: 'p' }, { kind: 'none' }, { signal: controller.signal }),
    ).rejects.toThrow('stop');
  });
});
