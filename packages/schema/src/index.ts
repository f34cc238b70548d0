export {
  codegenPluginConfig,
  type NexarCodegenConfig,
  type NexarCodegenOptions,
  nexarCodegenConfig,
  scalars,
} from './codegen-config.js';
export { findExactDisagreements } from './find-exact-disagreements.js';
export { findSchemaDisagreements } from './find-schema-disagreements.js';
export { loadSchema, loadSchemaSource } from './load-schema.js';
export { schemaPath } from './schema-path.js';
