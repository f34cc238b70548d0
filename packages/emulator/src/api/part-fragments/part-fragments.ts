import {
  type DocumentNode,
  defaultFieldResolver,
  type ExecutionResult,
  type FieldNode,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isObjectType,
  type OperationDefinitionNode,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { ApiContext } from '../api-context.js';
import { contextOf, type PartView } from '../supply/part-view.js';
import { type CutPlan, planCut } from './cut-plan.js';
import { type Fragment, FragmentCache } from './fragment-cache.js';
import { compileProbe, probedPart, probeSchema } from './part-probe.js';
import { SplicedJson } from './spliced-json.js';

const PART_TYPE = 'SupPart';

/** Serialised part answers kept per emulator: the default catalog in a few currencies fits many times. */
export const FRAGMENT_BUDGET_BYTES = 64 * 1024 * 1024;

/** The compiled selection of a group of merged part fields; undefined when graphql-jit cannot compile it. */
interface Probe {
  readonly nodes: readonly FieldNode[];
  readonly compiled: CompiledQuery | undefined;
}

/** A query planned for part fragments: its outer operation compiled, its part selections compiled on first use. */
export class CutOperation {
  /** Set when a run could not use fragments (an error, a generated part, an asynchronous answer): it runs whole from then on. */
  disabled = false;
  readonly #probes = new Map<FieldNode, Probe[]>();

  constructor(
    readonly outer: CompiledQuery,
    readonly plan: CutPlan,
    private readonly probes: GraphQLSchema,
  ) {}

  /** The probe of the part field these nodes stand for, or undefined if they are not a planned cut. */
  probeFor(nodes: readonly FieldNode[]): Probe | undefined {
    const first = nodes[0];
    if (first === undefined || !this.plan.originals.has(first)) return undefined;
    let known = this.#probes.get(first);
    if (known === undefined) {
      known = [];
      this.#probes.set(first, known);
    }
    const found = known.find(
      (probe) => probe.nodes.length === nodes.length && probe.nodes.every((node, i) => node === nodes[i]),
    );
    if (found !== undefined) return found;
    const originals = nodes.map((node) => this.plan.originals.get(node) ?? node);
    const probe = { nodes: [...nodes], compiled: compileProbe(this.probes, originals, this.plan.fragments) };
    known.push(probe);
    return probe;
  }
}

/** What a run of a cut operation gives: graphql-jit's result, and the JSON its placeholders stand for. */
export interface CutResult {
  result: ExecutionResult;
  json: SplicedJson;
}

interface Run {
  readonly operation: CutOperation;
  readonly context: ApiContext;
  readonly json: SplicedJson;
  aborted: boolean;
}

/**
 * Part answers served from serialised fragments. A BOM answer is almost all parts (sellers, offers,
 * prices), and the same part is asked for again and again with the same selection, country and
 * currency; resolving and serialising it once, then copying its bytes, takes most of the work out of
 * an answer. A query is run with each part field's selection replaced by a placeholder (`cut-plan.ts`);
 * the part field's resolver turns each part view into a placeholder for its fragment, built on first
 * use by running the original selection on that part alone (`part-probe.ts`); the answer is written
 * with the placeholders replaced (`spliced-json.ts`). The answer's bytes are the same as without it;
 * parts nested in a fragment are counted on every use. Anything else (a part the mock store generated,
 * an error, an asynchronous resolver) makes the run give up, and the query runs whole instead.
 */
export class PartFragments {
  readonly #runs = new WeakMap<object, Run>();
  readonly #cache: FragmentCache<Probe>;
  readonly #schema: GraphQLSchema;
  readonly #partType: GraphQLObjectType | undefined;
  #probes: GraphQLSchema | undefined;

  constructor(schema: GraphQLSchema, budgetBytes = FRAGMENT_BUDGET_BYTES) {
    this.#schema = schema;
    this.#cache = new FragmentCache(budgetBytes);
    const partType = schema.getType(PART_TYPE);
    this.#partType = isObjectType(partType) ? partType : undefined;
    if (this.#partType !== undefined) this.#wrapPartFields(this.#partType);
  }

  /** Bytes of serialised parts kept. */
  get cachedBytes(): number {
    return this.#cache.bytes;
  }

  /** Plans and compiles a query for fragments; undefined when it has no part field to cut or must run whole. */
  prepare(document: DocumentNode, operation: OperationDefinitionNode): CutOperation | undefined {
    if (this.#partType === undefined) return undefined;
    const plan = planCut(this.#schema, document, operation, this.#partType);
    if (plan === undefined) return undefined;
    const name = operation.name?.value;
    let outer: CompiledQuery | ExecutionResult;
    try {
      outer = compileQuery(this.#schema, plan.outer, name, { disablingCapturingStackErrors: true });
    } catch {
      return undefined;
    }
    if (!isCompiledQuery(outer)) return undefined;
    this.#probes ??= probeSchema(this.#partType);
    return new CutOperation(outer, plan, this.#probes);
  }

  /** Runs a cut operation; undefined (or a promise of it) when the run gave up and the query must run whole. */
  run(
    operation: CutOperation,
    rootValue: unknown,
    context: ApiContext,
    variables: Record<string, unknown>,
  ): CutResult | undefined | Promise<CutResult | undefined> {
    const run: Run = { operation, context, json: new SplicedJson(), aborted: false };
    const partsBefore = context.meter.parts;
    const finish = (result: ExecutionResult): CutResult | undefined => {
      this.#runs.delete(context);
      if (!run.aborted) return { result, json: run.json };
      operation.disabled = true;
      context.meter.parts = partsBefore;
      return undefined;
    };
    this.#runs.set(context, run);
    let result: ReturnType<CompiledQuery['query']>;
    try {
      result = operation.outer.query(rootValue, context, variables);
    } catch (error) {
      this.#runs.delete(context);
      throw error;
    }
    return result instanceof Promise ? result.then(finish) : finish(result);
  }

  #wrapPartFields(partType: GraphQLObjectType): void {
    for (const type of Object.values(this.#schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (getNamedType(field.type) !== partType) continue;
        const resolve = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, ApiContext>;
        const cut: GraphQLFieldResolver<unknown, ApiContext> = (source, args, context, info) => {
          const value: unknown = resolve(source, args, context, info);
          const run = this.#runs.get(context);
          const probe = run?.operation.probeFor(info.fieldNodes);
          if (run === undefined || probe === undefined) return value;
          return value instanceof Promise
            ? value.then((resolved) => this.#placeholders(resolved, probe, run))
            : this.#placeholders(value, probe, run);
        };
        field.resolve = cut as GraphQLFieldResolver<unknown, unknown>;
      }
    }
  }

  /** Part views (alone or in lists) replaced by placeholders of their fragments. */
  #placeholders(value: unknown, probe: Probe, run: Run): unknown {
    if (value == null || run.aborted) return value;
    if (Array.isArray(value)) return value.map((item) => this.#placeholders(item, probe, run));
    if (typeof value !== 'object' || contextOf(value as PartView) === undefined) {
      run.aborted = true;
      return value;
    }
    let fragment = this.#cache.get(value, probe);
    if (fragment === undefined) {
      fragment = this.#serialise(value, probe, run);
      if (fragment === undefined) {
        run.aborted = true;
        return value;
      }
      this.#cache.set(value, probe, fragment);
    } else {
      run.context.meter.parts += fragment.nestedParts;
    }
    return run.json.placeholder(fragment.json);
  }

  /** The part's answer to the probe's selection, or undefined if it cannot be kept (errors, asynchronous). */
  #serialise(view: object, probe: Probe, run: Run): Fragment | undefined {
    if (probe.compiled === undefined) return undefined;
    const before = run.context.meter.parts;
    const result = probe.compiled.query(view, run.context, {});
    if (result instanceof Promise) {
      result.catch(() => undefined);
      return undefined;
    }
    if (result.errors?.length) return undefined;
    const text = JSON.stringify(probedPart(result.data));
    if (typeof text !== 'string') return undefined;
    return { json: Buffer.from(text), nestedParts: run.context.meter.parts - before };
  }
}
