/**
 * The mutable part of the design data: comment threads on projects, with the
 * create/update/delete operations the API's comment mutations expose. Results
 * mirror the mutation payloads: problems come back in `errors`, never thrown.
 * Ids are deterministic counters (`thread-N`, `comment-N`) continuing after
 * the highest id already present; time comes from the injectable `now`.
 */
import { position } from './design-ids.js';
import type { Comment, CommentThread, DesignUser } from './design-types.js';

export interface PayloadError {
  message: string;
}

export interface CommentStoreOptions {
  /** People who may comment (the calling user's id is one of their `userId`s). */
  users: readonly DesignUser[];
  /** Known DesProject ids; when given, other entity ids are refused. */
  projectIds?: Iterable<string>;
  now?: () => Date;
}

export interface CreateThreadInput {
  entityId: string;
  documentId: string;
  text: string;
  releaseId?: string | null;
  itemAsInternalObjectId?: string | null;
  /** DesRectangleInput in Altium internal units. */
  area?: { pos1: { x: number; y: number }; pos2: { x: number; y: number } } | null;
}

export interface ThreadRef {
  entityId: string;
  commentThreadId: string;
}

export interface CommentRef extends ThreadRef {
  commentId: string;
}

function highest(ids: Iterable<string>, prefix: string): number {
  let max = 0;
  for (const id of ids) {
    const match = id.startsWith(prefix) ? /^\d+$/.exec(id.slice(prefix.length)) : null;
    if (match) max = Math.max(max, Number(match[0]));
  }
  return max;
}

export class CommentStore {
  readonly #byEntity = new Map<string, CommentThread[]>();
  readonly #users: Map<string, DesignUser>;
  readonly #projects: Set<string> | undefined;
  readonly #now: () => Date;
  #nextThread: number;
  #nextComment: number;

  constructor(threads: readonly CommentThread[], options: CommentStoreOptions) {
    this.#users = new Map(options.users.map((u) => [u.userId, u]));
    this.#projects = options.projectIds ? new Set(options.projectIds) : undefined;
    this.#now = options.now ?? (() => new Date());
    for (const thread of threads) this.#list(thread.entityId).push(thread);
    this.#nextThread = highest(
      threads.map((t) => t.commentThreadId),
      'thread-',
    );
    this.#nextComment = highest(
      threads.flatMap((t) => t.comments.map((c) => c.commentId)),
      'comment-',
    );
  }

  #list(entityId: string): CommentThread[] {
    let list = this.#byEntity.get(entityId);
    if (list === undefined) {
      list = [];
      this.#byEntity.set(entityId, list);
    }
    return list;
  }

  /** Threads of a project, oldest first. */
  threads(entityId: string): readonly CommentThread[] {
    return [...(this.#byEntity.get(entityId) ?? [])];
  }

  thread(entityId: string, commentThreadId: string): CommentThread | undefined {
    return this.#byEntity.get(entityId)?.find((t) => t.commentThreadId === commentThreadId);
  }

  /** Every thread of every project (for serialising). */
  all(): CommentThread[] {
    return [...this.#byEntity.values()].flat();
  }

  #check(entityId: string, userId: string): { user?: DesignUser; errors: PayloadError[] } {
    const user = this.#users.get(userId);
    if (user === undefined)
      return { errors: [{ message: `User "${userId}" is not a member of this workspace.` }] };
    if (this.#projects && !this.#projects.has(entityId)) {
      return { errors: [{ message: `Project "${entityId}" was not found.` }] };
    }
    return { user, errors: [] };
  }

  #find(ref: ThreadRef): CommentThread | PayloadError {
    const thread = this.thread(ref.entityId, ref.commentThreadId);
    return (
      thread ?? {
        message: `Comment thread "${ref.commentThreadId}" was not found in project "${ref.entityId}".`,
      }
    );
  }

  #comment(user: DesignUser, text: string, at: string): Comment {
    return {
      commentId: `comment-${++this.#nextComment}`,
      text,
      createdAt: at,
      modifiedAt: at,
      createdBy: user,
      modifiedBy: user,
      mentions: [],
    };
  }

  createThread(
    input: CreateThreadInput,
    userId: string,
  ): { commentThreadId: string; commentId: string; errors: PayloadError[] } {
    const { user, errors } = this.#check(input.entityId, userId);
    if (!user) return { commentThreadId: '', commentId: '', errors };
    if (input.text.trim() === '')
      return { commentThreadId: '', commentId: '', errors: [{ message: 'Comment text must not be empty.' }] };
    const at = this.#now().toISOString();
    const list = this.#list(input.entityId);
    const comment = this.#comment(user, input.text, at);
    const area = input.area ?? { pos1: { x: 0, y: 0 }, pos2: { x: 0, y: 0 } };
    const thread: CommentThread = {
      entityId: input.entityId,
      commentThreadId: `thread-${++this.#nextThread}`,
      threadNumber: list.reduce((max, t) => Math.max(max, t.threadNumber), 0) + 1,
      status: 0,
      createdAt: at,
      modifiedAt: at,
      createdBy: user,
      modifiedBy: user,
      assignedTo: null,
      originalStateScreenshotUrl: null,
      context: {
        documentId: input.documentId,
        objectId: input.itemAsInternalObjectId ?? null,
        area: {
          pos1: position(area.pos1.x / 10_000, area.pos1.y / 10_000),
          pos2: position(area.pos2.x / 10_000, area.pos2.y / 10_000),
        },
        releaseId: input.releaseId ?? null,
      },
      comments: [comment],
    };
    list.push(thread);
    return { commentThreadId: thread.commentThreadId, commentId: comment.commentId, errors: [] };
  }

  deleteThread(ref: ThreadRef, userId: string): { errors: PayloadError[] } {
    const { user, errors } = this.#check(ref.entityId, userId);
    if (!user) return { errors };
    const thread = this.#find(ref);
    if ('message' in thread) return { errors: [thread] };
    if (thread.createdBy.userId !== user.userId) {
      return {
        errors: [{ message: `Only the creator of comment thread "${ref.commentThreadId}" can delete it.` }],
      };
    }
    const list = this.#list(ref.entityId);
    list.splice(list.indexOf(thread), 1);
    return { errors: [] };
  }

  createComment(
    ref: ThreadRef & { text: string },
    userId: string,
  ): { commentId: string; errors: PayloadError[] } {
    const { user, errors } = this.#check(ref.entityId, userId);
    if (!user) return { commentId: '', errors };
    const thread = this.#find(ref);
    if ('message' in thread) return { commentId: '', errors: [thread] };
    if (ref.text.trim() === '')
      return { commentId: '', errors: [{ message: 'Comment text must not be empty.' }] };
    const at = this.#now().toISOString();
    const comment = this.#comment(user, ref.text, at);
    thread.comments.push(comment);
    thread.modifiedAt = at;
    thread.modifiedBy = user;
    return { commentId: comment.commentId, errors: [] };
  }

  #authored(
    ref: CommentRef,
    userId: string,
    verb: string,
  ): { thread: CommentThread; comment: Comment } | { errors: PayloadError[] } {
    const { user, errors } = this.#check(ref.entityId, userId);
    if (!user) return { errors };
    const thread = this.#find(ref);
    if ('message' in thread) return { errors: [thread] };
    const comment = thread.comments.find((c) => c.commentId === ref.commentId);
    if (!comment) {
      return {
        errors: [{ message: `Comment "${ref.commentId}" was not found in thread "${ref.commentThreadId}".` }],
      };
    }
    if (comment.createdBy.userId !== user.userId) {
      return { errors: [{ message: `Only the author of comment "${ref.commentId}" can ${verb} it.` }] };
    }
    return { thread, comment };
  }

  updateComment(ref: CommentRef & { text: string }, userId: string): { errors: PayloadError[] } {
    if (ref.text.trim() === '') return { errors: [{ message: 'Comment text must not be empty.' }] };
    const found = this.#authored(ref, userId, 'edit');
    if ('errors' in found) return found;
    const at = this.#now().toISOString();
    found.comment.text = ref.text;
    found.comment.modifiedAt = at;
    found.thread.modifiedAt = at;
    found.thread.modifiedBy = found.comment.createdBy;
    return { errors: [] };
  }

  /** Deleting the last comment of a thread deletes the thread too. */
  deleteComment(ref: CommentRef, userId: string): { errors: PayloadError[] } {
    const found = this.#authored(ref, userId, 'delete');
    if ('errors' in found) return found;
    const { thread, comment } = found;
    thread.comments.splice(thread.comments.indexOf(comment), 1);
    if (thread.comments.length === 0) {
      const list = this.#list(ref.entityId);
      list.splice(list.indexOf(thread), 1);
    } else {
      thread.modifiedAt = this.#now().toISOString();
      thread.modifiedBy = comment.createdBy;
    }
    return { errors: [] };
  }
}
