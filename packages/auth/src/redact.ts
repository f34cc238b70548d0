/**
 * Redaction for objects that hold secrets. `util.inspect` looks up this registered symbol, so using
 * `Symbol.for` keeps `node:util` out of the browser-safe entry.
 */
export const inspectCustom: unique symbol = Symbol.for('nodejs.util.inspect.custom') as never;

export const REDACTED = '[redacted]';

/**
 * Makes `target` show `view()` instead of itself to `JSON.stringify` and `util.inspect`. The methods
 * are non-enumerable, so they do not show up in spreads or key listings.
 */
export function redactWith<T extends object>(target: T, name: string, view: () => object): T {
  Object.defineProperties(target, {
    toJSON: { value: view, enumerable: false, configurable: true },
    [inspectCustom]: {
      value: (_depth: number, options: object, inspect?: (value: unknown, options: object) => string) =>
        inspect ? `${name} ${inspect(view(), options)}` : view(),
      enumerable: false,
      configurable: true,
    },
  });
  return target;
}

/** Replaces every occurrence of the given secrets in `text` (for server-supplied text such as error descriptions). */
export function scrubSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) result = result.split(secret).join(REDACTED);
  }
  return result;
}
