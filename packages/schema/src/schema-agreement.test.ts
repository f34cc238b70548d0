import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { findExactDisagreements } from './find-exact-disagreements.js';
import { loadSchema } from './load-schema.js';

/** The monorepo root: the nearest folder above this package that holds pnpm-workspace.yaml. */
function repositoryRoot(): string {
  let dir = fileURLToPath(new URL('.', import.meta.url));
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('pnpm-workspace.yaml not found above the schema package');
    dir = parent;
  }
  return dir;
}

// The full introspected Nexar schema lives beside the repository, not in it (or where
// NEXAR_REFERENCE_SCHEMA says, for a checkout placed elsewhere).
const referencePath =
  process.env.NEXAR_REFERENCE_SCHEMA ||
  join(repositoryRoot(), '..', 'shared', 'nexar-schema', 'schema.graphql');
const haveReference = existsSync(referencePath);
const title = haveReference
  ? 'schema.graphql agrees with the full Nexar schema'
  : `schema.graphql agrees with the full Nexar schema (SKIPPED: reference not found at ${referencePath})`;

describe.skipIf(!haveReference)(title, () => {
  it('has every type, field, argument, default, enum value and deprecation exactly as the API defines it', () => {
    const reference = buildSchema(readFileSync(referencePath, 'utf8'));
    expect(findExactDisagreements(loadSchema(), reference)).toEqual([]);
  });
});
