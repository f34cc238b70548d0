import { type ExecutionResult, GraphQLError, type Source } from 'graphql';

/**
 * A graphql-jit result shaped as graphql-js shapes it: errors first, and each error a graphql-js
 * GraphQLError at the same place in the query text. graphql-jit's own errors carry only line and
 * column, which graphql-yoga drops when it formats an error, so without this they would lose their
 * `locations`.
 */
export function asGraphqlJsResult(result: ExecutionResult, source: Source | undefined): ExecutionResult {
  if (!result.errors?.length) return { data: result.data };
  const starts = source ? lineStarts(source.body) : [];
  const errors = result.errors.map((error) => {
    const positions = source
      ? (error.locations ?? []).map(({ line, column }) => (starts[line - 1] ?? 0) + column - 1)
      : undefined;
    return new GraphQLError(error.message, {
      source,
      positions,
      path: error.path,
      originalError: error.originalError ?? undefined,
      extensions: error.extensions,
    });
  });
  return { errors, data: result.data };
}

/** Offsets at which each line starts, with graphql-js's line terminators. */
function lineStarts(body: string): number[] {
  const starts = [0];
  for (const match of body.matchAll(/\r\n|[\n\r]/g)) starts.push(match.index + match[0].length);
  return starts;
}
