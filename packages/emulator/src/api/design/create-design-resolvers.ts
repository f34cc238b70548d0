import type { ApiResolvers } from '../graphql-engine.js';
import type { ResolverData } from '../resolver-data.js';
import { commentMutations } from './comment-mutations.js';
import { commentResolvers } from './comment-resolvers.js';
import { deprecatedAliasResolvers } from './deprecated-aliases.js';
import { folderResolvers } from './folder-resolvers.js';
import { libraryResolvers } from './library-resolvers.js';
import { manufacturePackageResolvers } from './manufacture-package-resolvers.js';
import { nodeResolvers } from './node-type.js';
import { pcbResolvers } from './pcb-resolvers.js';
import { projectResolvers } from './project-resolvers.js';
import { mergeResolverMaps } from './resolver-map.js';
import { userResolvers } from './user-resolvers.js';
import { variantResolvers } from './variant-resolvers.js';
import { vcsResolvers } from './vcs-resolvers.js';
import { workspaceResolvers } from './workspace-resolvers.js';

/**
 * The Altium 365 design part of the API: every `des*` query and comment mutation. Fields not listed in the
 * parts' maps resolve straight from the design data, whose shapes follow the Des* types.
 */
export function createDesignResolvers(data: ResolverData): ApiResolvers {
  return mergeResolverMaps([
    workspaceResolvers(data),
    projectResolvers(data),
    variantResolvers(data),
    libraryResolvers(data),
    commentResolvers(data),
    commentMutations(data),
    userResolvers(data),
    nodeResolvers(),
    deprecatedAliasResolvers(data),
    pcbResolvers(data),
    folderResolvers(data),
    vcsResolvers(data),
    manufacturePackageResolvers(data),
  ]) as ApiResolvers;
}
