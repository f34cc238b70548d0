/** desTeam, desUsers and desUserByAuth, and DesUser.pictureUrl sizes. */
import type { DesignUser } from '../../design-data/index.js';
import type { ApiContext } from '../api-context.js';
import { ApiErrorCode, apiError } from '../api-errors.js';
import type { ResolverData } from '../resolver-data.js';
import type { ResolverMap } from './resolver-map.js';
import { servedWorkspace } from './served-data.js';

/** DesUserPictureSize values and the size query the picture URL gets (none for the original). */
const PICTURE_SIZES: Readonly<Record<string, string>> = {
  SIZE48X48: '48x48',
  SIZE70X70: '70x70',
  SIZE128X128: '128x128',
};

export function userResolvers(data: ResolverData): ResolverMap {
  return {
    Query: {
      desTeam: (_: unknown, args: { workspaceUrl?: string | null }, context: ApiContext) => {
        const workspace = servedWorkspace(data, context, args.workspaceUrl);
        return { users: workspace.users, groups: workspace.groups };
      },
      // One answer per id, in order; null for someone who is not a member of the workspace.
      desUsers: (_: unknown, args: { workspaceUrl?: string | null; ids: string[] }, context: ApiContext) => {
        const workspace = servedWorkspace(data, context, args.workspaceUrl);
        return args.ids.map((id) => workspace.users.find((user) => user.userId === id) ?? null);
      },
      desUserByAuth: (_: unknown, _args: unknown, context: ApiContext) => {
        const { userId } = context.auth;
        if (!userId) {
          throw apiError(
            ApiErrorCode.notAuthorized,
            "desUserByAuth needs a signed-in user's token (authorization code flow); this token was issued " +
              'to an application without a user.',
          );
        }
        const user = data.design.userById(userId);
        if (!user) {
          throw apiError(
            ApiErrorCode.notFound,
            `User "${userId}" has no Altium 365 profile in this emulator.`,
          );
        }
        return user;
      },
    },
    DesUser: {
      pictureUrl: (user: DesignUser, args: { size?: string | null }) => {
        const size = args.size ? PICTURE_SIZES[args.size] : undefined;
        return size ? `${user.pictureUrl}?size=${size}` : user.pictureUrl;
      },
    },
  };
}
