/** Comment mutations round trip against the emulator, as the signed-in demo user (Dana). */
import { NexarGraphQLError } from '@nexar/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DesignClient, NexarDesignPayloadError } from '../src/index.js';
import { type DesignHarness, startDesignHarness } from './design-harness.js';

let harness: DesignHarness;
let design: DesignClient;
const projectId = 'prj-acme-robotics-04';

beforeAll(async () => {
  harness = await startDesignHarness();
  design = harness.client();
});
afterAll(() => harness?.close());

describe('comment mutations', () => {
  it('start a thread, reply, edit, delete the reply, delete the thread', async () => {
    const before = await design.commentThreads(projectId);
    const { commentThreadId, commentId } = await design.createCommentThread({
      projectId,
      documentId: 'doc-sch-1',
      documentName: 'Power.SchDoc',
      documentType: 'SCHEMATIC',
      text: 'Is C12 rated for 25 V?',
      commentContextType: 'AREA',
      area: { pos1: { x: 1_000_000, y: 2_000_000 }, pos2: { x: 3_000_000, y: 4_000_000 } },
    });
    const threadRef = { projectId, threadId: commentThreadId };

    let thread = await design.commentThread(threadRef);
    expect(thread?.comments.map((c) => [c.commentId, c.text, c.createdBy.email])).toEqual([
      [commentId, 'Is C12 rated for 25 V?', 'dana@example.com'],
    ]);
    expect(thread?.context).toMatchObject({
      documentId: 'doc-sch-1',
      area: { pos1: { xMils: 100, yMils: 200 } },
    });
    expect((await design.commentThreads(projectId)).map((t) => t.commentThreadId)).toEqual([
      ...before.map((t) => t.commentThreadId),
      commentThreadId,
    ]);

    const reply = await design.createComment({ ...threadRef, text: 'It is a 16 V part; changing it.' });
    await design.updateComment({ ...threadRef, commentId: reply.commentId, text: 'Changed to a 50 V part.' });
    thread = await design.commentThread(threadRef);
    expect(thread?.comments.map((c) => c.text)).toEqual([
      'Is C12 rated for 25 V?',
      'Changed to a 50 V part.',
    ]);

    await design.deleteComment({ ...threadRef, commentId: reply.commentId });
    thread = await design.commentThread(threadRef);
    expect(thread?.comments.map((c) => c.commentId)).toEqual([commentId]);

    await design.deleteCommentThread(threadRef);
    expect(await design.commentThread(threadRef)).toBeNull();
    expect(await design.commentThreads(projectId)).toEqual(before);
  });

  it('reject with NexarDesignPayloadError when the payload reports errors', async () => {
    const [seeded] = await design.commentThreads('prj-acme-robotics-01');
    const othersComment = seeded?.comments.find((c) => c.createdBy.email !== 'dana@example.com');
    const dana = seeded?.comments.find((c) => c.createdBy.email === 'dana@example.com');
    const ref = { projectId: 'prj-acme-robotics-01', threadId: seeded?.commentThreadId ?? '' };
    const target = othersComment ?? dana;
    expect(target).toBeDefined();

    const missing = await design
      .createComment({ ...ref, threadId: 'thread-404', text: 'Hello?' })
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(NexarDesignPayloadError);
    expect(missing).toMatchObject({ operationName: 'desCreateComment' });
    expect((missing as NexarDesignPayloadError).errors[0]?.message).toContain('thread-404');

    const empty = await design.createComment({ ...ref, text: '   ' }).catch((e: unknown) => e);
    expect((empty as NexarDesignPayloadError).message).toMatch(/must not be empty/);

    if (othersComment) {
      const notMine = await design
        .updateComment({ ...ref, commentId: othersComment.commentId, text: 'Edited by someone else' })
        .catch((e: unknown) => e);
      expect(notMine).toBeInstanceOf(NexarDesignPayloadError);
      expect((notMine as Error).message).toMatch(/Only the author/);
    }
    // Nothing changed.
    const [after] = await design.commentThreads('prj-acme-robotics-01');
    expect(after).toEqual(seeded);
  });

  it('pass malformed input on as the GraphQL error it is', async () => {
    const error = await design
      .createCommentThread({
        projectId,
        documentId: 'doc',
        documentType: 'PCB',
        text: 'x',
        commentContextType: 'AREA',
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NexarGraphQLError);
    expect((error as NexarGraphQLError).code).toBe('INVALID_ARGUMENT');
  });
});
