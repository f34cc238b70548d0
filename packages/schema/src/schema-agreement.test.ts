import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { findSchemaDisagreements } from './find-schema-disagreements.js';
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

// The full introspected Nexar schema lives beside the repository, not in it.
const referencePath = join(repositoryRoot(), '..', 'shared', 'nexar-schema', 'schema.graphql');
const haveReference = existsSync(referencePath);
const title = haveReference
  ? 'schema.graphql agrees with the full Nexar schema'
  : `schema.graphql agrees with the full Nexar schema (SKIPPED: reference not found at ${referencePath})`;

describe.skipIf(!haveReference)(title, () => {
  it('has every type, field, argument and enum value exactly as the API defines it, none deprecated', () => {
    const reference = buildSchema(readFileSync(referencePath, 'utf8'));
    expect(findSchemaDisagreements(loadSchema(), reference)).toEqual([]);
  });
});
