import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DesignHarness, dataOf, startDesignHarness } from './api-design-harness.js';

const PROJECT = 'prj-acme-robotics-03';

let api: DesignHarness;
let me: string;
beforeAll(async () => {
  api = await startDesignHarness();
  me = dataOf(await api.query<{ desUserByAuth: { userId: string } }>('{ desUserByAuth { userId } }'))
    .desUserByAuth.userId;
});
afterAll(() => api.close());

interface Thread {
  commentThreadId: string;
  threadNumber: number;
  createdBy: { userId: string };
  context: {
    documentId: string | null;
    objectId: string | null;
    releaseId: string | null;
    area: { pos1: { x: number; xMils: number }; pos2: { y: number; yMils: number } };
  };
  comments: {
    commentId: string;
    text: string;
    createdBy: { userId: string };
    modifiedBy: { userId: string };
  }[];
}

const THREAD_FIELDS = `commentThreadId threadNumber createdBy { userId }
  context { documentId objectId releaseId area { pos1 { x xMils } pos2 { y yMils } } }
  comments { commentId text createdBy { userId } modifiedBy { userId } }`;

async function thread(projectId: string, threadId: string): Promise<Thread | null> {
  return dataOf(
    await api.query<{ desCommentThread: Thread | null }>(
      `query($p: ID!, $t: String!) { desCommentThread(projectId: $p, threadId: $t) { ${THREAD_FIELDS} } }`,
      { p: projectId, t: threadId },
    ),
  ).desCommentThread;
}

type Payload = { errors: { message: string }[]; commentThreadId?: string; commentId?: string };

/** Runs one comment mutation; `ids` are the payload's id fields besides `errors`. */
async function mutate(
  field: string,
  input: Record<string, unknown>,
  type: string,
  ids = '',
): Promise<Payload> {
  const data = dataOf(
    await api.query<Record<string, Payload>>(
      `mutation($input: ${type}!) { ${field}(input: $input) { ${ids} errors { message } } }`,
      { input },
    ),
  );
  const payload = data[field];
  if (!payload) throw new Error(`no ${field} payload`);
  return payload;
}

const createThread = (input: Record<string, unknown>) =>
  mutate(
    'desCreateCommentThread',
    { documentId: 'pcb-1', documentType: 'PCB', commentContextType: 'NONE', ...input },
    'DesCreateCommentThreadInput',
    'commentThreadId commentId',
  );
const reply = (input: Record<string, unknown>) =>
  mutate('desCreateComment', input, 'DesCreateCommentInput', 'commentId');
const update = (input: Record<string, unknown>) => mutate('desUpdateComment', input, 'DesUpdateCommentInput');
const remove = (input: Record<string, unknown>) => mutate('desDeleteComment', input, 'DesDeleteCommentInput');
const removeThread = (input: Record<string, unknown>) =>
  mutate('desDeleteCommentThread', input, 'DesDeleteCommentThreadInput');

describe('comment round trip', () => {
  it('creates a thread, replies, edits, deletes a comment and the thread, as the signed-in user', async () => {
    const before = dataOf(
      await api.query<{ desCommentThreads: { threadNumber: number }[] }>(
        `{ desCommentThreads(projectId: "${PROJECT}") { threadNumber } }`,
      ),
    ).desCommentThreads;

    const created = await createThread({
      entityId: PROJECT,
      text: 'Is C3 rated for 25 V?',
      commentContextType: 'AREA',
      area: { pos1: { x: 1_000_000, y: 0 }, pos2: { x: 2_000_000, y: 3_000_000 } },
      itemAsInternalObjectId: 'obj-42',
    });
    expect(created.errors).toEqual([]);
    const threadId = created.commentThreadId ?? '';
    let current = await thread(PROJECT, threadId);
    expect(current).toMatchObject({
      threadNumber: Math.max(0, ...before.map((t) => t.threadNumber)) + 1,
      createdBy: { userId: me },
      context: {
        documentId: 'pcb-1',
        objectId: 'obj-42',
        releaseId: null,
        area: { pos1: { x: 1_000_000, xMils: 100 }, pos2: { y: 3_000_000, yMils: 300 } },
      },
      comments: [{ commentId: created.commentId, text: 'Is C3 rated for 25 V?', createdBy: { userId: me } }],
    });

    const answered = await reply({ entityId: PROJECT, commentThreadId: threadId, text: 'Yes, 50 V part.' });
    expect(answered.errors).toEqual([]);
    expect(answered.commentId).not.toBe(created.commentId);
    expect(
      await update({
        entityId: PROJECT,
        commentThreadId: threadId,
        commentId: answered.commentId,
        text: 'Yes, 50 V.',
      }),
    ).toEqual({ errors: [] });
    current = await thread(PROJECT, threadId);
    expect(current?.comments.map((c) => c.text)).toEqual(['Is C3 rated for 25 V?', 'Yes, 50 V.']);

    expect(
      await remove({ entityId: PROJECT, commentThreadId: threadId, commentId: created.commentId }),
    ).toEqual({ errors: [] });
    current = await thread(PROJECT, threadId);
    expect(current?.comments.map((c) => c.commentId)).toEqual([answered.commentId]);

    expect(await removeThread({ entityId: PROJECT, commentThreadId: threadId })).toEqual({ errors: [] });
    expect(await thread(PROJECT, threadId)).toBeNull();
    const after = dataOf(
      await api.query<{ desCommentThreads: { threadNumber: number }[] }>(
        `{ desCommentThreads(projectId: "${PROJECT}") { threadNumber } }`,
      ),
    ).desCommentThreads;
    expect(after).toEqual(before);
  });

  it('accepts the projectId GUID as entityId and a release of the project', async () => {
    const project = dataOf(
      await api.query<{
        desProjectById: { projectId: string; design: { releases: { nodes: { id: string }[] } } };
      }>('{ desProjectById(id: "prj-acme-robotics-01") { projectId design { releases { nodes { id } } } } }'),
    ).desProjectById;
    const releaseId = project.design.releases.nodes[0]?.id;
    const created = await createThread({ entityId: project.projectId, text: 'Release note', releaseId });
    expect(created.errors).toEqual([]);
    expect((await thread('prj-acme-robotics-01', created.commentThreadId ?? ''))?.context.releaseId).toBe(
      releaseId,
    );
  });
});

describe('business errors come back in the payload', () => {
  it('for an unknown project, thread or comment', async () => {
    const noProject = await createThread({ entityId: 'prj-nope', text: 'x' });
    expect(noProject).toMatchObject({ commentThreadId: '', commentId: '' });
    expect(noProject.errors[0]?.message).toContain('prj-nope');
    const noThread = await reply({ entityId: PROJECT, commentThreadId: 'thread-nope', text: 'x' });
    expect(noThread.errors[0]?.message).toContain('thread-nope');
    const threadId = (await createThread({ entityId: PROJECT, text: 'mine' })).commentThreadId;
    const noComment = await update({
      entityId: PROJECT,
      commentThreadId: threadId,
      commentId: 'comment-nope',
      text: 'x',
    });
    expect(noComment.errors[0]?.message).toContain('comment-nope');
    expect((await removeThread({ entityId: PROJECT, commentThreadId: 'thread-nope' })).errors).toHaveLength(
      1,
    );
  });

  it("for someone else's comment or thread, leaving them unchanged", async () => {
    const seeded: { projectId: string; thread: Thread }[] = [];
    for (let n = 1; n <= 10; n += 1) {
      const projectId = `prj-acme-robotics-${String(n).padStart(2, '0')}`;
      const threads = dataOf(
        await api.query<{ desCommentThreads: Thread[] }>(
          `{ desCommentThreads(projectId: "${projectId}") { ${THREAD_FIELDS} } }`,
        ),
      ).desCommentThreads;
      seeded.push(...threads.map((thread) => ({ projectId, thread })));
    }
    const othersComment = seeded
      .flatMap(({ projectId, thread }) => thread.comments.map((comment) => ({ projectId, thread, comment })))
      .find(({ comment }) => comment.createdBy.userId !== me);
    const othersThread = seeded.find(({ thread }) => thread.createdBy.userId !== me);
    if (!othersComment || !othersThread)
      throw new Error('the demo data should hold comments by another user');

    const ref = {
      entityId: othersComment.projectId,
      commentThreadId: othersComment.thread.commentThreadId,
      commentId: othersComment.comment.commentId,
    };
    const edited = await update({ ...ref, text: 'hijacked' });
    expect(edited.errors[0]?.message).toMatch(/Only the author .* can edit it/);
    const deleted = await remove(ref);
    expect(deleted.errors[0]?.message).toMatch(/Only the author .* can delete it/);
    const unchanged = await thread(ref.entityId, ref.commentThreadId);
    expect(unchanged?.comments.find((c) => c.commentId === ref.commentId)?.text).toBe(
      othersComment.comment.text,
    );

    const threadRef = {
      entityId: othersThread.projectId,
      commentThreadId: othersThread.thread.commentThreadId,
    };
    const refused = await removeThread(threadRef);
    expect(refused.errors[0]?.message).toMatch(/Only the creator .* can delete it/);
    expect(await thread(threadRef.entityId, threadRef.commentThreadId)).not.toBeNull();
  });

  it('for empty text and a release of another project', async () => {
    expect((await createThread({ entityId: PROJECT, text: '   ' })).errors[0]?.message).toContain('empty');
    const otherRelease = dataOf(
      await api.query<{ desProjectById: { design: { releases: { nodes: { id: string }[] } } } }>(
        '{ desProjectById(id: "prj-acme-robotics-01") { design { releases { nodes { id } } } } }',
      ),
    ).desProjectById.design.releases.nodes[0]?.id;
    const wrongRelease = await createThread({
      entityId: 'prj-acme-robotics-03',
      text: 'x',
      releaseId: otherRelease,
    });
    expect(wrongRelease.errors[0]?.message).toContain('is not a release of project');
  });
});

describe('malformed input is a GraphQL error', () => {
  it('for an AREA comment without an area and an empty document id', async () => {
    for (const input of [
      { entityId: PROJECT, text: 'x', commentContextType: 'AREA' },
      { entityId: PROJECT, text: 'x', documentId: ' ' },
    ]) {
      const response = await api.query(
        'mutation($input: DesCreateCommentThreadInput!) { desCreateCommentThread(input: $input) { commentThreadId } }',
        { input: { documentId: 'pcb-1', documentType: 'PCB', commentContextType: 'NONE', ...input } },
      );
      expect(response.data).toBeNull();
      expect(response.errors?.[0]?.extensions?.code).toBe('INVALID_ARGUMENT');
    }
  });

  it('for input missing required fields', async () => {
    const response = await api.query(
      'mutation { desCreateComment(input: { entityId: "prj-acme-robotics-01", text: "x" }) { commentId } }',
    );
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.message).toContain('commentThreadId');
  });
});
