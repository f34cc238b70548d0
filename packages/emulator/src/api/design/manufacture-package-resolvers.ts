/**
 * Manufacture packages, deprecated on Nexar but still served: DesRelease.manufacturePackages (one per
 * released variant) and desManufacturePackages (every package of the workspaces this region serves).
 */
import { manufacturePackagesOf, type Release } from '../../design-data/index.js';
import type { ApiContext } from '../api-context.js';
import type { ResolverData } from '../resolver-data.js';
import { regionProblem } from './region-routing.js';
import type { ResolverMap } from './resolver-map.js';

export function manufacturePackageResolvers(data: ResolverData): ResolverMap {
  return {
    Query: {
      desManufacturePackages: (_: unknown, __: unknown, context: ApiContext) =>
        data.design
          .workspaces()
          .filter((workspace) => !regionProblem(data.design, context, workspace))
          .flatMap((workspace) => data.design.projects(workspace.url))
          .flatMap((project) =>
            project.design.releases.map((release) => manufacturePackagesOf(project, release)),
          )
          .flat(),
    },
    DesRelease: {
      manufacturePackages: (release: Release) => {
        const project = data.design.releaseById(release.id)?.project;
        return project ? manufacturePackagesOf(project, release) : [];
      },
    },
  };
}
