import { createAdminResolvers } from './admin/index.js';
import { createDesignResolvers } from './design/index.js';
import type { ApiResolvers } from './graphql-engine.js';
import type { ResolverData } from './resolver-data.js';
import { createSupplyResolvers } from './supply/index.js';

type ResolverMap = Record<string, Record<string, unknown>>;

/** Supply, design and admin resolvers merged type by type. */
export function createResolvers(data: ResolverData): ApiResolvers {
  const merged: ResolverMap = {};
  for (const part of [createSupplyResolvers(data), createDesignResolvers(data), createAdminResolvers(data)]) {
    for (const [typeName, fields] of Object.entries(part as ResolverMap)) {
      for (const fieldName of Object.keys(fields)) {
        if (merged[typeName]?.[fieldName] !== undefined) {
          throw new Error(`Two resolvers for ${typeName}.${fieldName}`);
        }
      }
      merged[typeName] = { ...merged[typeName], ...fields };
    }
  }
  return merged as ApiResolvers;
}
