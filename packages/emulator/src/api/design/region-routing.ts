/**
 * Regional endpoints: each Altium 365 workspace lives in one region, and only
 * that region's API endpoint serves its data. Nexar answers a workspace query
 * sent to another region's endpoint with "Token validation failed"; the
 * emulator gives the same start, then names the workspace and the endpoint to
 * use (its location's apiServiceUrl) so the mistake is easy to fix.
 */
import type { GraphQLError } from 'graphql';
import type { DesignStore, Project, Workspace } from '../../design-data/index.js';
import type { ApiContext } from '../api-context.js';
import { ApiErrorCode, apiError } from '../api-errors.js';

/** The WRONG_REGION error for `workspace` asked at the endpoint of `region`. */
export function wrongRegionError(design: DesignStore, workspace: Workspace, region: string): GraphQLError {
  const location = design.workspaceLocation(workspace);
  return apiError(
    ApiErrorCode.wrongRegion,
    `Token validation failed: workspace "${workspace.name}" (${workspace.url}) is hosted in the ` +
      `${location.name} region, but this request reached the ${region} endpoint. Send this workspace's ` +
      `queries to ${location.apiServiceUrl} (its desWorkspaceInfos location.apiServiceUrl).`,
  );
}

/** The routing error for `workspace` at this endpoint, or undefined when this endpoint serves it. */
export function regionProblem(
  design: DesignStore,
  context: ApiContext,
  workspace: Workspace,
): GraphQLError | undefined {
  return workspace.locationName === context.region
    ? undefined
    : wrongRegionError(design, workspace, context.region);
}

/** Throws WRONG_REGION unless this endpoint serves `workspace`. */
export function assertServedHere(design: DesignStore, context: ApiContext, workspace: Workspace): void {
  const problem = regionProblem(design, context, workspace);
  if (problem) throw problem;
}

/** The routing error for a project's workspace (none for a project whose workspace is unknown). */
export function projectRegionProblem(
  design: DesignStore,
  context: ApiContext,
  project: Project,
): GraphQLError | undefined {
  const workspace = design.projectWorkspace(project);
  return workspace ? regionProblem(design, context, workspace) : undefined;
}
