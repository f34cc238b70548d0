/**
 * Lookups for root design fields that also enforce regional routing: a
 * workspace, project, release or component is only served by the endpoint of
 * its workspace's region.
 */
import type { Component, Project, Release, Workspace } from '../../design-data/index.js';
import type { ApiContext } from '../api-context.js';
import { ApiErrorCode, apiError } from '../api-errors.js';
import type { ResolverData } from '../resolver-data.js';
import { assertServedHere, projectRegionProblem } from './region-routing.js';

/** The workspace at `url` (the default workspace when omitted); NOT_FOUND or WRONG_REGION errors otherwise. */
export function servedWorkspace(data: ResolverData, context: ApiContext, url?: string | null): Workspace {
  const workspace = data.design.workspaceByUrl(url);
  if (!workspace) {
    throw apiError(
      ApiErrorCode.notFound,
      url == null
        ? 'There is no default workspace: pass a workspaceUrl from desWorkspaceInfos.'
        : `Workspace "${url}" was not found: desWorkspaceInfos lists the workspaces you can use.`,
    );
  }
  assertServedHere(data.design, context, workspace);
  return workspace;
}

/** A project by DesProject.id (or its projectId), or undefined; WRONG_REGION when another region serves it. */
export function servedProject(data: ResolverData, context: ApiContext, id: string): Project | undefined {
  const project = data.design.projectById(id);
  if (!project) return undefined;
  const problem = projectRegionProblem(data.design, context, project);
  if (problem) throw problem;
  return project;
}

/** Like servedProject, but an unknown project is a NOT_FOUND error. */
export function requiredProject(data: ResolverData, context: ApiContext, id: string): Project {
  const project = servedProject(data, context, id);
  if (!project) {
    throw apiError(
      ApiErrorCode.notFound,
      `Project "${id}" was not found: pass a DesProject.id from desProjects or desProjectById.`,
    );
  }
  return project;
}

/** A release by DesRelease.id (or its releaseId) with its project, routed by the project's workspace. */
export function servedRelease(
  data: ResolverData,
  context: ApiContext,
  id: string,
): { project: Project; release: Release } | undefined {
  const found = data.design.releaseById(id);
  if (!found) return undefined;
  servedProject(data, context, found.project.id);
  return found;
}

/** A component (library or BOM-only) by id, routed by the workspace that holds it. */
export function servedComponent(data: ResolverData, context: ApiContext, id: string): Component | undefined {
  const component = data.design.componentById(id);
  if (!component) return undefined;
  const workspace = data.design.workspaceByUrl(component.workspaceUrl);
  if (workspace) assertServedHere(data.design, context, workspace);
  return component;
}
