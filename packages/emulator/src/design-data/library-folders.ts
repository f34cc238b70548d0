/**
 * A workspace library's folder tree (DesFolder), as Altium 365 lays one out:
 * a "Components" folder with a sub-folder per component type holding those
 * components, next to the projects and datasheets folders.
 */
import { guidFor, isoAfter } from './design-ids.js';
import type { Component, DesignUser, LibraryInfo } from './design-types.js';

/** DesFolder; `folderType` is a DesFolderType value. */
export interface Folder {
  id: string;
  folderId: string;
  name: string;
  path: string;
  description: string;
  parent: Folder | null;
  createdBy: DesignUser;
  updatedBy: DesignUser;
  createdAt: string;
  updatedAt: string;
  folderType: string;
  itemNamingSchemeTemplate: string | null;
}

export interface LibraryFolders {
  /** Every folder, each parent before its children. */
  folders: Folder[];
  /** The folder of each library component, by DesComponent.id. */
  folderOf: Map<string, Folder>;
}

export function libraryFolders(
  workspaceUrl: string,
  library: LibraryInfo,
  components: readonly Component[],
): LibraryFolders {
  const folder = (
    name: string,
    folderType: string,
    parent: Folder | null,
    description: string,
    itemNamingSchemeTemplate: string | null = null,
  ): Folder => {
    const path = parent ? `${parent.path}/${name}` : name;
    const folderId = guidFor(`folder|${workspaceUrl}|${path}`);
    return {
      id: folderId,
      folderId,
      name,
      path,
      description,
      parent,
      createdBy: library.createdBy,
      updatedBy: library.updatedBy,
      createdAt: library.createdAt,
      updatedAt: isoAfter(library.createdAt, 1),
      folderType,
      itemNamingSchemeTemplate,
    };
  };
  const root = folder(
    'Components',
    'COMPONENT_LIBRARY',
    null,
    `Managed components of ${library.name}.`,
    'CMP-{J:00000}',
  );
  const folders = [
    root,
    folder('Projects', 'PROJECT_CATALOG', null, 'Design projects of the workspace.'),
    folder('Datasheets', 'DATASHEET_CATALOG', null, 'Datasheets linked from components.', 'DS-{J:00000}'),
  ];
  const byType = new Map<string, Folder>();
  const folderOf = new Map<string, Folder>();
  for (const component of components) {
    const typeName = component.componentType?.name ?? 'Miscellaneous';
    let typeFolder = byType.get(typeName);
    if (!typeFolder) {
      typeFolder = folder(
        typeName,
        'COMPONENT_LIBRARY',
        root,
        `${typeName} of ${library.name}.`,
        'CMP-{J:00000}',
      );
      byType.set(typeName, typeFolder);
      folders.push(typeFolder);
    }
    folderOf.set(component.id, typeFolder);
  }
  return { folders, folderOf };
}
