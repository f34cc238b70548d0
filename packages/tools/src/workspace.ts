import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo root: the nearest folder at or above `from` that holds pnpm-workspace.yaml. */
export function repositoryRoot(from: string = fileURLToPath(new URL('.', import.meta.url))): string {
  let dir = from;
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`pnpm-workspace.yaml not found at or above ${from}`);
    dir = parent;
  }
  return dir;
}

/**
 * Where the full introspected Nexar schema lives: beside the repository, not in it (absent on some
 * machines), unless NEXAR_REFERENCE_SCHEMA names the file (a checkout placed elsewhere).
 */
export function referenceSchemaPath(root: string = repositoryRoot()): string {
  const named = process.env.NEXAR_REFERENCE_SCHEMA;
  if (named) return named;
  return join(root, '..', 'shared', 'nexar-schema', 'schema.graphql');
}

/** The packages (folder names under `packages/`) with at least one operation file. */
export function packagesWithOperations(root: string = repositoryRoot()): string[] {
  return packageNames(root).filter((name) => operationFilesOf(root, name).length > 0);
}

export function packageNames(root: string = repositoryRoot()): string[] {
  return readdirSync(join(root, 'packages'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, 'packages', entry.name, 'package.json')))
    .map((entry) => entry.name)
    .sort();
}

export function operationsFolder(root: string, packageName: string): string {
  return join(root, 'packages', packageName, 'src', 'operations');
}

/**
 * Every operation file the project ships: `packages/<name>/src/operations/*.graphql` (the pattern
 * codegen.ts and .graphqlrc.yml use), as absolute paths in a stable order.
 */
export function findOperationFiles(root: string = repositoryRoot()): string[] {
  return packageNames(root).flatMap((name) => operationFilesOf(root, name));
}

/** One package's operation files, sorted. */
export function operationFilesOf(root: string, packageName: string): string[] {
  const folder = operationsFolder(root, packageName);
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.graphql'))
    .map((entry) => join(folder, entry.name))
    .sort();
}
