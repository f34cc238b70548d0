import { type ExecutionArgs, type ExecutionResult, execute, getVariableValues } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { CompiledQueries } from './compiled-queries.js';
import { asGraphqlJsResult } from './jit-errors.js';

/** Distinct documents kept compiled; more than any client's set of operations. */
const COMPILED_DOCUMENTS = 500;

/**
 * Runs operations with graphql-jit: a repeated document is compiled once into a function that resolves
 * and completes exactly its fields, which costs a fraction of graphql-js's per-field work on a BOM
 * answer's thousands of fields. Same resolvers, results and errors as graphql-js:
 * - variables are coerced by graphql-js first (it fills the defaults of variables and of non-null input
 *   object fields, which graphql-jit leaves out); a request whose variables graphql-js refuses runs on
 *   graphql-js, so its errors are graphql-js's own;
 * - errors are rebuilt as graphql-js's (same message, locations, path and extensions, errors first);
 * - one-off documents, anything graphql-jit cannot compile (or not in bounded time), subscriptions, and
 *   a variable left out inside a literal list or input object run on graphql-js.
 */
export function jitExecutor(): Plugin {
  const cacheBySchema = new WeakMap<ExecutionArgs['schema'], CompiledQueries>();
  const run = (args: ExecutionArgs): ExecutionResult | Promise<ExecutionResult> => {
    let cache = cacheBySchema.get(args.schema);
    if (cache === undefined) {
      cache = new CompiledQueries(args.schema, COMPILED_DOCUMENTS);
      cacheBySchema.set(args.schema, cache);
    }
    const compiled = cache.get(args.document, args.operationName);
    if (compiled === undefined) return execute(args);
    const variables = getVariableValues(
      args.schema,
      compiled.operation.variableDefinitions ?? [],
      args.variableValues ?? {},
    );
    if (variables.errors) return execute(args);
    const coerced = variables.coerced;
    if (compiled.variablesInLiterals.some((name) => !(name in coerced))) return execute(args);
    const result = compiled.compiled.query(args.rootValue, args.contextValue, coerced);
    const source = args.document.loc?.source;
    return result instanceof Promise
      ? result.then((done) => asGraphqlJsResult(done, source))
      : asGraphqlJsResult(result, source);
  };
  return {
    onExecute({ setExecuteFn }) {
      setExecuteFn(run);
    },
  };
}
