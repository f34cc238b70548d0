import type { ApiResolvers } from '../create-api.js';
import type { ResolverData } from '../resolver-data.js';

export function createDesignResolvers(_data: ResolverData): ApiResolvers {
  return {};
}
