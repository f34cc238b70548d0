/**
 * A value as a caller gave it, for error messages: strings quoted and named as strings (`'10' (a
 * string)`), NaN and Infinity by name, objects by kind. JavaScript callers see what they really passed.
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      return `${JSON.stringify(shown).replace(/^"|"$/g, "'")} (a string)`;
    }
    case 'number':
      return Object.is(value, -0) ? '0' : String(value);
    case 'bigint':
      return `${value}n (a bigint)`;
    case 'boolean':
      return `${value} (a boolean)`;
    case 'undefined':
      return 'undefined';
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    default:
      if (value === null) return 'null';
      return Array.isArray(value) ? `an array of ${value.length}` : 'an object';
  }
}
