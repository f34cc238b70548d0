import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DesignHarness,
  dataOf,
  type GraphQLResponse,
  startDesignHarness,
} from './api-design-harness.js';

const EU_URL = 'https://acme-robotics-eu.365.altium.com';
const US_URL = 'https://acme-robotics.365.altium.com';

let api: DesignHarness;
let us: string;
let eu: string;
let euProjectId: string;
let euComponentId: string;
let euThreadId: string;
let euReleaseId: string | undefined;

beforeAll(async () => {
  api = await startDesignHarness({ extraRegions: ['EU Central'] });
  us = api.emulator.locations[0]?.apiServiceUrl ?? '';
  eu = api.emulator.locations[1]?.apiServiceUrl ?? '';
  const data = dataOf(
    await api.query<{
      desProjects: { nodes: { id: string; design: { releases: { nodes: { id: string }[] } } }[] };
      desLibrary: { components: { nodes: { id: string }[] } };
    }>(
      `query($url: String) { desProjects(workspaceUrl: $url, first: 100) { nodes { id design { releases { nodes { id } } } } }
        desLibrary(workspaceUrl: $url) { components(first: 1) { nodes { id } } } }`,
      { url: EU_URL },
      eu,
    ),
  );
  euProjectId = data.desProjects.nodes[0]?.id ?? '';
  // The demo data has no EU threads: start one on the EU endpoint, so every routed field has an answer there.
  const created = dataOf(
    await api.query<{ desCreateCommentThread: { commentThreadId: string } }>(
      `mutation($id: ID!) { desCreateCommentThread(input: { entityId: $id, documentId: "doc-1", documentType: PCB,
        text: "Check the creepage distance.", commentContextType: NONE }) { commentThreadId } }`,
      { id: euProjectId },
      eu,
    ),
  );
  euThreadId = created.desCreateCommentThread.commentThreadId;
  euComponentId = data.desLibrary.components.nodes[0]?.id ?? '';
  euReleaseId = data.desProjects.nodes.flatMap((p) => p.design.releases.nodes)[0]?.id;
});
afterAll(() => api.close());

const VARIABLES = [
  '$url: String',
  '$project: ID!',
  '$component: ID!',
  '$thread: String!',
  '$comment: String!',
];

/** An operation declaring the variables that `selection` uses (GraphQL refuses unused ones). */
function operation(kind: 'query' | 'mutation', selection: string): string {
  const used = VARIABLES.filter((declaration) =>
    new RegExp(`\\${declaration.split(':')[0]}\\b`).test(selection),
  );
  return `${kind}(${used.join(', ')}) { ${selection} }`;
}

function expectWrongRegion(response: GraphQLResponse<unknown>, field: string): void {
  const error = response.errors?.find((e) => e.path?.[0] === field);
  expect(error, `an error on ${field}`).toBeDefined();
  expect(error?.message.startsWith('Token validation failed')).toBe(true);
  expect(error?.message).toContain('Acme Robotics Europe');
  expect(error?.message).toContain(eu);
  expect(error?.extensions?.code).toBe('WRONG_REGION');
}

describe('two regions on two addresses', () => {
  it('reports each workspace in its region, on every endpoint', async () => {
    expect(api.emulator.locations.map((l) => l.name)).toEqual(['US West', 'EU Central']);
    expect(eu).not.toBe(us);
    const query =
      '{ desWorkspaceInfos { url location { name apiServiceUrl filesServiceUrl } } desWorkspaceLocations { name apiServiceUrl filesServiceUrl } desUserByAuth { userId } }';
    const fromUs = dataOf(await api.query(query, {}, us));
    const fromEu = dataOf(await api.query(query, {}, eu));
    expect(fromEu).toEqual(fromUs);
    const infos = (fromUs as { desWorkspaceInfos: { url: string; location: { name: string } }[] })
      .desWorkspaceInfos;
    expect(infos.map((w) => [w.url, w.location.name])).toEqual([
      [US_URL, 'US West'],
      [EU_URL, 'EU Central'],
      ['https://open-hardware-lab.365.altium.com', 'US West'],
    ]);
    expect((fromUs as { desWorkspaceLocations: unknown }).desWorkspaceLocations).toEqual(
      api.emulator.locations,
    );
  });

  it("serves the EU workspace's projects on its endpoint and fails them on the main one, same token", async () => {
    const query = 'query($url: String) { desProjects(workspaceUrl: $url, first: 100) { totalCount } }';
    const wrong = await api.query(query, { url: EU_URL }, us);
    expect(wrong.status).toBe(200);
    expect(wrong.data).toEqual({ desProjects: null });
    expectWrongRegion(wrong, 'desProjects');
    const right = dataOf(
      await api.query<{ desProjects: { totalCount: number } }>(query, { url: EU_URL }, eu),
    );
    expect(right.desProjects.totalCount).toBe(6);
  });

  it("fails the US workspaces' queries on the EU endpoint, naming the main endpoint", async () => {
    const response = await api.query('{ desProjects { totalCount } desTeam { users { userId } } }', {}, eu);
    expect(response.errors).toHaveLength(2);
    for (const error of response.errors ?? []) {
      expect(error.message).toMatch(/^Token validation failed: workspace "Acme Robotics"/);
      expect(error.message).toContain(us);
    }
  });

  it('routes every field that reads EU workspace data', async () => {
    const variables = { url: EU_URL, project: euProjectId, component: euComponentId, thread: euThreadId };
    const fields: [string, string][] = [
      ['desProjects', 'desProjects(workspaceUrl: $url) { totalCount }'],
      ['desProjectById', 'desProjectById(id: $project) { id }'],
      [
        'desWipVariantByVariantName',
        'desWipVariantByVariantName(projectId: $project, variantName: "[No Variations]") { name }',
      ],
      ['desLibrary', 'desLibrary(workspaceUrl: $url) { name }'],
      ['desComponentById', 'desComponentById(id: $component) { id }'],
      ['desCommentThreads', 'desCommentThreads(projectId: $project) { commentThreadId }'],
      ['desCommentThread', 'desCommentThread(projectId: $project, threadId: $thread) { commentThreadId }'],
      ['desTeam', 'desTeam(workspaceUrl: $url) { users { userId } }'],
      ['desUsers', 'desUsers(workspaceUrl: $url, ids: ["user-dana"]) { userId }'],
    ];
    // One request per field: an error on a non-null root field nulls the whole answer.
    for (const [field, selection] of fields) {
      const query = operation('query', selection);
      expectWrongRegion(await api.query(query, variables, us), field);
      const right = await api.query<Record<string, unknown>>(query, variables, eu);
      expect(right.errors, field).toBeUndefined();
      expect(right.data?.[field], field).toBeTruthy();
    }
  });

  it('routes releases by their project', async () => {
    expect(euReleaseId, 'an EU project with a release in the demo data').toBeDefined();
    const query = `query($id: ID!) { desReleaseById(id: $id) { id }
      desReleaseVariantByVariantName(releaseId: $id, variantName: "[No Variations]") { name } }`;
    const wrong = await api.query(query, { id: euReleaseId }, us);
    expectWrongRegion(wrong, 'desReleaseById');
    expectWrongRegion(wrong, 'desReleaseVariantByVariantName');
    expect(dataOf(await api.query(query, { id: euReleaseId }, eu))).toMatchObject({
      desReleaseById: { id: euReleaseId },
    });
  });

  it('answers desProjectsByIds across regions with the local projects and a located error for the others', async () => {
    const response = await api.query<{ desProjectsByIds: ({ id: string } | null)[] }>(
      'query($ids: [ID!]!) { desProjectsByIds(ids: $ids) { id name } }',
      { ids: ['prj-acme-robotics-01', euProjectId] },
      us,
    );
    expect(response.data?.desProjectsByIds[0]).toMatchObject({ id: 'prj-acme-robotics-01' });
    expect(response.data?.desProjectsByIds[1]).toBeNull();
    expect(response.errors?.[0]?.path).toEqual(['desProjectsByIds', 1]);
    expectWrongRegion(response, 'desProjectsByIds');
  });

  it('routes every comment mutation by its project', async () => {
    const variables = { project: euProjectId, thread: euThreadId };
    const reply = `mutation($project: ID!, $thread: String!) { desCreateComment(input: { entityId: $project,
      commentThreadId: $thread, text: "Hallo" }) { commentId errors { message } } }`;
    expectWrongRegion(await api.query(reply, variables, us), 'desCreateComment');
    const created = dataOf(
      await api.query<{ desCreateComment: { commentId: string; errors: unknown[] } }>(reply, variables, eu),
    ).desCreateComment;
    expect(created.errors).toEqual([]);

    const withComment = { ...variables, comment: created.commentId };
    const mutations: [string, string][] = [
      [
        'desCreateCommentThread',
        `desCreateCommentThread(input: { entityId: $project, documentId: "doc-1",
        documentType: PCB, text: "x", commentContextType: NONE }) { commentThreadId errors { message } }`,
      ],
      [
        'desUpdateComment',
        `desUpdateComment(input: { entityId: $project, commentThreadId: $thread,
        commentId: $comment, text: "Hallo!" }) { errors { message } }`,
      ],
      [
        'desDeleteComment',
        `desDeleteComment(input: { entityId: $project, commentThreadId: $thread,
        commentId: $comment }) { errors { message } }`,
      ],
      [
        'desDeleteCommentThread',
        `desDeleteCommentThread(input: { entityId: $project, commentThreadId: $thread }) {
        errors { message } }`,
      ],
    ];
    for (const [field, selection] of mutations) {
      const mutation = operation('mutation', selection);
      const wrong = await api.query(mutation, withComment, us);
      expectWrongRegion(wrong, field);
      expect(wrong.data).toBeNull();
    }
    // The refused attempts changed nothing: the comment is still there, unedited.
    const thread = dataOf(
      await api.query<{ desCommentThread: { comments: { commentId: string; text: string }[] } }>(
        'query($project: ID!, $thread: String!) { desCommentThread(projectId: $project, threadId: $thread) { comments { commentId text } } }',
        variables,
        eu,
      ),
    ).desCommentThread;
    expect(thread.comments.at(-1)).toEqual({ commentId: created.commentId, text: 'Hallo' });
  });
});
