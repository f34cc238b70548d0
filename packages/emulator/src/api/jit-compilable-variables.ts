import {
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  type OperationDefinitionNode,
  typeFromAST,
} from 'graphql';

/**
 * Input fields graphql-jit may unfold for one operation's variables. It writes the coercion of each
 * variable out in full, field by field, so its compile time grows with the unfolded input types, and
 * without bound for types that contain themselves (a filter's `and` / `or`): compiling the design
 * `Projects` operation, whose `where` is such a type, took 14 s.
 */
const MAX_UNFOLDED_INPUT_FIELDS = 300;

/** Whether graphql-jit can compile the coercion of these variables in a bounded time. */
export function hasCompilableVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): boolean {
  let budget = MAX_UNFOLDED_INPUT_FIELDS;
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type) return false;
    const fields = unfoldedFields(type, new Set());
    if (fields === undefined) return false;
    budget -= fields;
    if (budget < 0) return false;
  }
  return true;
}

/** Fields of the input type unfolded as a tree; undefined when it contains itself or is too large. */
function unfoldedFields(type: GraphQLInputType, path: Set<string>): number | undefined {
  const named = getNamedType(type);
  if (!isInputObjectType(named)) return 0;
  if (path.has(named.name)) return undefined;
  path.add(named.name);
  let count = 0;
  for (const field of Object.values(named.getFields())) {
    const inner = unfoldedFields(field.type, path);
    if (inner === undefined) return undefined;
    count += 1 + inner;
    if (count > MAX_UNFOLDED_INPUT_FIELDS) return undefined;
  }
  path.delete(named.name);
  return count;
}
