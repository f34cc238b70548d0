/**
 * This package's codegen settings: the root `codegen.ts`, without the `typescript` plugin.
 * typescript-operations 6 writes the input types and enums the operations use by itself, so running both
 * plugins declares them twice (TS2300) and adds every input type of the schema.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';
import root from '../../codegen.js';

type Target = { plugins?: unknown[] };

const config: CodegenConfig = {
  ...root,
  generates: Object.fromEntries(
    Object.entries(root.generates as Record<string, Target>).map(([path, target]) => [
      path,
      { ...target, plugins: (target.plugins ?? []).filter((plugin) => plugin !== 'typescript') },
    ]),
  ) as CodegenConfig['generates'],
};

export default config;
