import { schemaPath } from './schema-path.js';

/**
 * Nexar's custom scalars as they travel in JSON, for graphql-codegen's `scalars` option. With
 * `strictScalars` a scalar the schema gains later fails generation loudly instead of becoming `any`.
 */
export const scalars = {
  Any: 'unknown',
  DateTime: 'string',
  Decimal: 'number',
  Long: 'number',
  Map: 'Record<string, unknown>',
  MultiplierPath: 'string',
} as const;

/** The plugin options that give typed documents for `client.request` in the SDK's own style. */
export const codegenPluginConfig = {
  enumsAsTypes: true,
  useTypeImports: true,
  strictScalars: true,
  scalars,
  dedupeFragments: true,
  avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
  maybeValue: 'T | null',
  inputMaybeValue: 'T | null | undefined',
} as const;

export interface NexarCodegenOptions {
  /** Glob(s) of the `.graphql` operation files, e.g. `src/operations/*.graphql`. */
  documents: string | string[];
  /** The TypeScript file to write, e.g. `src/generated/nexar.ts`. */
  output: string;
  /** Another schema file (default: this package's snapshot of the whole Nexar schema). */
  schema?: string;
}

/** The shape of graphql-codegen's `CodegenConfig` that this package fills in. */
export interface NexarCodegenConfig {
  overwrite: boolean;
  errorsOnly: boolean;
  schema: string;
  ignoreNoDocuments: boolean;
  generates: Record<
    string,
    { documents: string | string[]; plugins: string[]; config: typeof codegenPluginConfig }
  >;
}

/**
 * A complete graphql-codegen config for operations against Nexar: typed documents
 * (`@graphql-codegen/typescript-operations` + `@graphql-codegen/typed-document-node`) that
 * `client.request` accepts. Validation errors name the file, line and column of the operation.
 */
export function nexarCodegenConfig(options: NexarCodegenOptions): NexarCodegenConfig {
  return {
    overwrite: true,
    errorsOnly: true,
    schema: options.schema ?? schemaPath,
    ignoreNoDocuments: true,
    generates: {
      [options.output]: {
        documents: options.documents,
        // typescript-operations writes the enums and input types the operations use itself; adding the
        // `typescript` plugin would declare them twice and add every other input type of the schema.
        plugins: ['typescript-operations', 'typed-document-node'],
        config: codegenPluginConfig,
      },
    },
  };
}
