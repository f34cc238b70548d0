/**
 * The comment mutations. They act as the token's user; business problems (an
 * unknown project, thread or comment, someone else's comment, empty text) come
 * back in the payload's `errors`, as on Nexar. GraphQL errors are kept for
 * malformed input, tokens without a user, and projects of another region.
 */
import type { CreateThreadInput } from '../../design-data/index.js';
import type { ApiContext } from '../api-context.js';
import { ApiErrorCode, apiError, invalidArgument } from '../api-errors.js';
import type { ResolverData } from '../resolver-data.js';
import type { ResolverMap } from './resolver-map.js';
import { servedProject } from './served-data.js';

interface Position2DInput {
  x: number;
  y: number;
}

interface CreateThreadArgs {
  entityId: string;
  documentId: string;
  documentName?: string | null;
  documentType: string;
  text: string;
  commentContextType: string;
  itemAsDesignItemSchUniqueId?: string | null;
  itemAsDesignItemPcbUniqueId?: string | null;
  itemAsInternalObjectId?: string | null;
  area?: { pos1: Position2DInput; pos2: Position2DInput } | null;
  releaseId?: string | null;
}

interface ThreadArgs {
  entityId: string;
  commentThreadId: string;
}

interface CommentArgs extends ThreadArgs {
  commentId: string;
}

/** The acting user's id; client-credentials tokens carry none. */
function actingUserId(context: ApiContext, mutation: string): string {
  const { userId } = context.auth;
  if (!userId) {
    throw apiError(
      ApiErrorCode.notAuthorized,
      `${mutation} acts as a signed-in user, and this token has none (it was issued to an application by ` +
        'client credentials). Use a token from the authorization code flow.',
    );
  }
  return userId;
}

export function commentMutations(data: ResolverData): ResolverMap {
  const { comments } = data.design;

  /** The entity id the store knows (DesProject.id for a project given by projectId); routes the project. */
  const entity = (context: ApiContext, entityId: string): string =>
    servedProject(data, context, entityId)?.id ?? entityId;

  return {
    Mutation: {
      desCreateCommentThread: (_: unknown, { input }: { input: CreateThreadArgs }, context: ApiContext) => {
        const userId = actingUserId(context, 'desCreateCommentThread');
        if (input.documentId.trim() === '') throw invalidArgument('input.documentId must not be empty.');
        if (input.commentContextType === 'AREA' && !input.area) {
          throw invalidArgument('input.area is required when commentContextType is AREA.');
        }
        const entityId = entity(context, input.entityId);
        if (input.releaseId != null) {
          const release = data.design.releaseById(input.releaseId);
          if (!release || release.project.id !== entityId) {
            const message = `Release "${input.releaseId}" is not a release of project "${input.entityId}".`;
            return { commentThreadId: '', commentId: '', errors: [{ message }] };
          }
        }
        const thread: CreateThreadInput = {
          entityId,
          documentId: input.documentId,
          text: input.text,
          releaseId: input.releaseId ?? null,
          itemAsInternalObjectId: input.itemAsInternalObjectId ?? null,
          area: input.area ?? null,
        };
        return comments.createThread(thread, userId);
      },
      desDeleteCommentThread: (_: unknown, { input }: { input: ThreadArgs }, context: ApiContext) => {
        const userId = actingUserId(context, 'desDeleteCommentThread');
        return comments.deleteThread(
          { entityId: entity(context, input.entityId), commentThreadId: input.commentThreadId },
          userId,
        );
      },
      desCreateComment: (
        _: unknown,
        { input }: { input: ThreadArgs & { text: string } },
        context: ApiContext,
      ) => {
        const userId = actingUserId(context, 'desCreateComment');
        return comments.createComment({ ...input, entityId: entity(context, input.entityId) }, userId);
      },
      desUpdateComment: (
        _: unknown,
        { input }: { input: CommentArgs & { text: string } },
        context: ApiContext,
      ) => {
        const userId = actingUserId(context, 'desUpdateComment');
        return comments.updateComment({ ...input, entityId: entity(context, input.entityId) }, userId);
      },
      desDeleteComment: (_: unknown, { input }: { input: CommentArgs }, context: ApiContext) => {
        const userId = actingUserId(context, 'desDeleteComment');
        return comments.deleteComment({ ...input, entityId: entity(context, input.entityId) }, userId);
      },
    },
  };
}
