import { readFileSync } from 'node:fs';
import { assertValidSchema, buildSchema, type GraphQLSchema } from 'graphql';
import { schemaPath } from './schema-path.js';

let source: string | undefined;
let schema: GraphQLSchema | undefined;

/** The snapshot's SDL text, read once. */
export function loadSchemaSource(): string {
  source ??= readFileSync(schemaPath, 'utf8');
  return source;
}

/** The snapshot as a validated graphql-js schema, built once and shared. */
export function loadSchema(): GraphQLSchema {
  if (schema === undefined) {
    const built = buildSchema(loadSchemaSource());
    // buildSchema only checks SDL syntax and names; catch type-system mistakes here, not at first query.
    assertValidSchema(built);
    schema = built;
  }
  return schema;
}
