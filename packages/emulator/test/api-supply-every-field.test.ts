/**
 * Builds, from the schema snapshot (`loadSchema()` of @nexar/schema), queries
 * that select every field of every Sup* type reachable from the sup* root
 * fields, and checks that the API answers them without errors: every supply
 * field of the snapshot is served, and nearly every nullable one shows a value.
 */
import { loadSchema } from '@nexar/schema';
import {
  type GraphQLObjectType,
  type GraphQLOutputType,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { isModelledField } from '../src/api/generated/modelled-fields.js';
import { graphql, useSupplyEmulator } from './api-supply-harness.js';

/** A type may appear twice on a path, so SupPart.similarParts and SupCategory.children are followed once. */
const MAX_REPEATS = 2;

/** Arguments for root fields (required ones, and some that make nullable fields show values). */
const ROOT_ARGUMENTS: Record<string, string> = {
  supSearch: '(q: "", limit: 3, filters: {category_id: ["15"], outputvoltage: ["(3__6)"]})',
  supSearchMpn: '(q: "IRLZ44N", limit: 2, currency: "EUR")',
  supMultiMatch: '(queries: [{mpn: "LM358", limit: 2, reference: "r1"}, {reference: "no-mpn"}])',
  supParts: '(ids: ["1001", "1015", "unknown"])',
  supCategories: '(ids: ["12", "10"])',
  supManufacturers: '(ids: ["ti", "st"])',
  supSellers: '',
  supSuggest: '(q: "lm3")',
  supSpellingCorrection: '(q: "resistr")',
  supAttributes: '',
};

/** Arguments for nested fields that require some. */
const FIELD_ARGUMENTS: Record<string, string> = {
  'SupPartResultSet.specAggs': '(attributeNames: ["outputvoltage", "case_package"])',
};

/** Fields the emulator has no data for (null or an empty list), or that are null unless a query goes wrong. */
const EMULATOR_NULLS = [
  'SupPart.freeSampleUrl',
  'SupPart.series',
  'SupPart.referenceDesigns',
  // An empty list means no shipping restrictions.
  'SupPartSeller.shipsToCountries',
  'SupCategory.blurb',
  'SupOffer.multipackQuantity',
  'SupPartResultSet.warnings',
  'SupSpecBucket.floatValue',
  'SupSpecAgg.units',
];

/** Fields the small fixture leaves null or empty in every part. */
const FIXTURE_NULLS = [
  'SupPart.manufacturerUrl',
  'SupPart.bestImage',
  'SupPart.images',
  'SupPart.estimatedFactoryLeadDays',
  'SupOffer.eligibleRegion',
  'SupOffer.onOrderQuantity',
  'SupOffer.factoryLeadDays',
  'SupDocument.pageCount',
  'SupDocument.createdAt',
];

const MAY_BE_NULL = new Set([...EMULATOR_NULLS, ...FIXTURE_NULLS]);

const schema = loadSchema();
const supRootFields = Object.values(schema.getQueryType()?.getFields() ?? {}).filter(
  (f) => f.name.startsWith('sup') && isModelledField('Query', f.name),
);

function selectionOf(type: GraphQLObjectType, path: readonly string[], selected: Set<string>): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    // The curated surface only: generated answers are checked by api-whole-schema.test.ts.
    if (!isModelledField(type.name, field.name)) continue;
    const named = getNamedType(field.type);
    const args = FIELD_ARGUMENTS[`${type.name}.${field.name}`] ?? '';
    if (!isObjectType(named)) {
      parts.push(`${field.name}${args}`);
      selected.add(`${type.name}.${field.name}`);
      continue;
    }
    if (path.filter((name) => name === named.name).length >= MAX_REPEATS) continue;
    parts.push(`${field.name}${args} { ${selectionOf(named, [...path, named.name], selected)} }`);
    selected.add(`${type.name}.${field.name}`);
  }
  return parts.join(' ');
}

/** Every field of `type` and of the object types it reaches. */
function reachableFields(
  type: GraphQLObjectType,
  out = new Set<string>(),
  seen = new Set<string>(),
): Set<string> {
  if (seen.has(type.name)) return out;
  seen.add(type.name);
  for (const field of Object.values(type.getFields())) {
    // The curated surface only: generated answers are checked by api-whole-schema.test.ts.
    if (!isModelledField(type.name, field.name)) continue;
    out.add(`${type.name}.${field.name}`);
    const named = getNamedType(field.type);
    if (isObjectType(named)) reachableFields(named, out, seen);
  }
  return out;
}

/** Records `Type.field` for every field that has a value (not null, not an empty list) somewhere in `value`. */
function recordValues(value: unknown, type: GraphQLOutputType, found: Set<string>): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    for (const item of value as unknown[]) recordValues(item, nullable.ofType, found);
    return;
  }
  if (!isObjectType(nullable)) return;
  const fields = nullable.getFields();
  for (const [name, child] of Object.entries(value as Record<string, unknown>)) {
    const field = fields[name];
    if (!field || child === null || (Array.isArray(child) && child.length === 0)) continue;
    found.add(`${nullable.name}.${name}`);
    recordValues(child, field.type, found);
  }
}

function fieldType(name: string): GraphQLOutputType {
  const [typeName = '', fieldName = ''] = name.split('.');
  const type = schema.getType(typeName);
  const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
  if (!field) throw new Error(`no field ${name}`);
  return field.type;
}

const fixture = useSupplyEmulator();

describe('every supply field of the schema snapshot', () => {
  const selected = new Set<string>();
  const withValues = new Set<string>();

  it('has arguments for every sup* root field', () => {
    expect(supRootFields.map((f) => f.name).sort()).toEqual(Object.keys(ROOT_ARGUMENTS).sort());
  });

  it.each(supRootFields.map((field) => [field.name, field] as const))(
    'serves every field under %s',
    async (name, field) => {
      const named = getNamedType(field.type) as GraphQLObjectType;
      const text = `{ ${name}${ROOT_ARGUMENTS[name] ?? ''} { ${selectionOf(named, [named.name], selected)} } }`;
      selected.add(`Query.${name}`);
      const response = await graphql(fixture.emu, fixture.token, text);
      expect(response.errors).toBeUndefined();
      const data = response.data?.[name];
      expect(Array.isArray(data) ? data.length : data).toBeTruthy();
      recordValues(response.data, schema.getQueryType() as GraphQLObjectType, withValues);
    },
  );

  it('selected every field of every type the sup* root fields reach', () => {
    const all = new Set<string>();
    for (const field of supRootFields) {
      all.add(`Query.${field.name}`);
      const named = getNamedType(field.type);
      if (isObjectType(named)) reachableFields(named, all);
    }
    expect([...all].filter((name) => !selected.has(name))).toEqual([]);
    // Sanity: the walk reached the deep types too.
    expect(all).toContain('SupPricePoint.conversionRate');
    expect(all).toContain('SupSpecBucket.floatValue');
  });

  it('showed a value for every field but those the emulator or the fixture leave null', () => {
    // Types that never appear (in lists that stay empty) have no values to show.
    const appeared = new Set([...withValues].map((name) => getNamedType(fieldType(name)).name));
    const missing = [...selected].filter(
      (name) => appeared.has(name.split('.')[0] ?? '') && !withValues.has(name) && !MAY_BE_NULL.has(name),
    );
    expect(missing).toEqual([]);
    expect([...appeared].sort()).toEqual(expect.arrayContaining(['SupOffer', 'SupPricePoint', 'SupSpecAgg']));
  });
});
