/**
 * Comment threads of a project, and the mutations that start, answer, edit and delete them. A mutation
 * whose payload reports `errors` rejects with `NexarDesignPayloadError`.
 */
import type { DesignContext } from './design-context.js';
import type { CallOptions } from './design-transport.js';
import { NexarDesignPayloadError } from './errors.js';
import {
  CommentThreadDocument,
  type CommentThreadFragment,
  CommentThreadsDocument,
  CreateCommentDocument,
  CreateCommentThreadDocument,
  DeleteCommentDocument,
  DeleteCommentThreadDocument,
  type DesCommentContextType,
  type DesCreateCommentThreadInput,
  UpdateCommentDocument,
} from './generated/graphql.js';

/** A comment thread with its comments, oldest first. */
export type CommentThread = CommentThreadFragment;

/** A new thread: where it is pinned and its first comment. */
export interface CreateCommentThreadInput
  extends Omit<DesCreateCommentThreadInput, 'entityId' | 'commentContextType'> {
  /** The project (`DesProject.id`). */
  projectId: string;
  /** What the thread is attached to; default `NONE` (`AREA` needs `area`). */
  commentContextType?: DesCommentContextType;
}

export interface CommentThreadRef {
  projectId: string;
  threadId: string;
}

export interface CommentRef extends CommentThreadRef {
  commentId: string;
}

export async function commentThreads(
  context: DesignContext,
  projectId: string,
  options: CallOptions = {},
): Promise<CommentThread[]> {
  const { data } = await context.transport.send(
    CommentThreadsDocument,
    { projectId },
    { kind: 'project', projectId },
    options,
  );
  return data.desCommentThreads;
}

export async function commentThread(
  context: DesignContext,
  { projectId, threadId }: CommentThreadRef,
  options: CallOptions = {},
): Promise<CommentThread | null> {
  const { data } = await context.transport.send(
    CommentThreadDocument,
    { projectId, threadId },
    { kind: 'project', projectId },
    options,
  );
  return data.desCommentThread;
}

export async function createCommentThread(
  context: DesignContext,
  { projectId, commentContextType = 'NONE', ...rest }: CreateCommentThreadInput,
  options: CallOptions = {},
): Promise<{ commentThreadId: string; commentId: string }> {
  const { data } = await context.transport.send(
    CreateCommentThreadDocument,
    { input: { ...rest, entityId: projectId, commentContextType } },
    { kind: 'project', projectId },
    options,
  );
  const { commentThreadId, commentId, errors } = data.desCreateCommentThread;
  refuseOnErrors('desCreateCommentThread', errors);
  return { commentThreadId, commentId };
}

export async function createComment(
  context: DesignContext,
  { projectId, threadId, text }: CommentThreadRef & { text: string },
  options: CallOptions = {},
): Promise<{ commentId: string }> {
  const { data } = await context.transport.send(
    CreateCommentDocument,
    { input: { entityId: projectId, commentThreadId: threadId, text } },
    { kind: 'project', projectId },
    options,
  );
  refuseOnErrors('desCreateComment', data.desCreateComment.errors);
  return { commentId: data.desCreateComment.commentId };
}

export async function updateComment(
  context: DesignContext,
  { projectId, threadId, commentId, text }: CommentRef & { text: string },
  options: CallOptions = {},
): Promise<void> {
  const { data } = await context.transport.send(
    UpdateCommentDocument,
    { input: { entityId: projectId, commentThreadId: threadId, commentId, text } },
    { kind: 'project', projectId },
    options,
  );
  refuseOnErrors('desUpdateComment', data.desUpdateComment.errors);
}

export async function deleteComment(
  context: DesignContext,
  { projectId, threadId, commentId }: CommentRef,
  options: CallOptions = {},
): Promise<void> {
  const { data } = await context.transport.send(
    DeleteCommentDocument,
    { input: { entityId: projectId, commentThreadId: threadId, commentId } },
    { kind: 'project', projectId },
    options,
  );
  refuseOnErrors('desDeleteComment', data.desDeleteComment.errors);
}

export async function deleteCommentThread(
  context: DesignContext,
  { projectId, threadId }: CommentThreadRef,
  options: CallOptions = {},
): Promise<void> {
  const { data } = await context.transport.send(
    DeleteCommentThreadDocument,
    { input: { entityId: projectId, commentThreadId: threadId } },
    { kind: 'project', projectId },
    options,
  );
  refuseOnErrors('desDeleteCommentThread', data.desDeleteCommentThread.errors);
}

function refuseOnErrors(operation: string, errors: readonly { message: string }[]): void {
  if (errors.length > 0) throw new NexarDesignPayloadError(operation, errors);
}
