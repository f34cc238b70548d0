/** Workspaces and their regions. */
import type { DesignContext } from './design-context.js';
import type { CallOptions } from './design-transport.js';
import {
  type WorkspaceFragment,
  type WorkspaceLocationFragment,
  WorkspaceLocationsDocument,
  WorkspacesDocument,
} from './generated/graphql.js';
import { NO_ROUTE } from './region-router.js';

/** A workspace the user can open, with the region (`location`) whose endpoint serves its data. */
export type Workspace = WorkspaceFragment;
/** A region and its endpoints. */
export type WorkspaceLocation = WorkspaceLocationFragment;

export async function workspaces(context: DesignContext, options: CallOptions = {}): Promise<Workspace[]> {
  const { data } = await context.transport.send(WorkspacesDocument, {}, NO_ROUTE, options);
  // The same answer the regional routing needs: it will not look the locations up again.
  context.transport.router.rememberWorkspaces(data.desWorkspaceInfos);
  return data.desWorkspaceInfos;
}

export async function workspaceLocations(
  context: DesignContext,
  options: CallOptions = {},
): Promise<WorkspaceLocation[]> {
  const { data } = await context.transport.send(WorkspaceLocationsDocument, {}, NO_ROUTE, options);
  return data.desWorkspaceLocations;
}
