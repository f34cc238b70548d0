import { describe, expect, it } from 'vitest';
import { categoryTree } from './category-tree.js';

describe('categoryTree', () => {
  it('links categories by parentId, keeping order, with parents missing from the list as roots', () => {
    const tree = categoryTree([
      { id: '1', parentId: '0', name: 'Electronic Parts' },
      { id: '11', parentId: '10', name: 'Amplifiers' },
      { id: '10', parentId: '1', name: 'Integrated Circuits' },
      { id: '20', parentId: '1', name: 'Passive Components' },
      { id: '12', parentId: '11', name: 'Op Amps' },
    ]);
    expect(tree).toHaveLength(1);
    const [root] = tree;
    expect(root?.children.map((child) => child.name)).toEqual(['Integrated Circuits', 'Passive Components']);
    expect(root?.children[0]?.children[0]?.children[0]?.name).toBe('Op Amps');
  });
});
