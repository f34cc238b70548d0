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

/** `value` with its object keys sorted, or `value` itself when it is canonical already (no copy). */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const sorted = item === undefined ? null : sortKeys(item);
      if (sorted !== item && !out) out = value.slice(0, i);
      out?.push(sorted);
    }
    return out ?? value;
  }
  if (value === null || typeof value !== 'object') return value;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let canonical = true;
  for (let i = 0; i < keys.length && canonical; i++) {
    const item = record[keys[i] as string];
    canonical =
      (i === 0 || (keys[i - 1] as string) < (keys[i] as string)) &&
      item !== undefined &&
      typeof item !== 'function' &&
      sortKeys(item) === item;
  }
  if (canonical) return value;
  const out: Record<string, unknown> = {};
  for (const key of keys.sort()) {
    const item = record[key];
    if (item !== undefined && typeof item !== 'function') out[key] = sortKeys(item);
  }
  return out;
}
