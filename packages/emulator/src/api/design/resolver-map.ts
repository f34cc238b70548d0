/** Resolver maps of the design API's parts, merged type by type. */

/** Type name → field name → resolver (or `__resolveType`). */
export type ResolverMap = Record<string, Record<string, unknown>>;

/** Merges maps; a field resolved twice is a programming error. */
export function mergeResolverMaps(maps: readonly ResolverMap[]): ResolverMap {
  const merged: ResolverMap = {};
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map)) {
      const target = merged[typeName] ?? {};
      merged[typeName] = target;
      for (const [fieldName, resolver] of Object.entries(fields)) {
        if (fieldName in target) throw new Error(`Two design resolvers for ${typeName}.${fieldName}`);
        target[fieldName] = resolver;
      }
    }
  }
  return merged;
}
