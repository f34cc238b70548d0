/** desCommentThreads and desCommentThread: a project's comment threads, oldest first. */
import type { ApiContext } from '../api-context.js';
import type { ResolverData } from '../resolver-data.js';
import type { ResolverMap } from './resolver-map.js';
import { requiredProject } from './served-data.js';

export function commentResolvers(data: ResolverData): ResolverMap {
  return {
    Query: {
      desCommentThreads: (_: unknown, args: { projectId: string }, context: ApiContext) =>
        data.design.comments.threads(requiredProject(data, context, args.projectId).id),
      desCommentThread: (_: unknown, args: { projectId: string; threadId: string }, context: ApiContext) =>
        data.design.comments.thread(requiredProject(data, context, args.projectId).id, args.threadId) ?? null,
    },
  };
}
