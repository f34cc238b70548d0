import { createMockStore, type IMockStore, isRef } from '@graphql-tools/mock';
import {
  defaultFieldResolver,
  defaultTypeResolver,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type GraphQLTypeResolver,
  getNullableType,
  isAbstractType,
  isListType,
  isObjectType,
} from 'graphql';
import { generatedScalars } from './generated-scalars.js';
import { MODELLED_FIELDS } from './modelled-fields.js';

/**
 * Makes every field of `schema` answer (in place, like `instrumentSchema`): the curated resolvers and
 * the fields of the curated data stay as they are; every other field answers from a mock store
 * (@graphql-tools/mock) with deterministic generated values, remembered per parent so the same
 * question gets the same answer. A generated value hanging from a curated object is keyed by that
 * object's `id` (else its place in the answer), so a part's `v3uid` or a variant's `pcb` is stable and
 * belongs to that part or variant. Nothing here runs for a curated field.
 */
export function withGeneratedAnswers(schema: GraphQLSchema): GraphQLSchema {
  let store: IMockStore | undefined;
  // Built on first use, so starting the emulator costs nothing for it.
  const mockStore = (): IMockStore => {
    store ??= createMockStore({ schema, mocks: generatedScalars(), mockGenerationBehavior: 'deterministic' });
    return store;
  };
  // A curated parent without an id is known by where it stands in the answer: the same question
  // puts it at the same path, so it gets the same generated values.
  const keyOf = (source: object, path: GraphQLResolveInfo['path'] | undefined): string => {
    const id = (source as { id?: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return `id:${id}`;
    const steps: (string | number)[] = [];
    for (let step = path; step; step = step.prev) steps.push(step.key);
    return `path:${steps.reverse().join('.')}`;
  };
  const roots = new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map((root) => root?.name),
  );

  /** `modelled`: generate only below a generated parent; curated objects answer for themselves. */
  const generated = (type: GraphQLObjectType, modelled: boolean): GraphQLFieldResolver<unknown, unknown> => {
    return (source, args, context, info) => {
      const value: unknown = defaultFieldResolver(source, args, context, info);
      if (value !== undefined) return value;
      const generatedParent = isRef(source);
      if (modelled && !generatedParent) return value;
      // A generated mutation or lookup succeeded: its payload's error list is empty.
      if (info.fieldName === 'errors' && isListType(getNullableType(info.returnType))) return [];
      const fieldArgs = args as Record<string, unknown>;
      if (generatedParent) {
        const { typeName, key } = source.$ref;
        return mockStore().get({ typeName, key, fieldName: info.fieldName, fieldArgs });
      }
      const root = roots.has(type.name) || typeof source !== 'object' || source === null;
      const key = root ? 'ROOT' : keyOf(source, info.path.prev);
      return mockStore().get({ typeName: type.name, key, fieldName: info.fieldName, fieldArgs });
    };
  };

  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type)) {
      const kept = new Set(MODELLED_FIELDS[type.name] ?? []);
      for (const field of Object.values(type.getFields())) {
        const curated = field.resolve;
        if (curated === undefined) field.resolve = generated(type, kept.has(field.name));
        else {
          // A curated resolver knows curated objects only: below a generated parent, generate.
          const fallback = generated(type, false);
          field.resolve = (source, args, context, info) =>
            isRef(source) ? fallback(source, args, context, info) : curated(source, args, context, info);
        }
      }
    } else if (isAbstractType(type)) {
      const curated = type.resolveType;
      const resolveType: GraphQLTypeResolver<unknown, unknown> = (value, context, info, abstract) => {
        if (isRef(value)) return value.$ref.typeName;
        return (curated ?? defaultTypeResolver)(value, context, info, abstract);
      };
      type.resolveType = resolveType;
    }
  }
  return schema;
}
