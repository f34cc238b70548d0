/** Projects of a workspace, a project by id, and a project's releases. */
import type { DesignContext, NodeOf } from './design-context.js';
import type { CallOptions } from './design-transport.js';
import { NexarDesignNotFoundError } from './errors.js';
import {
  type DesProjectFilterInput,
  ProjectByIdDocument,
  type ProjectByIdQuery,
  ProjectReleasesDocument,
  ProjectsDocument,
  type ProjectsQuery,
  type ReleaseFragment,
} from './generated/graphql.js';
import { type Paginated, type PaginateOptions, paginate, type WithErrors } from './paginate.js';

/** A project as `projects()` lists it (`design` only with `withDesign: true`). */
export type Project = NodeOf<NonNullable<ProjectsQuery['desProjects']>>;
/** A project with its parameters, variants and first page of releases (`design.releases`). */
export type ProjectDetails = NonNullable<ProjectByIdQuery['desProjectById']>;
/** A release of a project, with its variants. */
export type Release = ReleaseFragment;

export interface ProjectsOptions extends PaginateOptions, Pick<CallOptions, 'endpoint'> {
  /** A filter on the projects (e.g. `{ name: { contains: 'Motor' } }`). */
  where?: DesProjectFilterInput;
  /** Adds each project's variant names and release count (`design`). */
  withDesign?: boolean;
}

export function projects(
  context: DesignContext,
  workspaceUrl: string | undefined,
  options: ProjectsOptions = {},
): Paginated<Project> {
  const { transport } = context;
  return paginate(
    async ({ first, after, signal }) => {
      const variables = {
        workspaceUrl,
        first,
        after,
        where: options.where,
        withDesign: options.withDesign ?? false,
      };
      const { data, errors } = await transport.send(
        ProjectsDocument,
        variables,
        { kind: 'workspace', workspaceUrl },
        { signal, endpoint: options.endpoint, keep: (d) => d.desProjects != null },
      );
      for (const project of data.desProjects?.nodes ?? []) {
        transport.router.rememberProject([project.id, project.projectId], project.workspaceUrl);
      }
      return { connection: data.desProjects, errors };
    },
    options,
    context.pageSize,
  );
}

export async function project(
  context: DesignContext,
  id: string,
  options: CallOptions = {},
): Promise<WithErrors<ProjectDetails> | null> {
  const { transport } = context;
  const { data, errors } = await transport.send(
    ProjectByIdDocument,
    { id },
    { kind: 'project', projectId: id },
    { ...options, keep: (d) => d.desProjectById != null },
  );
  const found = data.desProjectById;
  if (!found) return null;
  transport.router.rememberProject([id, found.id, found.projectId], found.workspaceUrl);
  return errors.length > 0 ? { ...found, errors } : found;
}

export function releases(
  context: DesignContext,
  projectId: string,
  options: PaginateOptions & Pick<CallOptions, 'endpoint'> = {},
): Paginated<Release> {
  const { transport } = context;
  return paginate(
    async ({ first, after, signal }) => {
      const { data, errors } = await transport.send(
        ProjectReleasesDocument,
        { projectId, first, after },
        { kind: 'project', projectId },
        { signal, endpoint: options.endpoint, keep: (d) => d.desProjectById?.design.releases != null },
      );
      const found = data.desProjectById;
      if (!found) throw projectNotFound(projectId, 'ProjectReleases');
      transport.router.rememberProject([projectId, found.id], found.workspaceUrl);
      return { connection: found.design.releases, errors };
    },
    options,
    context.pageSize,
  );
}

export function projectNotFound(projectId: string, operationName: string): NexarDesignNotFoundError {
  return new NexarDesignNotFoundError(
    'project',
    projectId,
    `Project "${projectId}" was not found: pass a project id (DesProject.id) from projects() or the Altium 365 ` +
      'project page, for a workspace this user can open.',
    operationName,
  );
}
