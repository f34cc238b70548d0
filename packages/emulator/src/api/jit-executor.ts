import { type ExecutionArgs, type ExecutionResult, execute, getVariableValues } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ApiContext } from './api-context.js';
import { CompiledQueries } from './compiled-queries.js';
import { asGraphqlJsResult } from './jit-errors.js';
import { type CutResult, PartFragments } from './part-fragments/part-fragments.js';
import type { SplicedJson } from './part-fragments/spliced-json.js';

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
 *   a variable left out inside a literal list or input object run on graphql-js;
 * - parts are answered from serialised fragments where the query allows it (part-fragments.ts).
 */
export function jitExecutor(): Plugin {
  const cacheBySchema = new WeakMap<ExecutionArgs['schema'], CompiledQueries>();
  const fragmentsBySchema = new WeakMap<ExecutionArgs['schema'], PartFragments>();
  const run = (args: ExecutionArgs): ExecutionResult | Promise<ExecutionResult> => {
    let cache = cacheBySchema.get(args.schema);
    let fragments = fragmentsBySchema.get(args.schema);
    if (cache === undefined || fragments === undefined) {
      const created = new PartFragments(args.schema);
      fragments = created;
      cache = new CompiledQueries(args.schema, COMPILED_DOCUMENTS, (document, operation) =>
        created.prepare(document, operation),
      );
      cacheBySchema.set(args.schema, cache);
      fragmentsBySchema.set(args.schema, fragments);
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
    const source = args.document.loc?.source;
    const whole = (): ExecutionResult | Promise<ExecutionResult> => {
      const result = compiled.compiled.query(args.rootValue, args.contextValue, coerced);
      return result instanceof Promise
        ? result.then((done) => asGraphqlJsResult(done, source))
        : asGraphqlJsResult(result, source);
    };
    if (compiled.cut === undefined || compiled.cut.disabled) return whole();
    const cut = fragments.run(compiled.cut, args.rootValue, args.contextValue as ApiContext, coerced);
    const spliced = (done: CutResult | undefined) =>
      done === undefined ? whole() : withSplicedJson(asGraphqlJsResult(done.result, source), done.json);
    return cut instanceof Promise ? cut.then(spliced) : spliced(cut);
  };
  return {
    onExecute({ setExecuteFn }) {
      setExecuteFn(run);
    },
  };
}

/**
 * The result with graphql-yoga's serialiser for it (`stringify`, which yoga calls instead of
 * JSON.stringify): the answer as UTF-8 bytes, placeholders replaced by their parts' JSON.
 */
function withSplicedJson(result: ExecutionResult, json: SplicedJson): ExecutionResult {
  if (json.size === 0) return result;
  return Object.assign(result, { stringify: (value: unknown) => json.stringify(value) });
}
