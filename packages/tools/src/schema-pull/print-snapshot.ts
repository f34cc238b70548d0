import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';

export const SNAPSHOT_HEADER =
  '# Nexar API schema snapshot, written by `pnpm schema:pull`: root types first, then every other\n' +
  '# definition in alphabetical order, fields and arguments sorted too.\n';

/**
 * The snapshot text of `schema`: the same schema always prints the same bytes, whatever order the
 * endpoint listed it in. Root types come first, then all other types, fields, arguments and values
 * alphabetically.
 */
export function printSnapshot(schema: GraphQLSchema): string {
  const sorted = lexicographicSortSchema(schema);
  const roots = [sorted.getQueryType(), sorted.getMutationType(), sorted.getSubscriptionType()].filter(
    (type) => type != null,
  );
  const rootNames = new Set(roots.map((type) => type.name));
  const others = Object.values(sorted.getTypeMap()).filter((type) => !rootNames.has(type.name));
  // GraphQLSchema keeps `types` in the order given, and printSchema prints them in that order.
  const ordered = new GraphQLSchema({ ...sorted.toConfig(), types: [...roots, ...others] });
  return `${SNAPSHOT_HEADER}\n${printSchema(ordered)}\n`;
}
