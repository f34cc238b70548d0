/**
 * The `where` arguments of design connections and lists (DesProjectFilterInput,
 * DesReleaseFilterInput, DesWipVariantFilterInput, DesComponentFilterInput, ...):
 * every given field condition must hold, `and` lists must all hold, `or`
 * lists need one. String operations compare case-sensitively; date-time
 * operations compare instants.
 */
import { invalidArgument } from '../api-errors.js';

export type FilterInput = { readonly [field: string]: unknown };

/** Whether one item's field satisfies that field's operation input. */
export type FieldFilter<T> = (item: T, operations: FilterInput) => boolean;

function list(value: unknown): FilterInput[] {
  return Array.isArray(value) ? (value as FilterInput[]) : [];
}

/** Whether `item` passes `where` (no filter passes everything). */
export function matchesWhere<T>(
  item: T,
  where: FilterInput | null | undefined,
  fields: Readonly<Record<string, FieldFilter<T>>>,
): boolean {
  if (!where) return true;
  for (const [key, value] of Object.entries(where)) {
    if (value === null || value === undefined) continue;
    if (key === 'and') {
      if (!list(value).every((inner) => matchesWhere(item, inner, fields))) return false;
    } else if (key === 'or') {
      if (!list(value).some((inner) => matchesWhere(item, inner, fields))) return false;
    } else {
      const filter = fields[key];
      if (!filter) throw invalidArgument(`Filtering on "${key}" is not supported here.`);
      if (!filter(item, value as FilterInput)) return false;
    }
  }
  return true;
}

/** Items passing `where`, in their original order. */
export function filterWhere<T>(
  items: readonly T[],
  where: FilterInput | null | undefined,
  fields: Readonly<Record<string, FieldFilter<T>>>,
): T[] {
  return where ? items.filter((item) => matchesWhere(item, where, fields)) : [...items];
}

type Comparison<V> = (actual: V, operand: unknown) => boolean;

/** Evaluates the operations of one field input; `and`/`or` nest, `eq`/`neq`/`in`/`nin` accept null. */
function evaluate<V>(
  actual: V,
  operations: FilterInput,
  comparisons: Readonly<Record<string, Comparison<V>>>,
  inputName: string,
): boolean {
  for (const [operation, operand] of Object.entries(operations)) {
    if (operand === undefined) continue;
    if (operation === 'and' || operation === 'or') {
      if (operand === null) continue;
      const inner = list(operand).map((ops) => evaluate(actual, ops, comparisons, inputName));
      if (operation === 'and' ? inner.includes(false) : !inner.includes(true)) return false;
      continue;
    }
    const compare = comparisons[operation];
    if (!compare) throw invalidArgument(`${inputName} does not support "${operation}".`);
    if (operand === null && !['eq', 'neq'].includes(operation)) {
      throw invalidArgument(`${inputName}.${operation} needs a value, not null.`);
    }
    if (!compare(actual, operand)) return false;
  }
  return true;
}

function inList(actual: unknown, operand: unknown): boolean {
  return Array.isArray(operand) && operand.includes(actual);
}

const STRING_COMPARISONS: Readonly<Record<string, Comparison<string | null>>> = {
  eq: (a, b) => a === b,
  neq: (a, b) => a !== b,
  in: inList,
  nin: (a, b) => !inList(a, b),
  contains: (a, b) => a?.includes(String(b)) ?? false,
  ncontains: (a, b) => !(a?.includes(String(b)) ?? false),
  startsWith: (a, b) => a?.startsWith(String(b)) ?? false,
  nstartsWith: (a, b) => !(a?.startsWith(String(b)) ?? false),
  endsWith: (a, b) => a?.endsWith(String(b)) ?? false,
  nendsWith: (a, b) => !(a?.endsWith(String(b)) ?? false),
};

/** A StringOperationFilterInput (or DesComponentStringOperationFilterInput) on one string field. */
export function stringField<T>(get: (item: T) => string | null): FieldFilter<T> {
  return (item, operations) => evaluate(get(item), operations, STRING_COMPARISONS, 'The string filter');
}

function instant(value: unknown): number {
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw invalidArgument(`"${String(value)}" is not an ISO 8601 date-time.`);
  return time;
}

const instants = (operand: unknown): number[] => (Array.isArray(operand) ? operand.map(instant) : []);

const DATE_TIME_COMPARISONS: Readonly<Record<string, Comparison<number>>> = {
  eq: (a, b) => b !== null && a === instant(b),
  neq: (a, b) => b === null || a !== instant(b),
  in: (a, b) => instants(b).includes(a),
  nin: (a, b) => !instants(b).includes(a),
  gt: (a, b) => a > instant(b),
  ngt: (a, b) => !(a > instant(b)),
  gte: (a, b) => a >= instant(b),
  ngte: (a, b) => !(a >= instant(b)),
  lt: (a, b) => a < instant(b),
  nlt: (a, b) => !(a < instant(b)),
  lte: (a, b) => a <= instant(b),
  nlte: (a, b) => !(a <= instant(b)),
};

/** A DateTimeOperationFilterInput on one ISO 8601 field. */
export function dateTimeField<T>(get: (item: T) => string): FieldFilter<T> {
  return (item, operations) =>
    evaluate(Date.parse(get(item)), operations, DATE_TIME_COMPARISONS, 'The date-time filter');
}

const ENUM_COMPARISONS: Readonly<Record<string, Comparison<string>>> = {
  eq: (a, b) => a === b,
  neq: (a, b) => a !== b,
  in: inList,
  nin: (a, b) => !inList(a, b),
};

/** An enum operation input (such as DesProjectTypeOperationFilterInput) on one field. */
export function enumField<T>(get: (item: T) => string): FieldFilter<T> {
  return (item, operations) => evaluate(get(item), operations, ENUM_COMPARISONS, 'The enum filter');
}
