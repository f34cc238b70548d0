import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { type DocumentNode, GraphQLError, parse, Source } from 'graphql';

/** One parsed operation file. `name` is its path from the repository root, used in every message. */
export interface OperationSource {
  name: string;
  /** The package folder name (`supply`, `design`): codegen compiles a package's files together. */
  packageName: string;
  document: DocumentNode;
}

export interface ReadOperations {
  sources: OperationSource[];
  /** Files that do not parse, one line each naming the file and position. */
  problems: string[];
}

/** Parses operation files; a syntax error becomes a problem line instead of an exception. */
export function readOperationFiles(paths: readonly string[], root: string): ReadOperations {
  const sources: OperationSource[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    const name = relative(root, path).split(sep).join('/');
    const packageName = name.split('/')[1] ?? name;
    try {
      sources.push(parseOperations(readFileSync(path, 'utf8'), name, packageName));
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      problems.push(formatGraphQLError(error, name));
    }
  }
  return { sources, problems };
}

export function parseOperations(text: string, name: string, packageName: string): OperationSource {
  return { name, packageName, document: parse(new Source(text, name)) };
}

/** `file:line:column: message`, with the file taken from the error's own source when it has one. */
export function formatGraphQLError(error: GraphQLError, fallbackName: string): string {
  const file = error.source?.name ?? fallbackName;
  const at = error.locations?.[0];
  return at ? `${file}:${at.line}:${at.column}: ${error.message}` : `${file}: ${error.message}`;
}
