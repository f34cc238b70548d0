/**
 * Small validating reader for JSON data files: every problem is reported with
 * the path of the offending value, e.g. `parts[3].sellers[0].offers[1].prices: expected an array`.
 */

export class DataFormatError extends Error {
  override readonly name = 'DataFormatError';
  /** Where in the document the problem is (`parts[3].mpn`); empty for the root. */
  readonly path: string;
  /** The file or label the data came from, when known. */
  readonly source: string | undefined;

  constructor(path: string, problem: string, source?: string) {
    const where = path === '' ? '(root)' : path;
    super(`${source ? `${source}: ` : ''}${where}: ${problem}`);
    this.path = path;
    this.source = source;
  }
}

export type JsonObject = Record<string, unknown>;

export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

export class JsonReader {
  constructor(readonly source?: string) {}

  fail(path: string, problem: string): never {
    throw new DataFormatError(path, problem, this.source);
  }

  /** A plain object whose keys are all in `allowed`. */
  object(value: unknown, path: string, allowed: readonly string[]): JsonObject {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(path, `expected an object, got ${describe(value)}`);
    }
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key))
        this.fail(childPath(path, key), `unknown field (allowed: ${allowed.join(', ')})`);
    }
    return value as JsonObject;
  }

  array(value: unknown, path: string): unknown[] {
    if (!Array.isArray(value)) this.fail(path, `expected an array, got ${describe(value)}`);
    return value;
  }

  /** `obj[key]` as an array, or `[]` when absent. */
  optArray(obj: JsonObject, key: string, path: string): unknown[] {
    const value = obj[key];
    return value === undefined ? [] : this.array(value, childPath(path, key));
  }

  string(obj: JsonObject, key: string, path: string, options: { nonEmpty?: boolean } = {}): string {
    const value = obj[key];
    if (typeof value !== 'string')
      this.fail(childPath(path, key), `expected a string, got ${describe(value)}`);
    if (options.nonEmpty && value.trim() === '') this.fail(childPath(path, key), 'must not be empty');
    return value;
  }

  optString(obj: JsonObject, key: string, path: string, fallback: string): string {
    return obj[key] === undefined ? fallback : this.string(obj, key, path);
  }

  nullableString(obj: JsonObject, key: string, path: string): string | null {
    const value = obj[key];
    return value === undefined || value === null ? null : this.string(obj, key, path);
  }

  stringArray(obj: JsonObject, key: string, path: string): string[] {
    return this.optArray(obj, key, path).map((item, i) => {
      if (typeof item !== 'string')
        this.fail(childPath(childPath(path, key), i), `expected a string, got ${describe(item)}`);
      return item;
    });
  }

  number(
    obj: JsonObject,
    key: string,
    path: string,
    options: { min?: number; integer?: boolean } = {},
  ): number {
    const value = obj[key];
    const where = childPath(path, key);
    if (typeof value !== 'number' || !Number.isFinite(value))
      this.fail(where, `expected a number, got ${describe(value)}`);
    if (options.integer && !Number.isInteger(value)) this.fail(where, `expected an integer, got ${value}`);
    if (options.min !== undefined && value < options.min)
      this.fail(where, `must be at least ${options.min}, got ${value}`);
    return value;
  }

  nullableInt(obj: JsonObject, key: string, path: string, min = 0): number | null {
    const value = obj[key];
    return value === undefined || value === null ? null : this.number(obj, key, path, { min, integer: true });
  }

  bool(obj: JsonObject, key: string, path: string): boolean {
    const value = obj[key];
    if (typeof value !== 'boolean')
      this.fail(childPath(path, key), `expected a boolean, got ${describe(value)}`);
    return value;
  }

  optBool(obj: JsonObject, key: string, path: string, fallback: boolean): boolean {
    return obj[key] === undefined ? fallback : this.bool(obj, key, path);
  }

  nullableBool(obj: JsonObject, key: string, path: string): boolean | null {
    const value = obj[key];
    return value === undefined || value === null ? null : this.bool(obj, key, path);
  }

  /** An ISO 8601 date-time, returned normalised (`toISOString`). */
  dateTime(obj: JsonObject, key: string, path: string): string {
    const text = this.string(obj, key, path);
    const time = Date.parse(text);
    if (Number.isNaN(time)) this.fail(childPath(path, key), `expected an ISO 8601 date-time, got "${text}"`);
    return new Date(time).toISOString();
  }

  optDateTime(obj: JsonObject, key: string, path: string, fallback: string): string {
    return obj[key] === undefined ? fallback : this.dateTime(obj, key, path);
  }

  oneOf<T extends string>(obj: JsonObject, key: string, path: string, allowed: readonly T[], fallback: T): T {
    if (obj[key] === undefined) return fallback;
    const value = this.string(obj, key, path);
    if (!(allowed as readonly string[]).includes(value)) {
      this.fail(childPath(path, key), `expected one of ${allowed.join(', ')}, got "${value}"`);
    }
    return value as T;
  }
}

/** Remembers ids seen in a list and reports duplicates with both positions. */
export class UniqueIds {
  readonly #seen = new Map<string, string>();

  constructor(
    private readonly reader: JsonReader,
    private readonly what: string,
  ) {}

  add(id: string, path: string): void {
    const previous = this.#seen.get(id);
    if (previous !== undefined)
      this.reader.fail(path, `duplicate ${this.what} "${id}" (also at ${previous})`);
    this.#seen.set(id, path);
  }
}
