/**
 * The `filters` map of supSearch / supSearchMpn / supMultiMatch options, and the
 * boolean filters next to it. Keys are `manufacturer_id`, `distributor_id`,
 * `category_id` (camelCase accepted too) or an attribute shortname; each maps to
 * a list of accepted values (any of them matches), and every key must match.
 * Companies may be given by id or name; a category includes its descendants;
 * attribute values match a spec's value or display value, or a numeric range
 * `(min__max)`, `(min__)`, `(__max)` (inclusive, SI units). Unknown keys are an
 * INVALID_ARGUMENT error naming the key.
 */
import type { Attribute, CatalogIndex, Category, Company, Part, Spec } from '../../catalog/index.js';
import { invalidArgument } from '../api-errors.js';
import { attributeNamed, specOf } from './attribute-lookup.js';

export interface AppliedFilter {
  shortname: string;
  name: string;
  values: string[];
  displayValues: string[];
  unitsSymbol: string | null;
}

export interface FilterArgs {
  filters?: unknown;
  inStockOnly?: boolean | null;
  hasDatasheetOnly?: boolean | null;
  authorizedOnly?: boolean | null;
}

export interface PartFilters {
  /** True when no filter at all was given. */
  readonly none: boolean;
  test(part: Part): boolean;
  /** Display information of the map's filters (SupPartResultSet.appliedFilters). */
  applied(): AppliedFilter[];
  /** The category of a single-valued category filter. */
  readonly appliedCategory: Category | null;
}

type Key = 'manufacturer' | 'distributor' | 'category';

const KEYS: Record<string, Key> = {
  manufacturer_id: 'manufacturer',
  manufacturerId: 'manufacturer',
  distributor_id: 'distributor',
  distributorId: 'distributor',
  seller_id: 'distributor',
  sellerId: 'distributor',
  category_id: 'category',
  categoryId: 'category',
};

interface Clause {
  test(part: Part): boolean;
  applied(): AppliedFilter;
}

export function parseFilters(catalog: CatalogIndex, field: string, args: FilterArgs): PartFilters {
  const clauses: Clause[] = [];
  let appliedCategory: Category | null = null;
  for (const [key, values] of Object.entries(filterMap(field, args.filters))) {
    if (values.length === 0) continue;
    const kind = KEYS[key];
    if (kind === 'category') {
      clauses.push(categoryClause(catalog, key, values));
      if (values.length === 1) appliedCategory = catalog.categoryById(values[0] ?? '') ?? null;
    } else if (kind) {
      clauses.push(companyClause(catalog, key, kind, values));
    } else {
      const attribute = attributeNamed(catalog, key);
      if (!attribute) {
        throw invalidArgument(
          `${field}: unknown filters key ${JSON.stringify(key)}; use manufacturer_id, distributor_id, ` +
            'category_id or an attribute shortname (see supAttributes).',
        );
      }
      clauses.push(attributeClause(catalog, field, key, attribute, values));
    }
  }
  const flags: ((part: Part) => boolean)[] = [];
  if (args.inStockOnly) flags.push((p) => p.sellers.some((s) => s.offers.some((o) => o.inventoryLevel > 0)));
  if (args.hasDatasheetOnly) flags.push((p) => p.bestDatasheet !== null);
  if (args.authorizedOnly) flags.push((p) => p.sellers.some((s) => s.isAuthorized));
  return {
    none: clauses.length === 0 && flags.length === 0,
    test: (part) => flags.every((flag) => flag(part)) && clauses.every((clause) => clause.test(part)),
    applied: () => clauses.map((clause) => clause.applied()),
    appliedCategory,
  };
}

function filterMap(field: string, filters: unknown): Record<string, string[]> {
  if (filters == null) return {};
  if (typeof filters !== 'object' || Array.isArray(filters)) {
    throw invalidArgument(`${field}: filters must be an object mapping a key to a list of values.`);
  }
  const out: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(filters)) {
    const list = Array.isArray(value) ? value : [value];
    if (!list.every((item) => typeof item === 'string' || typeof item === 'number')) {
      throw invalidArgument(
        `${field}: filters.${key} must be a list of strings, got ${JSON.stringify(value)}.`,
      );
    }
    out[key] = list.map(String);
  }
  return out;
}

function companyClause(catalog: CatalogIndex, key: string, kind: Key, values: string[]): Clause {
  const find = (value: string) =>
    kind === 'manufacturer' ? catalog.findManufacturers(value) : catalog.findSellers(value);
  const found = values.map(find);
  const companies = new Set<Company>(found.flat());
  return {
    test:
      kind === 'manufacturer'
        ? (part) => companies.has(part.manufacturer)
        : (part) => part.sellers.some((seller) => companies.has(seller.company)),
    applied: () => ({
      shortname: key,
      name: kind === 'manufacturer' ? 'Manufacturer' : 'Distributor',
      values,
      displayValues: values.map((value, i) => found[i]?.map((c) => c.name).join(', ') || value),
      unitsSymbol: null,
    }),
  };
}

function categoryClause(catalog: CatalogIndex, key: string, values: string[]): Clause {
  const ids = new Set<string>();
  const walk = (id: string): void => {
    if (ids.has(id)) return;
    ids.add(id);
    for (const child of catalog.categoryChildren(id)) walk(child.id);
  };
  for (const value of values) if (catalog.categoryById(value)) walk(value);
  return {
    test: (part) => part.category !== null && ids.has(part.category.id),
    applied: () => ({
      shortname: key,
      name: 'Category',
      values,
      displayValues: values.map((value) => catalog.categoryById(value)?.name ?? value),
      unitsSymbol: null,
    }),
  };
}

const RANGE = /^\(\s*([^_()]*?)\s*__\s*([^_()]*?)\s*\)$/;

interface ValueMatcher {
  matches(spec: Spec): boolean;
  /** Range text, or undefined for an exact value (shown as a matching spec's display value). */
  display?: string;
}

function valueMatcher(field: string, key: string, value: string): ValueMatcher {
  const range = RANGE.exec(value);
  if (range) {
    const bound = (text: string | undefined): number | undefined => {
      if (text === undefined || text === '') return undefined;
      const number = Number(text);
      if (!Number.isFinite(number)) {
        throw invalidArgument(
          `${field}: filters.${key} range ${JSON.stringify(value)} has a bound that is not a number.`,
        );
      }
      return number;
    };
    const min = bound(range[1]);
    const max = bound(range[2]);
    return {
      display: min === undefined ? `≤ ${max}` : max === undefined ? `≥ ${min}` : `${min} to ${max}`,
      matches: (spec) => {
        const number = Number(spec.siValue);
        return (
          spec.siValue !== '' &&
          Number.isFinite(number) &&
          (min === undefined || number >= min) &&
          (max === undefined || number <= max)
        );
      },
    };
  }
  const lower = value.trim().toLowerCase();
  const number = value.trim() === '' ? Number.NaN : Number(value);
  return {
    matches: (spec) =>
      spec.value.toLowerCase() === lower ||
      spec.displayValue.toLowerCase() === lower ||
      (Number.isFinite(number) && spec.siValue !== '' && Number(spec.siValue) === number),
  };
}

function attributeClause(
  catalog: CatalogIndex,
  field: string,
  key: string,
  attribute: Attribute,
  values: string[],
): Clause {
  const matchers = values.map((value) => valueMatcher(field, key, value));
  const displayOf = (matcher: ValueMatcher, value: string): string => {
    if (matcher.display !== undefined) return matcher.display;
    for (const part of catalog.parts) {
      const spec = specOf(part, attribute);
      if (spec && matcher.matches(spec)) return spec.displayValue;
    }
    return value;
  };
  return {
    test: (part) => {
      const spec = specOf(part, attribute);
      return spec !== undefined && matchers.some((matcher) => matcher.matches(spec));
    },
    applied: () => ({
      shortname: key,
      name: attribute.name,
      values,
      displayValues: matchers.map((matcher, i) => displayOf(matcher, values[i] ?? '')),
      unitsSymbol: attribute.unitsSymbol || null,
    }),
  };
}
