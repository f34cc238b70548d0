import { describe, expect, it } from 'vitest';
import { CommentStore } from './comment-store.js';
import { designUsersFrom } from './design-users.js';

const users = designUsersFrom([
  { id: 'u-ann', email: 'ann@example.com', name: 'Ann Able' },
  { id: 'u-bob', email: 'bob@example.com', name: 'Bob Baker' },
]);

function store(start = Date.UTC(2026, 0, 1)) {
  let minutes = 0;
  // Each call is one minute later than the previous one.
  const now = () => {
    minutes += 1;
    return new Date(start + minutes * 60_000);
  };
  return new CommentStore([], { users, projectIds: ['prj-1', 'prj-2'], now });
}

const input = { entityId: 'prj-1', documentId: 'doc-1', text: 'Check R7' };

describe('CommentStore', () => {
  it('creates threads with a first comment, numbered per project, with deterministic ids and times', () => {
    const s = store();
    const first = s.createThread(
      {
        ...input,
        area: { pos1: { x: 10_000, y: 20_000 }, pos2: { x: 30_000, y: 40_000 } },
        releaseId: 'rel-1',
      },
      'u-ann',
    );
    expect(first).toEqual({ commentThreadId: 'thread-1', commentId: 'comment-1', errors: [] });
    const second = s.createThread({ ...input, text: 'And C3' }, 'u-bob');
    expect(second.commentThreadId).toBe('thread-2');
    const other = s.createThread({ ...input, entityId: 'prj-2' }, 'u-bob');
    expect(other.commentThreadId).toBe('thread-3');
    const threads = s.threads('prj-1');
    expect(threads.map((t) => t.threadNumber)).toEqual([1, 2]);
    expect(s.threads('prj-2')[0]?.threadNumber).toBe(1);
    const thread = s.thread('prj-1', 'thread-1');
    expect(thread?.createdBy.userId).toBe('u-ann');
    expect(thread?.createdAt).toBe('2026-01-01T00:01:00.000Z');
    expect(thread?.context.area.pos1).toMatchObject({ x: 10_000, y: 20_000, xMils: 1, yMils: 2 });
    expect(thread?.context.releaseId).toBe('rel-1');
    expect(thread?.comments.map((c) => c.text)).toEqual(['Check R7']);
  });

  it('adds, edits and deletes comments, updating thread modification data', () => {
    const s = store();
    s.createThread(input, 'u-ann');
    const reply = s.createComment({ entityId: 'prj-1', commentThreadId: 'thread-1', text: 'Fixed' }, 'u-bob');
    expect(reply).toEqual({ commentId: 'comment-2', errors: [] });
    let thread = s.thread('prj-1', 'thread-1');
    expect(thread?.modifiedBy.userId).toBe('u-bob');
    expect(thread?.modifiedAt).toBe('2026-01-01T00:02:00.000Z');
    const ref = { entityId: 'prj-1', commentThreadId: 'thread-1', commentId: 'comment-2' };
    expect(s.updateComment({ ...ref, text: 'Fixed in rev B' }, 'u-bob')).toEqual({ errors: [] });
    thread = s.thread('prj-1', 'thread-1');
    expect(thread?.comments[1]?.text).toBe('Fixed in rev B');
    expect(thread?.comments[1]?.modifiedAt).toBe('2026-01-01T00:03:00.000Z');
    expect(thread?.comments[1]?.createdAt).toBe('2026-01-01T00:02:00.000Z');
    expect(s.deleteComment(ref, 'u-bob')).toEqual({ errors: [] });
    expect(s.thread('prj-1', 'thread-1')?.comments.map((c) => c.commentId)).toEqual(['comment-1']);
  });

  it('removes a thread with its last comment, or on request by its creator', () => {
    const s = store();
    s.createThread(input, 'u-ann');
    s.createThread(input, 'u-ann');
    expect(
      s.deleteComment({ entityId: 'prj-1', commentThreadId: 'thread-1', commentId: 'comment-1' }, 'u-ann')
        .errors,
    ).toEqual([]);
    expect(s.thread('prj-1', 'thread-1')).toBeUndefined();
    expect(
      s.deleteThread({ entityId: 'prj-1', commentThreadId: 'thread-2' }, 'u-bob').errors[0]?.message,
    ).toMatch(/Only the creator/);
    expect(s.deleteThread({ entityId: 'prj-1', commentThreadId: 'thread-2' }, 'u-ann')).toEqual({
      errors: [],
    });
    expect(s.threads('prj-1')).toEqual([]);
  });

  it('reports problems in errors instead of throwing', () => {
    const s = store();
    s.createThread(input, 'u-ann');
    const ref = { entityId: 'prj-1', commentThreadId: 'thread-1', commentId: 'comment-1' };
    expect(s.createThread({ ...input, entityId: 'prj-9' }, 'u-ann').errors[0]?.message).toBe(
      'Project "prj-9" was not found.',
    );
    expect(s.createThread(input, 'u-eve').errors[0]?.message).toMatch(/User "u-eve" is not a member/);
    expect(s.createThread({ ...input, text: '  ' }, 'u-ann').errors[0]?.message).toBe(
      'Comment text must not be empty.',
    );
    expect(
      s.createComment({ ...ref, commentThreadId: 'thread-9', text: 'x' }, 'u-ann').errors[0]?.message,
    ).toBe('Comment thread "thread-9" was not found in project "prj-1".');
    expect(s.updateComment({ ...ref, text: 'mine now' }, 'u-bob').errors[0]?.message).toBe(
      'Only the author of comment "comment-1" can edit it.',
    );
    expect(s.deleteComment({ ...ref, commentId: 'comment-7' }, 'u-ann').errors[0]?.message).toBe(
      'Comment "comment-7" was not found in thread "thread-1".',
    );
    expect(s.updateComment({ ...ref, text: '' }, 'u-ann').errors).toHaveLength(1);
    expect(s.thread('prj-1', 'thread-1')?.comments[0]?.text).toBe('Check R7');
  });

  it('continues numbering after the ids already present', () => {
    const seeded = store();
    seeded.createThread(input, 'u-ann');
    seeded.createComment({ entityId: 'prj-1', commentThreadId: 'thread-1', text: 'two' }, 'u-ann');
    const next = new CommentStore(seeded.all(), { users });
    expect(next.createThread({ ...input, entityId: 'anything' }, 'u-bob')).toMatchObject({
      commentThreadId: 'thread-2',
      commentId: 'comment-3',
    });
  });
});
