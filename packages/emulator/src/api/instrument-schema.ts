import {
  defaultFieldResolver,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  getNamedType,
  isObjectType,
} from 'graphql';
import type { ApiContext } from './api-context.js';
import { ApiErrorCode, apiError } from './api-errors.js';

/** The scope each root field family needs, as on Nexar. */
const SCOPE_BY_PREFIX: readonly (readonly [prefix: string, scope: string])[] = [
  ['sup', 'supply.domain'],
  ['des', 'design.domain'],
];

const PART_TYPE = 'SupPart';

type Resolver = GraphQLFieldResolver<unknown, ApiContext>;

/**
 * Wraps an executable schema's resolvers in place:
 * - root `sup*` / `des*` fields check the token's scopes and `adm*` fields need a user's token;
 * - every field that returns part objects adds them (and its response path) to the request's meter, so
 *   a part is counted wherever it appears (search results, multi-match, parts by id, nested lists);
 *   `charge-parts.ts` charges the parts the finished answer holds.
 */
export function instrumentSchema(schema: GraphQLSchema): GraphQLSchema {
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) guardScope(field);
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (getNamedType(field.type).name === PART_TYPE) meterParts(field);
    }
  }
  return schema;
}

function guardScope(field: GraphQLField<unknown, unknown>): void {
  const resolve = (field.resolve ?? defaultFieldResolver) as Resolver;
  const scope = SCOPE_BY_PREFIX.find(([prefix]) => field.name.startsWith(prefix))?.[1];
  const needsUser = field.name.startsWith('adm');
  if (!scope && !needsUser) return;
  const guarded: Resolver = (source, args, context, info) => {
    if (scope && !context.auth.scopes.includes(scope)) {
      throw apiError(
        ApiErrorCode.notAuthorized,
        `${field.name} needs the ${scope} scope, which this token does not have (it has: ${
          context.auth.scopes.join(' ') || 'none'
        }). Use an application created with that scope.`,
      );
    }
    if (needsUser && !context.auth.userId) {
      throw apiError(
        ApiErrorCode.notAuthorized,
        `${field.name} needs a user's token (authorization code flow); an application token from client credentials cannot read it.`,
      );
    }
    return resolve(source, args, context, info);
  };
  field.resolve = guarded as GraphQLFieldResolver<unknown, unknown>;
}

function meterParts(field: GraphQLField<unknown, unknown>): void {
  const resolve = (field.resolve ?? defaultFieldResolver) as Resolver;
  // Synchronous answers stay synchronous: a promise per part list would make graphql finish the rest
  // of the answer asynchronously too, which costs more than the resolvers themselves.
  const metered: Resolver = (source, args, context, info) => {
    const value: unknown = resolve(source, args, context, info);
    const add = (resolved: unknown): unknown => {
      const count = Array.isArray(resolved)
        ? resolved.filter((item) => item != null).length
        : resolved == null
          ? 0
          : 1;
      if (count > 0) {
        context.meter.parts += count;
        context.meter.entries ??= [];
        context.meter.entries.push({ path: info.path, schema: info.schema, resolved: count });
      }
      return resolved;
    };
    return value instanceof Promise ? value.then(add) : add(value);
  };
  field.resolve = metered as GraphQLFieldResolver<unknown, unknown>;
}
