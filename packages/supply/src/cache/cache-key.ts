/** What identifies one supply answer: the query and everything that changes its result. */
export interface CacheKeyParts {
  /** The operation (e.g. `SearchMpn`), or any name a caller uses for its own unit (e.g. one BOM line). */
  operation: string;
  /** The query's variables (or a caller's own description of the query). */
  variables: unknown;
  country: string;
  currency: string;
  /** The field set asked for (`fieldSetName(...)`): the same query with more fields is another answer. */
  fieldSet: string;
}

const VERSION = 'nexar-supply/1';

/**
 * A canonical, stable key: object keys sorted at every depth and `undefined` members left out, so
 * `{ q, limit }` and `{ limit, q }` give the same key. Country and currency are upper-cased.
 */
export function cacheKey(parts: CacheKeyParts): string {
  return `${VERSION}:${canonicalJson({
    operation: parts.operation,
    variables: parts.variables,
    country: parts.country.toUpperCase(),
    currency: parts.currency.toUpperCase(),
    fieldSet: parts.fieldSet,
  })}`;
}

/** JSON with sorted object keys; `undefined` and functions dropped as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'null';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : sortKeys(item)));
  if (value === null || typeof value !== 'object') return value;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined && typeof item !== 'function') out[key] = sortKeys(item);
  }
  return out;
}
