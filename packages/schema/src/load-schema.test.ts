import { readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { isObjectType, Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadSchema, loadSchemaSource } from './load-schema.js';
import { schemaPath } from './schema-path.js';

const supplyFields = [
  'supSearch',
  'supSearchMpn',
  'supMultiMatch',
  'supParts',
  'supCategories',
  'supManufacturers',
  'supSellers',
  'supSuggest',
  'supSpellingCorrection',
  'supAttributes',
];
const designFields = [
  'desWorkspaceInfos',
  'desWorkspaceLocations',
  'desProjects',
  'desProjectById',
  'desProjectsByIds',
  'desWipVariantByVariantName',
  'desReleaseById',
  'desReleaseVariantByVariantName',
  'desLibrary',
  'desComponentById',
  'desCommentThreads',
  'desCommentThread',
  'desTeam',
  'desUsers',
  'desUserByAuth',
];
const mutationFields = [
  'desCreateCommentThread',
  'desDeleteCommentThread',
  'desCreateComment',
  'desUpdateComment',
  'desDeleteComment',
];

describe('schemaPath', () => {
  it('is the absolute path of the schema.graphql shipped at the package root', () => {
    expect(isAbsolute(schemaPath)).toBe(true);
    expect(schemaPath).toBe(new URL('../schema.graphql', import.meta.url).pathname);
    expect(readFileSync(schemaPath, 'utf8')).toBe(loadSchemaSource());
  });
});

describe('loadSchema', () => {
  it('builds a valid schema whose roots are Query and Mutation with the expected fields', () => {
    const schema = loadSchema();
    expect(Object.keys(schema.getQueryType()?.getFields() ?? {}).sort()).toEqual(
      [...supplyFields, ...designFields, 'admApplicationById'].sort(),
    );
    expect(Object.keys(schema.getMutationType()?.getFields() ?? {}).sort()).toEqual(
      [...mutationFields].sort(),
    );
    expect(schema.getSubscriptionType()).toBeUndefined();
  });

  it('returns the same instance on every call', () => {
    expect(loadSchema()).toBe(loadSchema());
  });

  it('lets a client reach part offers and BOM manufacturer parts', () => {
    const schema = loadSchema();
    const offer = schema.getType('SupOffer');
    const manufacturerPart = schema.getType('DesManufacturerPart');
    expect(isObjectType(offer) && String(offer.getFields().prices?.type)).toBe('[SupPricePoint!]!');
    expect(isObjectType(manufacturerPart) && String(manufacturerPart.getFields().partNumber?.type)).toBe(
      'String!',
    );
  });
});

describe('schema.graphql layout', () => {
  it('lists Query, Mutation, then every other definition in alphabetical order', () => {
    const names = parse(loadSchemaSource()).definitions.map((definition) =>
      'name' in definition && definition.name ? definition.name.value : definition.kind,
    );
    const rest = names.slice(2);
    expect(names.slice(0, 2)).toEqual(['Query', 'Mutation']);
    expect(rest).toEqual([...rest].sort());
    expect(new Set(names).size).toBe(names.length);
  });

  it('declares no deprecations and no schema extensions', () => {
    const document = parse(loadSchemaSource());
    expect(loadSchemaSource()).not.toMatch(/@deprecated/);
    expect(
      document.definitions.filter((d) => d.kind.endsWith('Extension') || d.kind === Kind.SCHEMA_DEFINITION),
    ).toEqual([]);
  });
});
