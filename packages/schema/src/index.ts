export { findSchemaDisagreements } from './find-schema-disagreements.js';
export { loadSchema, loadSchemaSource } from './load-schema.js';
export { schemaPath } from './schema-path.js';
