/** DesLibrary.folders (filtered as DesFolderFilterInput says) and DesComponent.folder. */
import { type Component, type Folder, type LibraryFolders, libraryFolders } from '../../design-data/index.js';
import type { ResolverData } from '../resolver-data.js';
import type { LibrarySource } from './library-resolvers.js';
import type { ResolverMap } from './resolver-map.js';

interface FolderFilter {
  folderType?: string | null;
  parentFolderGuid?: string | null;
  name?: string | null;
  matchMode?: 'AND' | 'OR' | null;
}

/** Conditions left null are ignored; the rest must all hold (AND, the default) or one (OR). */
function matches(folder: Folder, where: FolderFilter | null | undefined): boolean {
  if (!where) return true;
  const conditions: boolean[] = [];
  if (where.folderType != null) conditions.push(folder.folderType === where.folderType);
  if (where.parentFolderGuid != null) conditions.push(folder.parent?.folderId === where.parentFolderGuid);
  if (where.name != null) conditions.push(folder.name === where.name);
  if (conditions.length === 0) return true;
  return where.matchMode === 'OR' ? conditions.includes(true) : !conditions.includes(false);
}

export function folderResolvers(data: ResolverData): ResolverMap {
  // Derived from the library on first use, per workspace, and kept.
  const cache = new Map<string, LibraryFolders>();
  const foldersOf = (workspaceUrl: string): LibraryFolders | undefined => {
    const workspace = data.design.workspaceByUrl(workspaceUrl);
    if (!workspace) return undefined;
    let found = cache.get(workspace.url);
    if (!found) {
      found = libraryFolders(workspace.url, workspace.library, data.design.components(workspace.url));
      cache.set(workspace.url, found);
    }
    return found;
  };
  return {
    DesLibrary: {
      folders: (library: LibrarySource, args: { where?: FolderFilter | null }) =>
        (foldersOf(library.workspaceUrl)?.folders ?? []).filter((folder) => matches(folder, args.where)),
    },
    DesComponent: {
      folder: (component: Component) =>
        component.inLibrary ? (foldersOf(component.workspaceUrl)?.folderOf.get(component.id) ?? null) : null,
    },
  };
}
