/**
 * `pnpm codegen`: typed documents for each domain package, from its `src/operations/*.graphql` and the
 * project's schema snapshot (@nexar/schema), with the config @nexar/schema gives users. Run from a
 * package folder, it generates only that package. A document that does not validate stops the run with
 * the file, line and column named.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { nexarCodegenConfig } from './packages/schema/src/codegen-config.js';

const root = dirname(fileURLToPath(import.meta.url));
export const DOMAIN_PACKAGES = ['supply', 'design'] as const;

const here = DOMAIN_PACKAGES.find((name) => process.cwd() === join(root, 'packages', name));
const selected = here ? [here] : DOMAIN_PACKAGES;

const perPackage = selected.map((name) =>
  nexarCodegenConfig({
    documents: join(root, 'packages', name, 'src/operations/*.graphql'),
    output: join(root, 'packages', name, 'src/generated/graphql.ts'),
  }),
);
const [first] = perPackage;
if (first === undefined) throw new Error('codegen.ts: no package selected');

const config: CodegenConfig = {
  ...first,
  generates: Object.assign({}, ...perPackage.map((entry) => entry.generates)),
};

export default config;
