/**
 * Answers are frozen once, when they arrive, and then shared read-only: by the cache, by identical calls
 * in flight together and by every BOM line of one query. Only the roots frozen here are remembered
 * (remembering every object would cost more than freezing it); the walk stops at frozen objects, as
 * everything inside a value frozen here is frozen.
 */
const frozenBySdk = new WeakSet<object>();

/** Freezes `value` and everything it holds, in place, and returns it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || frozenBySdk.has(value)) return value;
  freezeAll(value);
  frozenBySdk.add(value);
  return value;
}

function freezeAll(value: object): void {
  if (Object.isFrozen(value)) return;
  if (Array.isArray(value)) {
    for (const item of value) if (typeof item === 'object' && item !== null) freezeAll(item);
  } else {
    for (const key in value) {
      const item = (value as Record<string, unknown>)[key];
      if (typeof item === 'object' && item !== null) freezeAll(item);
    }
  }
  Object.freeze(value);
}

/** Records `value`, frozen whole by the caller (see `settleAnswer`), as deep-frozen. */
export function markDeepFrozen(value: object): void {
  frozenBySdk.add(value);
}

/** True when `value` was frozen whole by `deepFreeze` (plain values count as frozen). */
export function isDeepFrozen(value: unknown): boolean {
  return typeof value !== 'object' || value === null || frozenBySdk.has(value);
}
