import {
  concatAST,
  type GraphQLSchema,
  Kind,
  NoDeprecatedCustomRule,
  specifiedRules,
  validate,
} from 'graphql';
import { formatGraphQLError, type OperationSource } from './operation-source.js';

const rules = [...specifiedRules, NoDeprecatedCustomRule];

/**
 * Validation problems of the operation files against `schema`, one line per problem naming the file,
 * position and error; empty when every file is valid. A package's files are validated together, as
 * codegen compiles them, so a fragment may live in another file of the same package.
 */
export function validateOperations(sources: readonly OperationSource[], schema: GraphQLSchema): string[] {
  const problems: string[] = [];
  for (const packageName of new Set(sources.map((source) => source.packageName))) {
    const inPackage = sources.filter((source) => source.packageName === packageName);
    const document = concatAST(inPackage.map((source) => source.document));
    const fallback = inPackage[0]?.name ?? packageName;
    for (const error of validate(schema, document, rules)) {
      problems.push(formatGraphQLError(error, fallback));
    }
  }
  return problems;
}

/** Anonymous operations, and operation names used more than once anywhere in the project. */
export function findOperationNameProblems(sources: readonly OperationSource[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string[]>();
  for (const source of sources) {
    for (const definition of source.document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      const name = definition.name?.value;
      if (name === undefined) {
        const line = definition.loc?.startToken.line;
        problems.push(
          `${source.name}${line ? `:${line}` : ''}: anonymous ${definition.operation}: give it a name`,
        );
        continue;
      }
      seen.set(name, [...(seen.get(name) ?? []), source.name]);
    }
  }
  for (const [name, files] of seen) {
    if (files.length > 1)
      problems.push(`operation name ${name} is used ${files.length} times: ${files.join(', ')}`);
  }
  return problems;
}
