/**
 * The result cache per BOM query: each distinct line's multi-match answer is stored on its own, so
 * a re-run of the same BOM, or another BOM sharing lines with it, asks only for what is not cached.
 * Keys hold the normalised query, the candidate limit, country, currency and the operation's field
 * selection; only answers without an error are stored (zero hits included).
 */
import { cacheKey } from '../cache/cache-key.js';
import { deepFreeze } from '../cache/deep-freeze.js';
import { documentFingerprint } from '../fingerprint.js';
import { BomMatchDocument } from '../generated/graphql.js';
import type { SupplyClient } from '../supply-client.js';
import type { BomPart } from './bom-types.js';
import type { BomQuery } from './dedupe.js';

/** One query's answer, as cached. */
export interface MatchAnswer {
  hits: number;
  parts: BomPart[];
  error: string | null;
}

export interface BomCacheScope {
  candidates: number;
  country: string;
  currency: string;
}

export function bomQueryCacheKey(query: Pick<BomQuery, 'key'>, scope: BomCacheScope): string {
  const [before, after] = keyTemplate(scope);
  return before === undefined ? scopeKey(query.key, scope) : `${before}${JSON.stringify(query.key)}${after}`;
}

function scopeKey(queryKey: string, scope: BomCacheScope): string {
  return cacheKey({
    operation: 'supMultiMatch',
    variables: { query: queryKey, limit: scope.candidates },
    country: scope.country,
    currency: scope.currency,
    fieldSet: `BomMatch#${documentFingerprint(BomMatchDocument)}`,
  });
}

/**
 * The key of a scope around its query, worked out once per scope (a run keys every distinct line, twice):
 * `cacheKey` of a placeholder query, split at it. Empty when the placeholder is not found exactly once.
 */
const templates = new WeakMap<BomCacheScope, [string, string] | []>();
const PLACEHOLDER = '\u0000query\u0000';
function keyTemplate(scope: BomCacheScope): [string, string] | [] {
  let template = templates.get(scope);
  if (!template) {
    const parts = scopeKey(PLACEHOLDER, scope).split(JSON.stringify(PLACEHOLDER));
    template = parts.length === 2 ? [parts[0] as string, parts[1] as string] : [];
    templates.set(scope, template);
  }
  return template;
}

function isMatchAnswer(value: unknown): value is MatchAnswer {
  const v = value as Partial<MatchAnswer> | null;
  return typeof v === 'object' && v !== null && typeof v.hits === 'number' && Array.isArray(v.parts);
}

/** Fresh cached answers by query key. A cache that fails to read counts as a miss. */
export async function readCachedAnswers(
  client: SupplyClient,
  queries: readonly BomQuery[],
  scope: BomCacheScope,
): Promise<Map<string, MatchAnswer>> {
  const found = new Map<string, MatchAnswer>();
  await Promise.all(
    queries.map(async (query) => {
      try {
        const value = await client.getCached(bomQueryCacheKey(query, scope));
        // Frozen (answers from the memory cache already are): shared read-only by the query's lines.
        if (isMatchAnswer(value) && !value.error) found.set(query.key, deepFreeze(value));
      } catch {
        // A miss: the line is asked for.
      }
    }),
  );
  return found;
}

/** Stores an answer unless it carries an error. A cache that fails to store only costs a later request. */
export async function storeAnswer(
  client: SupplyClient,
  query: BomQuery,
  answer: MatchAnswer,
  scope: BomCacheScope,
): Promise<void> {
  if (answer.error) return;
  try {
    // Frozen (its parts already are, from the request): the cache keeps it without a copy.
    const value = answer.error === null ? answer : { hits: answer.hits, parts: answer.parts, error: null };
    await client.setCached(bomQueryCacheKey(query, scope), deepFreeze(value));
  } catch {
    // Ignored on purpose.
  }
}
