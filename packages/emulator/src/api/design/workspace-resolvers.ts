/** desWorkspaceInfos and desWorkspaceLocations: answered by every region's endpoint. */
import type { Workspace } from '../../design-data/index.js';
import type { ResolverData } from '../resolver-data.js';
import type { ResolverMap } from './resolver-map.js';

export function workspaceResolvers(data: ResolverData): ResolverMap {
  return {
    Query: {
      desWorkspaceInfos: () => data.design.workspaces(),
      desWorkspaceLocations: () => data.design.locations(),
    },
    DesWorkspaceInfo: {
      location: (workspace: Workspace) => data.design.workspaceLocation(workspace),
    },
  };
}
