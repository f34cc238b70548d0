/** Reading the GraphQL errors the design API answers with. */
import type { GraphQLFormattedError } from 'graphql';

/**
 * A workspace's data asked of another region's endpoint. Nexar answers "Token validation failed"; the
 * emulator adds the code WRONG_REGION.
 */
export function isWrongRegion(error: GraphQLFormattedError): boolean {
  return error.extensions?.code === 'WRONG_REGION' || error.message.startsWith('Token validation failed');
}

/** The token may not read design data: a missing `design.domain` scope, or no user behind the token. */
export function isNotAuthorized(error: GraphQLFormattedError): boolean {
  const code = error.extensions?.code;
  return code === 'AUTH_NOT_AUTHORIZED' || (code === undefined && error.message.includes('design.domain'));
}

/**
 * The position, in a connection's `nodes`, of the item an error belongs to: the index after the first
 * `nodes` segment of its path (`desProjects.nodes.4.design.releases` → 4).
 */
export function nodeIndexOf(error: GraphQLFormattedError): number | undefined {
  const path = error.path ?? [];
  for (let i = 0; i < path.length - 1; i++) {
    const index = path[i + 1];
    if (path[i] === 'nodes' && typeof index === 'number') return index;
  }
  return undefined;
}
