/** Workspace members and the signed-in user. */
import type { DesignContext } from './design-context.js';
import type { CallOptions } from './design-transport.js';
import {
  CurrentUserDocument,
  type UserFragment,
  WorkspaceUsersDocument,
  type WorkspaceUsersQuery,
} from './generated/graphql.js';
import { NO_ROUTE } from './region-router.js';

/** An Altium 365 user. */
export type DesignUser = UserFragment;
/** A workspace's members (each with their groups) and its groups. */
export type WorkspaceTeam = WorkspaceUsersQuery['desTeam'];

export async function workspaceUsers(
  context: DesignContext,
  workspaceUrl: string | undefined,
  options: CallOptions = {},
): Promise<WorkspaceTeam> {
  const { data } = await context.transport.send(
    WorkspaceUsersDocument,
    { workspaceUrl },
    { kind: 'workspace', workspaceUrl },
    options,
  );
  return data.desTeam;
}

export async function currentUser(context: DesignContext, options: CallOptions = {}): Promise<DesignUser> {
  const { data } = await context.transport.send(CurrentUserDocument, {}, NO_ROUTE, options);
  return data.desUserByAuth;
}
