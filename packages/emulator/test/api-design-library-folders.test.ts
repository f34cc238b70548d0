/** A workspace library's folder tree, and each component's folder. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DesignHarness, dataOf, startDesignHarness } from './api-design-harness.js';

let api: DesignHarness;
beforeAll(async () => {
  api = await startDesignHarness();
});
afterAll(() => api.close());

interface Folder {
  folderId: string;
  id: string;
  name: string;
  path: string;
  folderType: string;
  parent: { folderId: string } | null;
  createdBy: { email: string };
}

const FOLDER = 'folderId id name path folderType parent { folderId } createdBy { email }';

describe('DesLibrary.folders', () => {
  it('lists a tree whose component folders hold exactly the components filed in them', async () => {
    const query = `{ desLibrary { folders { ${FOLDER} }
      components(first: 1000) { totalCount nodes { id componentType { name } folder { ${FOLDER} } } } } }`;
    const answer = await api.query<{
      desLibrary: {
        folders: Folder[];
        components: {
          totalCount: number;
          nodes: { id: string; componentType: { name: string }; folder: Folder }[];
        };
      };
    }>(query);
    const { folders, components } = dataOf(answer).desLibrary;
    const byId = new Map(folders.map((f) => [f.folderId, f]));
    expect(folders.filter((f) => f.parent === null).map((f) => f.name)).toEqual([
      'Components',
      'Projects',
      'Datasheets',
    ]);
    for (const folder of folders) {
      expect(folder.id).toBe(folder.folderId);
      const parent = folder.parent ? byId.get(folder.parent.folderId) : undefined;
      if (folder.parent) expect(folder.path).toBe(`${parent?.path}/${folder.name}`);
      expect(folder.createdBy.email).toMatch(/@example\.com$/);
    }
    expect(components.nodes).toHaveLength(components.totalCount);
    for (const component of components.nodes) {
      // Filed by type, in a folder the library lists.
      expect(byId.get(component.folder.folderId)).toEqual(component.folder);
      expect(component.folder.name).toBe(component.componentType.name);
      expect(component.folder.path).toBe(`Components/${component.componentType.name}`);
    }
    expect(await api.query(query)).toEqual(answer);
  });

  it('filters by type, parent and name, all conditions or any', async () => {
    const data = dataOf(
      await api.query<{ desLibrary: { folders: Folder[] } }>(`{ desLibrary { folders { ${FOLDER} } } }`),
    );
    const root = data.desLibrary.folders.find((f) => f.name === 'Components');
    const filtered = dataOf(
      await api.query<Record<string, { folders: { name: string }[] }>>(
        `query($root: String) {
          children: desLibrary { folders(where: { parentFolderGuid: $root }) { name } }
          both: desLibrary { folders(where: { folderType: PROJECT_CATALOG, name: "Components" }) { name } }
          either: desLibrary { folders(where: { folderType: PROJECT_CATALOG, name: "Components", matchMode: OR }) { name } } }`,
        { root: root?.folderId },
      ),
    );
    expect(filtered.children?.folders.length).toBe(data.desLibrary.folders.length - 3);
    expect(filtered.both?.folders).toEqual([]);
    expect(filtered.either?.folders.map((f) => f.name)).toEqual(['Components', 'Projects']);
  });
});
