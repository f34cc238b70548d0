/**
 * Deprecated fields the real API still serves, answered from the same data as their replacements:
 * desWorkspaces / desWorkspaceById / desWorkspaceByUrl list what desWorkspaceInfos lists (as
 * DesWorkspace, whose `id` is the info's `workspaceId`); DesDesign.workInProgress holds the same
 * variants as DesDesign.variants; DesBom.bomItems is every line of DesBom.items.
 */
import type { Bom, Workspace } from '../../design-data/index.js';
import type { ResolverData } from '../resolver-data.js';
import type { DesignSource } from './design-source.js';
import type { ResolverMap } from './resolver-map.js';
import { variantResolvers } from './variant-resolvers.js';

type WorkspaceSource = Workspace & { id: string };

export function deprecatedAliasResolvers(data: ResolverData): ResolverMap {
  const asWorkspace = (workspace: Workspace): WorkspaceSource => ({
    ...workspace,
    id: workspace.workspaceId,
  });
  const find = (match: (workspace: Workspace) => boolean): WorkspaceSource | null => {
    const found = data.design.workspaces().find(match);
    return found ? asWorkspace(found) : null;
  };
  const designVariants = variantResolvers(data).DesDesign?.variants;
  return {
    Query: {
      desWorkspaces: () => data.design.workspaces().map(asWorkspace),
      desWorkspaceById: (_: unknown, args: { id: string }) => find((w) => w.workspaceId === args.id),
      desWorkspaceByUrl: (_: unknown, args: { workspaceUrl: string }) =>
        find((w) => w.url === args.workspaceUrl),
    },
    DesWorkspace: {
      location: (workspace: WorkspaceSource) => data.design.workspaceLocation(workspace),
      projects: (workspace: WorkspaceSource) => data.design.projects(workspace.url),
      library: (workspace: WorkspaceSource) => ({ ...workspace.library, workspaceUrl: workspace.url }),
    },
    DesDesign: {
      workInProgress: (source: DesignSource) => source,
    },
    // The same resolver as DesDesign.variants, on the same source.
    DesWorkInProgress: { variants: designVariants },
    DesBom: {
      bomItems: (bom: Bom) => bom.items,
    },
  };
}
