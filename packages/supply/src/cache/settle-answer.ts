/**
 * What happens to an answer as it arrives, in one walk: its part objects are counted, the values made
 * only of text that answers repeat (a manufacturer, a category, a spec, a seller's company) are shared
 * with earlier answers through a pool, and everything is frozen. A BOM of 35,000 parts holds each
 * manufacturer, category and spec once instead of once per part; numbers (prices, stock) rarely repeat,
 * so objects holding them are frozen but not pooled.
 *
 * The walk runs over every object of every answer, so it allocates nothing per object: values are
 * pooled by a 32-bit hash of their content and confirmed by comparing their fields.
 */
import { PART_TYPENAME } from '../count-parts.js';
import { markDeepFrozen } from './deep-freeze.js';

/** Text-only values by content, shared by the answers of one client. */
export class SharedValuePool {
  readonly #values = new Map<number, object>();
  readonly #maxValues: number;

  constructor(maxValues = 200_000) {
    this.#maxValues = maxValues;
  }

  /** Values held now. */
  get size(): number {
    return this.#values.size;
  }

  /** The pooled value with the content of `value` (whose hash is given), or `value`, pooled from now on. */
  share(hash: number, value: object): object {
    const known = this.#values.get(hash);
    if (known) return sameContent(known, value) ? known : value;
    // Bounded: a long-lived client starts a new pool rather than growing without end.
    if (this.#values.size >= this.#maxValues) this.#values.clear();
    this.#values.set(hash, value);
    return value;
  }
}

/**
 * Counts, shares and freezes `data` in place; returns the number of part objects in it. `data` is a
 * fresh answer (parsed from a response): nothing in it is frozen or shared yet.
 */
export function settleAnswer(data: unknown, pool: SharedValuePool): number {
  if (typeof data !== 'object' || data === null) return 0;
  const walk = new Walk(pool);
  walk.visit(data);
  markDeepFrozen(data);
  return walk.parts;
}

/** Marks a value that is not text only (it holds a number somewhere). */
const MIXED = -1;

class Walk {
  parts = 0;
  readonly #pool: SharedValuePool;

  constructor(pool: SharedValuePool) {
    this.#pool = pool;
  }

  /** The content hash of the value `visit` last returned when it is text only, else MIXED. */
  hash = MIXED;

  /**
   * Shares and freezes an object or array (in place, children first) and returns the value to keep in
   * its place: the pooled one when a value with the same content was seen before.
   */
  visit(value: object): object {
    let hash = Array.isArray(value) ? 0x811c9dc5 : 0x01000193;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'object' && item !== null) {
          const shared = this.visit(item);
          if (shared !== item) value[i] = shared;
          hash = hash === MIXED || this.hash === MIXED ? MIXED : mix(hash, this.hash);
        } else if (hash !== MIXED) hash = mixPrimitive(hash, item);
      }
      Object.freeze(value);
      // Arrays are compared inside the objects holding them, not pooled themselves.
      this.hash = hash;
      return value;
    }
    const record = value as Record<string, unknown>;
    if (record.__typename === PART_TYPENAME) this.parts += 1;
    for (const name in record) {
      const item = record[name];
      if (hash !== MIXED) hash = mixString(hash, name);
      if (typeof item === 'object' && item !== null) {
        const shared = this.visit(item);
        if (shared !== item) record[name] = shared;
        hash = hash === MIXED || this.hash === MIXED ? MIXED : mix(hash, this.hash);
      } else if (hash !== MIXED) hash = mixPrimitive(hash, item);
    }
    Object.freeze(value);
    this.hash = hash;
    return hash === MIXED ? value : this.#pool.share(hash, value);
  }
}

/** FNV-1a steps, kept non-negative so MIXED (-1) never collides with a hash. */
function mix(hash: number, n: number): number {
  return (Math.imul(hash ^ n, 0x01000193) >>> 1) | 0;
}

function mixString(hash: number, text: string): number {
  let h = mix(hash, text.length);
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 1) | 0;
}

function mixPrimitive(hash: number, value: unknown): number {
  if (typeof value === 'string') return mixString(hash, value);
  if (value === null) return mix(hash, 1);
  if (value === true) return mix(hash, 2);
  if (value === false) return mix(hash, 3);
  return MIXED;
}

/**
 * Whether two text-only values have the same fields: their strings equal, the objects in them the same
 * pooled objects, the arrays in them equal item by item. No allocation: it runs on every pool hit.
 */
function sameContent(a: object, b: object): boolean {
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  let fields = 0;
  for (const key in aRecord) {
    fields += 1;
    const x = aRecord[key];
    const y = bRecord[key];
    if (x === y) continue;
    if (!Array.isArray(x) || !Array.isArray(y) || !sameContent(x, y)) return false;
  }
  for (const _ in bRecord) fields -= 1;
  return fields === 0;
}
