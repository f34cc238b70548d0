import type { ApiResolvers } from '../create-api.js';
import type { ResolverData } from '../resolver-data.js';

export function createSupplyResolvers(_data: ResolverData): ApiResolvers {
  return {};
}
