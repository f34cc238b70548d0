/** A category with its children, as `categoryTree` links them. */
export type CategoryNode<TCategory> = TCategory & { children: CategoryNode<TCategory>[] };

/**
 * Links a flat category list into trees by `parentId`: the roots are the categories whose parent is
 * not in the list (on Nexar, the top categories' parent is "0"). Order within a level is kept.
 */
export function categoryTree<TCategory extends { id: string; parentId: string }>(
  categories: readonly TCategory[],
): CategoryNode<TCategory>[] {
  const nodes = new Map<string, CategoryNode<TCategory>>();
  for (const category of categories) nodes.set(category.id, { ...category, children: [] });
  const roots: CategoryNode<TCategory>[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === node.id ? undefined : nodes.get(node.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
