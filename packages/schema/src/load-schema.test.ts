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
  it('builds a valid schema, the whole API, with the fields the SDK uses, none of them deprecated', () => {
    const schema = loadSchema();
    const queries = schema.getQueryType()?.getFields() ?? {};
    const mutations = schema.getMutationType()?.getFields() ?? {};
    for (const name of [...supplyFields, ...designFields, 'admApplicationById']) {
      expect(queries[name]?.deprecationReason, name).toBeUndefined();
    }
    for (const name of mutationFields) expect(mutations[name]?.deprecationReason, name).toBeUndefined();
    expect(Object.keys(queries).length).toBeGreaterThan(100);
    expect(schema.getSubscriptionType()?.name).toBe('Subscription');
    expect(Object.keys(schema.getTypeMap()).length).toBeGreaterThan(800);
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
  it('lists directives, then Query, Mutation, Subscription, then every other definition in alphabetical order', () => {
    const definitions = parse(loadSchemaSource()).definitions;
    const names = definitions
      .filter((definition) => definition.kind !== Kind.DIRECTIVE_DEFINITION)
      .map((definition) =>
        'name' in definition && definition.name ? definition.name.value : definition.kind,
      );
    const firstType = definitions.findIndex((definition) => definition.kind !== Kind.DIRECTIVE_DEFINITION);
    expect(definitions.slice(firstType).every((d) => d.kind !== Kind.DIRECTIVE_DEFINITION)).toBe(true);
    const rest = names.slice(3);
    expect(names.slice(0, 3)).toEqual(['Query', 'Mutation', 'Subscription']);
    expect(rest).toEqual([...rest].sort());
    expect(new Set(names).size).toBe(names.length);
  });

  it('declares no schema extensions, and deprecation reasons in its own words only', () => {
    const document = parse(loadSchemaSource());
    const reasons = [...loadSchemaSource().matchAll(/@deprecated\(reason: "([^"]*)"\)/g)].map((m) => m[1]);
    // Every reason the snapshot writes is the project's own wording ("Superseded by ...").
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(reason).toMatch(/^Superseded by /);
    expect(
      document.definitions.filter((d) => d.kind.endsWith('Extension') || d.kind === Kind.SCHEMA_DEFINITION),
    ).toEqual([]);
  });
});
