/**
 * What happens to an answer as it arrives, in one walk: its part objects are counted, the values made
 * only of text that answers repeat (a manufacturer, a category, a spec, a seller's company) are shared
 * with earlier answers through a pool, and everything is frozen. A BOM of 35,000 parts holds each
 * manufacturer, category and spec once instead of once per part; numbers (prices, stock) rarely repeat,
 * so objects holding them are frozen but not pooled.
 */
import { PART_TYPENAME } from '../count-parts.js';
import { markDeepFrozen } from './deep-freeze.js';

/** Text-only values by content, shared by the answers of one client. */
export class SharedValuePool {
  readonly #values = new Map<string, object>();
  readonly #maxValues: number;

  constructor(maxValues = 200_000) {
    this.#maxValues = maxValues;
  }

  /** Values held now. */
  get size(): number {
    return this.#values.size;
  }

  /** The pooled value with this content, or `value` itself, pooled from now on. */
  share(key: string, value: object): object {
    const known = this.#values.get(key);
    if (known) return known;
    // Bounded: a long-lived client starts a new pool rather than growing without end.
    if (this.#values.size >= this.#maxValues) this.#values.clear();
    this.#values.set(key, value);
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

/** Longest content key pooled: larger values are rarely repeated whole, and keying them costs. */
const MAX_KEY_LENGTH = 400;

/** The key of text (and null, true, false); numbers are not pooled. */
function primitiveKey(value: unknown): string | undefined {
  if (typeof value === 'string') return `${value.length}:${value}`;
  return value === null || typeof value === 'boolean' ? String(value) : undefined;
}

function joinKey(key: string, item: string): string | undefined {
  return key.length + item.length < MAX_KEY_LENGTH ? `${key}${item},` : undefined;
}

class Walk {
  parts = 0;
  /** The content key of the value `visit` last returned when it is text only, else undefined. */
  key: string | undefined;
  readonly #pool: SharedValuePool;

  constructor(pool: SharedValuePool) {
    this.#pool = pool;
  }

  /** Shares and freezes an object or array; sets `key` to its content key when it is text only. */
  visit(value: object): object {
    let key: string | undefined;
    if (Array.isArray(value)) {
      key = '[';
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        let itemKey: string | undefined;
        if (typeof item === 'object' && item !== null) {
          const shared = this.visit(item);
          if (shared !== item) value[i] = shared;
          itemKey = this.key;
        } else if (key !== undefined) itemKey = primitiveKey(item);
        key = key !== undefined && itemKey !== undefined ? joinKey(key, itemKey) : undefined;
      }
      Object.freeze(value);
      // Arrays are keyed for the objects holding them, not pooled themselves.
      this.key = key !== undefined && key.length > 1 ? key : undefined;
      return value;
    }
    const record = value as Record<string, unknown>;
    if (record.__typename === PART_TYPENAME) this.parts += 1;
    key = '{';
    for (const name in record) {
      const item = record[name];
      let itemKey: string | undefined;
      if (typeof item === 'object' && item !== null) {
        const shared = this.visit(item);
        if (shared !== item) record[name] = shared;
        itemKey = this.key;
      } else if (key !== undefined) itemKey = primitiveKey(item);
      key = key !== undefined && itemKey !== undefined ? joinKey(key, `${name}=${itemKey}`) : undefined;
    }
    Object.freeze(value);
    if (key === undefined || key.length === 1) {
      this.key = undefined;
      return value;
    }
    this.key = key;
    return this.#pool.share(key, value);
  }
}
