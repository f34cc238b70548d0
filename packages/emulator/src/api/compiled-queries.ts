import {
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  getOperationAST,
  type OperationDefinitionNode,
  visit,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { hasCompilableVariables } from './jit-compilable-variables.js';
import type { CutOperation } from './part-fragments/part-fragments.js';

/** A document graphql-jit compiled, with what executing it needs from the document. */
export interface CompiledOperation {
  readonly compiled: CompiledQuery;
  readonly operation: OperationDefinitionNode;
  /**
   * Variables used inside a literal list or input object (`{ mpn: $mpn }`). graphql-js's rules for
   * one left out there (the input field's default, or an error) are not relied on in graphql-jit,
   * so a request that leaves one out runs on graphql-js.
   */
  readonly variablesInLiterals: readonly string[];
  /** The same operation planned for serialised part fragments, if it has part fields to cut. */
  readonly cut?: CutOperation;
}

/** Plans an operation for serialised part fragments (see part-fragments.ts). */
export type PrepareCut = (
  document: DocumentNode,
  operation: OperationDefinitionNode,
) => CutOperation | undefined;

/** Why a document runs on graphql-js: graphql-jit cannot compile it, or it is not a query or mutation. */
const NOT_COMPILED = 'not compiled';
/** Sent once so far: compiling costs more than running it once on graphql-js. */
const SEEN_ONCE = 'seen once';

type Entry = CompiledOperation | typeof NOT_COMPILED | typeof SEEN_ONCE;

/**
 * Compiled operations by document and operation name, the most recently used kept up to `capacity`
 * documents. An operation is compiled the second time it is asked for: clients repeat a few operations
 * many times, while one-off queries (a test's, a user exploring) would pay more to compile than to run.
 * Documents are keyed by identity: graphql-yoga parses each distinct query text once and hands the
 * same document to every request that sends it.
 */
export class CompiledQueries {
  readonly #byDocument = new Map<DocumentNode, Map<string, Entry>>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly capacity: number,
    private readonly prepareCut?: PrepareCut,
  ) {}

  /** The compiled operation, or undefined when this one must run on graphql-js. */
  get(document: DocumentNode, operationName: string | null | undefined): CompiledOperation | undefined {
    let byName = this.#byDocument.get(document);
    if (byName === undefined) {
      byName = new Map();
      if (this.#byDocument.size >= this.capacity) {
        const oldest = this.#byDocument.keys().next().value;
        if (oldest !== undefined) this.#byDocument.delete(oldest);
      }
    } else {
      this.#byDocument.delete(document);
    }
    this.#byDocument.set(document, byName);
    const name = operationName ?? '';
    let entry = byName.get(name);
    if (entry === undefined) {
      byName.set(name, SEEN_ONCE);
      return undefined;
    }
    if (entry === SEEN_ONCE) {
      entry = this.#compile(document, operationName ?? undefined);
      byName.set(name, entry);
    }
    return typeof entry === 'string' ? undefined : entry;
  }

  #compile(document: DocumentNode, operationName: string | undefined): Entry {
    const operation = getOperationAST(document, operationName);
    if (!operation || operation.operation === 'subscription') return NOT_COMPILED;
    if (!hasCompilableVariables(this.schema, operation)) return NOT_COMPILED;
    let compiled: CompiledQuery | ExecutionResult;
    try {
      compiled = compileQuery(this.schema, document, operationName, {
        // Error messages and locations stay; only the stack trace of each error is left out.
        disablingCapturingStackErrors: true,
      });
    } catch {
      return NOT_COMPILED;
    }
    if (!isCompiledQuery(compiled)) return NOT_COMPILED;
    const cut = this.prepareCut?.(document, operation);
    return {
      compiled,
      operation,
      variablesInLiterals: variablesInLiterals(document),
      ...(cut === undefined ? {} : { cut }),
    };
  }
}

function variablesInLiterals(document: DocumentNode): string[] {
  const names = new Set<string>();
  let depth = 0;
  visit(document, {
    ListValue: { enter: () => void depth++, leave: () => void depth-- },
    ObjectValue: { enter: () => void depth++, leave: () => void depth-- },
    Variable(node) {
      if (depth > 0) names.add(node.name.value);
    },
  });
  return [...names];
}
