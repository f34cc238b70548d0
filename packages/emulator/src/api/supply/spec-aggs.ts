/** SupPartResultSet.specAggs: value buckets and ranges of chosen attributes over every hit. */
import type { Attribute, CatalogIndex, Part, Spec } from '../../catalog/index.js';
import { bucketSize, suggestedFilters } from './aggregations.js';
import { attributeNamed, knownAttributes, specOf } from './attribute-lookup.js';

export interface SpecBucket {
  displayValue: string;
  floatValue: number | null;
  count: number;
}

export interface SpecAgg {
  attribute: Attribute;
  buckets: SpecBucket[];
  valueType: string;
  min: number | null;
  max: number | null;
  siMin: string | null;
  siMax: string | null;
  displayMin: string | null;
  displayMax: string | null;
  units: string | null;
  unitsName: string | null;
  unitsSymbol: string | null;
}

export interface SpecAggsArgs {
  attributeNames: readonly string[];
  attributeSelection: 'EXPLICIT' | 'WITH_SUGGESTED' | 'ALL';
  size: number;
}

/**
 * EXPLICIT: the named attributes (shortnames, as `supAttributes` lists them; unknown names are skipped,
 * so they get no aggregation);
 * WITH_SUGGESTED: those plus `suggestedFilters`; ALL: those plus every
 * attribute the hits have specs for.
 */
export function specAggs(catalog: CatalogIndex, parts: readonly Part[], args: SpecAggsArgs): SpecAgg[] {
  const size = bucketSize('SupPartResultSet.specAggs', args.size);
  const chosen: Attribute[] = [];
  const add = (attribute: Attribute | undefined) => {
    if (attribute && !chosen.includes(attribute)) chosen.push(attribute);
  };
  for (const name of args.attributeNames) add(attributeNamed(catalog, name));
  if (args.attributeSelection === 'WITH_SUGGESTED') for (const a of suggestedFilters(parts)) add(a);
  if (args.attributeSelection === 'ALL') {
    for (const attribute of knownAttributes(catalog)) {
      if (parts.some((part) => specOf(part, attribute) !== undefined)) add(attribute);
    }
  }
  return chosen.map((attribute) => aggregate(attribute, parts, size));
}

function numberOf(spec: Spec): number | null {
  const value = Number(spec.siValue);
  return spec.siValue !== '' && Number.isFinite(value) ? value : null;
}

function aggregate(attribute: Attribute, parts: readonly Part[], size: number): SpecAgg {
  const specs: Spec[] = [];
  for (const part of parts) {
    const spec = specOf(part, attribute);
    if (spec) specs.push(spec);
  }
  const buckets = new Map<string, SpecBucket>();
  let low: { value: number; spec: Spec } | undefined;
  let high: { value: number; spec: Spec } | undefined;
  for (const spec of specs) {
    const value = numberOf(spec);
    const bucket = buckets.get(spec.displayValue) ?? {
      displayValue: spec.displayValue,
      floatValue: value,
      count: 0,
    };
    bucket.count += 1;
    buckets.set(spec.displayValue, bucket);
    if (value === null) continue;
    if (low === undefined || value < low.value) low = { value, spec };
    if (high === undefined || value > high.value) high = { value, spec };
  }
  const sorted = [...buckets.values()].sort(
    (a, b) =>
      b.count - a.count ||
      (a.floatValue ?? Number.POSITIVE_INFINITY) - (b.floatValue ?? Number.POSITIVE_INFINITY) ||
      a.displayValue.localeCompare(b.displayValue, 'en'),
  );
  return {
    attribute,
    buckets: sorted.slice(0, size),
    valueType: attribute.valueType,
    min: low?.value ?? null,
    max: high?.value ?? null,
    siMin: low ? String(low.value) : null,
    siMax: high ? String(high.value) : null,
    displayMin: low?.spec.displayValue ?? null,
    displayMax: high?.spec.displayValue ?? null,
    units: specs.find((spec) => spec.units !== '')?.units ?? null,
    unitsName: attribute.unitsName || null,
    unitsSymbol: attribute.unitsSymbol || null,
  };
}
