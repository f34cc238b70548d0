/** desLibrary with its component connection, and desComponentById. */
import type { Component, LibraryInfo } from '../../design-data/index.js';
import type { ApiContext } from '../api-context.js';
import type { ResolverData } from '../resolver-data.js';
import { type ConnectionArgs, connectionFrom } from './connection.js';
import type { ResolverMap } from './resolver-map.js';
import { servedComponent, servedWorkspace } from './served-data.js';
import { type FieldFilter, type FilterInput, filterWhere, stringField } from './where-filter.js';

const COMPONENT_FILTERS: Readonly<Record<string, FieldFilter<Component>>> = {
  name: stringField((c) => c.name),
  comment: stringField((c) => c.comment),
  description: stringField((c) => c.description),
};

/** What desLibrary resolves to: the library's own fields plus the workspace whose components it lists. */
export type LibrarySource = LibraryInfo & { workspaceUrl: string };

export function libraryResolvers(data: ResolverData): ResolverMap {
  return {
    Query: {
      // `args.allComponentRevisions` changes nothing: the emulator keeps one revision per component.
      desLibrary: (
        _: unknown,
        args: { workspaceUrl?: string | null },
        context: ApiContext,
      ): LibrarySource => {
        const workspace = servedWorkspace(data, context, args.workspaceUrl);
        return { ...workspace.library, workspaceUrl: workspace.url };
      },
      desComponentById: (_: unknown, args: { id: string }, context: ApiContext) =>
        servedComponent(data, context, args.id) ?? null,
    },
    DesLibrary: {
      components: (library: LibrarySource, args: ConnectionArgs & { where?: FilterInput | null }) =>
        connectionFrom(
          filterWhere(data.design.components(library.workspaceUrl), args.where, COMPONENT_FILTERS),
          args,
          'DesComponent',
        ),
    },
  };
}
