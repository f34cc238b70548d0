/** What both schema comparisons check of one argument or input field, and their small helpers. */
import {
  astFromValue,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  print,
} from 'graphql';

export type Input = GraphQLArgument | GraphQLInputField;

/** The type (wrappers included) and, when the types agree, the default of `input` against `other`'s. */
export function compareInputTypeAndDefault(at: string, input: Input, other: Input, problems: string[]): void {
  if (String(input.type) !== String(other.type)) {
    problems.push(
      `${at}: type ${String(input.type)} in the snapshot, ${String(other.type)} in the reference`,
    );
    return;
  }
  const myDefault = printDefault(input.defaultValue, input.type);
  const theirDefault = printDefault(other.defaultValue, other.type);
  if (myDefault !== theirDefault) {
    problems.push(
      `${at}: default ${myDefault ?? 'none'} in the snapshot, ${theirDefault ?? 'none'} in the reference`,
    );
  }
}

function printDefault(value: unknown, type: GraphQLInputType): string | undefined {
  if (value === undefined) return undefined;
  const ast = astFromValue(value, type);
  return ast ? print(ast) : 'unprintable';
}

export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
