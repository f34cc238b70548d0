/** DesProject.revisions (a connection, newest first) and DesProject.latestRevision (the newest of them). */
import { type Project, vcsRevisionsOf } from '../../design-data/index.js';
import type { ResolverData } from '../resolver-data.js';
import { type ConnectionArgs, connectionFrom } from './connection.js';
import type { ResolverMap } from './resolver-map.js';

export function vcsResolvers(data: ResolverData): ResolverMap {
  const revisions = (project: Project) =>
    vcsRevisionsOf(project, data.design.projectWorkspace(project)?.users ?? data.design.users());
  return {
    DesProject: {
      revisions: (project: Project, args: ConnectionArgs) =>
        connectionFrom(revisions(project), args, 'DesVcsRevision'),
      latestRevision: (project: Project) => revisions(project)[0] ?? null,
    },
  };
}
