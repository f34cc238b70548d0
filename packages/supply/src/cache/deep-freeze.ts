/**
 * Answers are frozen once, when they arrive, and then shared read-only: by the cache, by identical calls
 * in flight together and by every BOM line of one query. Values frozen here are remembered, so freezing
 * (or checking) a value that holds already-frozen answers stops at them.
 */
const frozenBySdk = new WeakSet<object>();

/** Freezes `value` and everything it holds, in place, and returns it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || frozenBySdk.has(value)) return value;
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  Object.freeze(value);
  frozenBySdk.add(value);
  return value;
}

/** True when `value` was frozen whole by `deepFreeze` (plain values count as frozen). */
export function isDeepFrozen(value: unknown): boolean {
  return typeof value !== 'object' || value === null || frozenBySdk.has(value);
}
