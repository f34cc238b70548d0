/**
 * This package's codegen settings: the root `codegen.ts` without its `typescript` plugin.
 * typescript-operations 6 already writes the enums and input types the operations use, so running both
 * plugins declares them twice (TS2300) and adds every other input type of the schema.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';
import root from '../../codegen.js';

type Target = { plugins?: unknown[] };

const generates = Object.entries(root.generates as Record<string, Target>).map(([path, target]) => [
  path,
  { ...target, plugins: (target.plugins ?? []).filter((plugin) => plugin !== 'typescript') },
]);

const config: CodegenConfig = { ...root, generates: Object.fromEntries(generates) };

export default config;
