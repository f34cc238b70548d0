/**
 * Every root field of the whole schema answers: one query per Query and Mutation field, with the
 * arguments it requires and a selection of its scalars (and those one object level down), sent with
 * the right kind of token. Curated fields answer from the catalog and design data, the rest with
 * generated values that stay the same from one request to the next.
 */
import { loadSchema } from '@nexar/schema';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../src/start-emulator.js';
import { appToken, graphql, startTestEmulator } from './emulator-harness.js';
import { userToken } from './user-token.js';

const schema = loadSchema();

/** A literal for an argument or input field that must be given. */
function literal(type: GraphQLInputType, name: string, depth = 0): string {
  if (isNonNullType(type)) return literal(type.ofType, name, depth);
  if (isListType(type)) return `[${literal(type.ofType, name, depth)}]`;
  if (isEnumType(type)) return type.getValues()[0]?.name ?? 'null';
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter(
      (field) => isNonNullType(field.type) && field.defaultValue === undefined,
    );
    if (depth > 4) return '{}';
    return `{${required.map((field) => `${field.name}: ${literal(field.type, field.name, depth + 1)}`).join(', ')}}`;
  }
  switch (getNamedType(type).name) {
    case 'Int':
    case 'Long':
      return '1';
    case 'Float':
    case 'Decimal':
      return '1.5';
    case 'Boolean':
      return 'true';
    case 'Map':
    case 'Any':
      return '{}';
    case 'DateTime':
      return '"2026-01-01T00:00:00Z"';
    default:
      // Ids and names the demo data knows where the name says what is wanted.
      if (/mpn|^q$/i.test(name)) return '"LM358"';
      return '"1001"';
  }
}

function argumentsOf(args: readonly GraphQLArgument[]): string {
  const required = args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  return required.length === 0
    ? ''
    : `(${required.map((arg) => `${arg.name}: ${literal(arg.type, arg.name)}`).join(', ')})`;
}

/** Leaf fields without required arguments, and the leaves of object fields one level down. */
function selectionOf(type: GraphQLObjectType | ReturnType<typeof getNamedType>, depth: number): string {
  if (isUnionType(type)) {
    return `__typename ${type
      .getTypes()
      .map((member) => `... on ${member.name} { ${selectionOf(member, depth)} }`)
      .join(' ')}`;
  }
  if (!isObjectType(type) && !isInterfaceType(type)) return '';
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (depth > 0) parts.push(`${field.name} { ${selectionOf(named, depth - 1)} }`);
  }
  return parts.join(' ');
}

function documentFor(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  const selection = isLeafType(named) ? '' : ` { ${selectionOf(named, 1)} }`;
  return `${operation} { ${field.name}${argumentsOf(field.args)}${selection} }`;
}

/** Curated root fields that look their arguments up in the demo data (tested with real ids elsewhere). */
const CHECKS_ITS_ARGUMENTS = new Set(['desCommentThread', 'desCommentThreads', 'desCreateCommentThread']);

let emulator: Emulator;
let supplyToken: string;
let userAccess: string;

beforeAll(async () => {
  emulator = await startTestEmulator({ autoLogin: true });
  supplyToken = await appToken(emulator, 'supply');
  userAccess = await userToken(emulator.url, emulator.clients.design);
});

afterAll(async () => {
  await emulator?.close();
});

const rootFields = (['query', 'mutation'] as const).flatMap((operation) => {
  const root = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values(root?.getFields() ?? {}).map((field) => [operation, field] as const);
});

async function ask(token: string, text: string) {
  const answer = await graphql(emulator.graphqlUrl, text, { token });
  return answer.body as { data?: Record<string, unknown> | null; errors?: { message: string }[] };
}

describe('every root field of the whole schema', () => {
  it('covers the whole schema, not only the curated surface', () => {
    expect(rootFields.length).toBeGreaterThan(150);
  });

  it.each(rootFields.map(([operation, field]) => [`${operation} ${field.name}`, operation, field] as const))(
    '%s answers with data and no error',
    async (_, operation, field) => {
      const token = field.name.startsWith('sup') ? supplyToken : userAccess;
      const text = documentFor(operation, field);
      const first = await ask(token, text);
      if (CHECKS_ITS_ARGUMENTS.has(field.name)) {
        // Curated: a made-up id gets the emulator's own explanation, never an unexpected error.
        for (const error of first.errors ?? []) expect(error.message).not.toBe('Unexpected error.');
        return;
      }
      expect(first.errors, text).toBeUndefined();
      const value = first.data?.[field.name];
      if (isNonNullType(field.type) || isListType(getNullableType(field.type))) expect(value).toBeDefined();
      // The same question gets the same answer, except where a mutation changed the data.
      if (operation === 'query') expect((await ask(token, text)).data).toEqual(first.data);
    },
  );
});

describe('generated answers', () => {
  it('hang from curated data consistently: a part keeps its v3uid, and it differs between parts', async () => {
    const found = await ask(supplyToken, '{ supSearch(q: "", limit: 2) { results { part { id } } } }');
    const search = found.data?.supSearch as { results: { part: { id: string } }[] } | undefined;
    const ids = (search?.results ?? []).map((r) => r.part.id);
    expect(ids).toHaveLength(2);
    const first = await ask(supplyToken, `{ supParts(ids: ${JSON.stringify(ids)}) { id mpn v3uid } }`);
    expect(first.errors).toBeUndefined();
    const parts = first.data?.supParts as { id: string; mpn: string; v3uid: string }[];
    expect(parts.map((part) => part.id)).toEqual(ids);
    expect(typeof parts[0]?.v3uid).toBe('string');
    expect(parts[0]?.v3uid).not.toBe(parts[1]?.v3uid);
    const again = await ask(supplyToken, `{ supParts(ids: ["${ids[1]}"]) { v3uid } }`);
    const [only] = (again.data?.supParts ?? []) as { v3uid: string }[];
    expect(only?.v3uid).toBe(parts[1]?.v3uid);
  });

  it("accept the real API's arguments the emulator has no use for, and answer the same", async () => {
    const plain = await ask(
      supplyToken,
      '{ supSearchMpn(q: "LM358", limit: 2) { hits results { part { id _cacheId } } } }',
    );
    const withDistributors = await ask(
      supplyToken,
      '{ supSearchMpn(q: "LM358", limit: 2, distributorApi: true, distributorApiTimeout: "5s") { hits results { part { id _cacheId } } } }',
    );
    expect(withDistributors.errors).toBeUndefined();
    expect(withDistributors.data).toEqual(plain.data);
  });

  it('leave the curated answers as they were', async () => {
    const answer = await ask(
      supplyToken,
      '{ supSearchMpn(q: "LM358", limit: 1) { hits results { part { mpn } } } }',
    );
    const search = answer.data?.supSearchMpn as { hits: number; results: { part: { mpn: string } }[] };
    expect(search.hits).toBeGreaterThan(0);
    expect(search.results[0]?.part.mpn).toContain('LM358');
  });
});

describe('what the real schema refuses', () => {
  it('refuses an unknown field, a missing required argument and a wrong argument type', async () => {
    for (const text of [
      '{ supParts(ids: ["1001"]) { colour } }',
      '{ supParts { id } }',
      '{ supSearch(limit: "ten") { hits } }',
    ]) {
      const answer = await ask(supplyToken, text);
      expect(answer.data ?? undefined, text).toBeUndefined();
      expect(answer.errors?.length, text).toBeGreaterThan(0);
    }
  });

  it('keeps scope checks on generated root fields: sup* needs supply.domain', async () => {
    const answer = await ask(userAccess, '{ supCategoryById(id: "1") { id } }');
    expect(answer.errors?.[0]?.message).toContain('supply.domain');
  });
});
