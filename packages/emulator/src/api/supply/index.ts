import type { ApiResolvers } from '../graphql-engine.js';
import type { ResolverData } from '../resolver-data.js';
import { catalogListResolvers } from './catalog-lists.js';
import { lookupResolvers } from './lookups.js';
import { multiMatchResolvers } from './multi-match.js';
import { partResolvers } from './part-resolvers.js';
import { resultSetResolvers } from './result-set.js';
import { searchResolvers } from './search.js';

type ResolverMap = Record<string, Record<string, unknown>>;

/** Resolvers of every `sup*` root field and Sup* type, over the emulator's catalog. */
export function createSupplyResolvers({ catalog }: ResolverData): ApiResolvers {
  const merged: ResolverMap = {};
  for (const part of [
    searchResolvers(catalog),
    multiMatchResolvers(catalog),
    lookupResolvers(catalog),
    catalogListResolvers(catalog),
    resultSetResolvers(catalog),
    partResolvers(catalog),
  ] as ResolverMap[]) {
    for (const [typeName, fields] of Object.entries(part))
      merged[typeName] = { ...merged[typeName], ...fields };
  }
  return merged as ApiResolvers;
}
