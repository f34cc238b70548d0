/**
 * Aggregations of a supSearch / supSearchMpn result set, over every hit (not
 * only the returned page): buckets sorted by count, most first, then by name.
 */
import type { Attribute, Category, Company, Part } from '../../catalog/index.js';
import { invalidArgument } from '../api-errors.js';

export interface CompanyBucket {
  company: Company;
  count: number;
}

export interface CategoryBucket {
  category: Category;
  count: number;
}

export interface InStockBucket {
  isInStock: boolean;
  count: number;
}

export interface AttributeGroup {
  name: string;
  attributes: Attribute[];
}

/** How many categories `suggestedCategories` returns, and attributes `suggestedFilters`. */
const SUGGESTED_CATEGORIES = 5;
const SUGGESTED_FILTERS = 10;

export function bucketSize(field: string, size: number): number {
  if (size < 0) throw invalidArgument(`${field}: size must not be negative, got ${size}.`);
  return size;
}

function topBuckets<T>(counts: Map<T, number>, nameOf: (item: T) => string, size: number) {
  return [...counts]
    .sort(([a, ca], [b, cb]) => cb - ca || nameOf(a).localeCompare(nameOf(b), 'en'))
    .slice(0, size);
}

function countInto<T>(counts: Map<T, number>, item: T): void {
  counts.set(item, (counts.get(item) ?? 0) + 1);
}

export function manufacturerAgg(parts: readonly Part[], size: number): CompanyBucket[] {
  const counts = new Map<Company, number>();
  for (const part of parts) countInto(counts, part.manufacturer);
  return topBuckets(counts, (c) => c.name, size).map(([company, count]) => ({ company, count }));
}

/** Parts per seller (a part counts once per seller that offers it). */
export function distributorAgg(parts: readonly Part[], size: number): CompanyBucket[] {
  const counts = new Map<Company, number>();
  for (const part of parts)
    for (const company of new Set(part.sellers.map((s) => s.company))) countInto(counts, company);
  return topBuckets(counts, (c) => c.name, size).map(([company, count]) => ({ company, count }));
}

/** Parts per (leaf) category. */
export function categoryAgg(parts: readonly Part[], size: number): CategoryBucket[] {
  const counts = new Map<Category, number>();
  for (const part of parts) if (part.category) countInto(counts, part.category);
  return topBuckets(counts, (c) => c.name, size).map(([category, count]) => ({ category, count }));
}

export function suggestedCategories(parts: readonly Part[]): CategoryBucket[] {
  return categoryAgg(parts, SUGGESTED_CATEGORIES);
}

/** In stock (some offer has inventory) and out of stock; empty buckets are left out. */
export function inStockAgg(parts: readonly Part[]): InStockBucket[] {
  const inStock = parts.filter((p) =>
    p.sellers.some((s) => s.offers.some((o) => o.inventoryLevel > 0)),
  ).length;
  return [
    { isInStock: true, count: inStock },
    { isInStock: false, count: parts.length - inStock },
  ].filter((bucket) => bucket.count > 0);
}

/** Attributes the hits have specs for, most common first. */
export function suggestedFilters(parts: readonly Part[]): Attribute[] {
  const counts = new Map<Attribute, number>();
  for (const part of parts) for (const spec of part.specs) countInto(counts, spec.attribute);
  return topBuckets(counts, (a) => a.name, SUGGESTED_FILTERS).map(([attribute]) => attribute);
}

/** Attributes the hits have specs for, grouped by their group, in the catalog's attribute order. */
export function specsViewAttributeGroups(
  attributes: readonly Attribute[],
  parts: readonly Part[],
): AttributeGroup[] {
  const used = new Set<string>();
  for (const part of parts) for (const spec of part.specs) used.add(spec.attribute.id);
  const groups = new Map<string, Attribute[]>();
  for (const attribute of attributes) {
    if (!used.has(attribute.id)) continue;
    const group = groups.get(attribute.group) ?? [];
    group.push(attribute);
    groups.set(attribute.group, group);
  }
  return [...groups].map(([name, list]) => ({ name, attributes: list }));
}
