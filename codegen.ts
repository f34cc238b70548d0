/**
 * `pnpm codegen`: typed documents for each domain package, from its `src/operations/*.graphql` and the
 * project's schema snapshot (@nexar/schema). Run from a package folder, it generates only that package.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

const root = dirname(fileURLToPath(import.meta.url));
export const DOMAIN_PACKAGES = ['supply', 'design'] as const;

const here = DOMAIN_PACKAGES.find((name) => process.cwd() === join(root, 'packages', name));
const selected = here ? [here] : DOMAIN_PACKAGES;

/** Scalars as they travel in JSON. `strictScalars` makes a new scalar in the schema fail loudly. */
const scalars = {
  DateTime: 'string',
  Decimal: 'number',
  Long: 'number',
  Map: 'Record<string, unknown>',
  Any: 'unknown',
};

const config: CodegenConfig = {
  overwrite: true,
  silent: true,
  schema: join(root, 'packages/schema/schema.graphql'),
  ignoreNoDocuments: true,
  generates: Object.fromEntries(
    selected.map((name) => [
      join(root, 'packages', name, 'src/generated/graphql.ts'),
      {
        documents: join(root, 'packages', name, 'src/operations/*.graphql'),
        // typescript-operations writes the enums and input types the operations use itself; adding the
        // `typescript` plugin would declare them twice and add every other input type of the schema.
        plugins: ['typescript-operations', 'typed-document-node'],
        config: {
          enumsAsTypes: true,
          useTypeImports: true,
          strictScalars: true,
          scalars,
          dedupeFragments: true,
          avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
          maybeValue: 'T | null',
          inputMaybeValue: 'T | null | undefined',
        },
      },
    ]),
  ),
};

export default config;
