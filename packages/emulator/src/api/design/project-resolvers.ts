/** desProjects, desProjectById, desProjectsByIds and the DesProject fields that take arguments. */
import type { Project } from '../../design-data/index.js';
import type { ApiContext } from '../api-context.js';
import type { ResolverData } from '../resolver-data.js';
import { type ConnectionArgs, connectionFrom } from './connection.js';
import type { DesignSource } from './design-source.js';
import { projectRegionProblem } from './region-routing.js';
import type { ResolverMap } from './resolver-map.js';
import { servedProject, servedWorkspace } from './served-data.js';
import {
  dateTimeField,
  enumField,
  type FieldFilter,
  type FilterInput,
  filterWhere,
  stringField,
} from './where-filter.js';

const PROJECT_FILTERS: Readonly<Record<string, FieldFilter<Project>>> = {
  url: stringField((p) => p.url),
  workspaceUrl: stringField((p) => p.workspaceUrl),
  projectId: stringField((p) => p.projectId),
  name: stringField((p) => p.name),
  description: stringField((p) => p.description),
  projectType: enumField((p) => p.projectType),
  createdAt: dateTimeField((p) => p.createdAt),
  updatedAt: dateTimeField((p) => p.updatedAt),
};

interface ProjectsArgs extends ConnectionArgs {
  workspaceUrl?: string | null;
  where?: FilterInput | null;
}

export function projectResolvers(data: ResolverData): ResolverMap {
  return {
    Query: {
      desProjects: (_: unknown, args: ProjectsArgs, context: ApiContext) => {
        const workspace = servedWorkspace(data, context, args.workspaceUrl);
        const projects = filterWhere(data.design.projects(workspace.url), args.where, PROJECT_FILTERS);
        return connectionFrom(projects, args, 'DesProject');
      },
      desProjectById: (_: unknown, args: { id: string }, context: ApiContext) =>
        servedProject(data, context, args.id) ?? null,
      // One answer per id, in order: null for an unknown id, a located error for a project of another region.
      desProjectsByIds: (_: unknown, args: { ids: string[] }, context: ApiContext) =>
        args.ids.map((id) => {
          const project = data.design.projectById(id);
          if (!project) return null;
          return projectRegionProblem(data.design, context, project) ?? project;
        }),
    },
    DesProject: {
      parameters: (project: Project, args: { names?: string[] | null }) =>
        args.names ? project.parameters.filter((p) => args.names?.includes(p.name)) : project.parameters,
      previewUrl: (project: Project, args: { isDirectLink: boolean }) =>
        args.isDirectLink ? project.previewUrl : `${project.url}/preview`,
      variantCount: (project: Project) => project.design.variants.length,
      design: (project: Project): DesignSource => ({ project }),
    },
  };
}
