/** A project's version-control history: revisions (paged, newest first) and latestRevision. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DesignHarness, dataOf, startDesignHarness } from './api-design-harness.js';

let api: DesignHarness;
beforeAll(async () => {
  api = await startDesignHarness();
});
afterAll(() => api.close());

interface Revision {
  revisionId: string;
  message: string;
  author: string;
  createdAt: string;
  files: { kind: string; path: string }[];
}
const REVISION = 'revisionId message author createdAt files { kind path }';

describe('DesProject revisions', () => {
  it("lists commits by the workspace's members, newest first, the newest being latestRevision", async () => {
    const query = `{ desProjects(first: 100) { nodes { id name createdAt updatedAt
        latestRevision { ${REVISION} }
        revisions(first: 100) { totalCount nodes { ${REVISION} } } } }
      desTeam { users { userName } } }`;
    const answer = await api.query<{
      desProjects: {
        nodes: {
          name: string;
          createdAt: string;
          updatedAt: string;
          latestRevision: Revision;
          revisions: { totalCount: number; nodes: Revision[] };
        }[];
      };
      desTeam: { users: { userName: string }[] };
    }>(query);
    const data = dataOf(answer);
    const members = new Set(data.desTeam.users.map((u) => u.userName));
    expect(data.desProjects.nodes.length).toBe(30);
    for (const project of data.desProjects.nodes) {
      const revisions = project.revisions.nodes;
      expect(revisions.length).toBeGreaterThanOrEqual(2);
      expect(revisions).toHaveLength(project.revisions.totalCount);
      expect(project.latestRevision).toEqual(revisions[0]);
      const times = revisions.map((r) => Date.parse(r.createdAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(revisions.at(-1)?.files.every((f) => f.kind === 'ADDED')).toBe(true);
      expect(Math.min(...times)).toBeGreaterThan(Date.parse(project.createdAt));
      expect(project.latestRevision.createdAt).toBe(project.updatedAt);
      for (const revision of revisions) expect(members.has(revision.author)).toBe(true);
      expect(new Set(revisions.map((r) => r.revisionId)).size).toBe(revisions.length);
    }
    expect(await api.query(query)).toEqual(answer);
  });

  it('pages revisions with base64 index cursors', async () => {
    const page = async (after?: string) =>
      dataOf(
        await api.query<{
          desProjectById: {
            revisions: {
              pageInfo: { hasNextPage: boolean; endCursor: string };
              nodes: { revisionId: string }[];
            };
          };
        }>(
          `query($after: String) { desProjectById(id: "prj-acme-robotics-01") {
            revisions(first: 1, after: $after) { pageInfo { hasNextPage endCursor } nodes { revisionId } } } }`,
          { after },
        ),
      ).desProjectById.revisions;
    const first = await page('LTE=');
    expect(first.pageInfo.endCursor).toBe('MA==');
    const second = await page(first.pageInfo.endCursor);
    expect(second.nodes[0]?.revisionId).not.toBe(first.nodes[0]?.revisionId);
  });
});
