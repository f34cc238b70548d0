// Node-only additions; everything of the main entry is available here too.
export * from '../index.js';
export { createNexarClient } from './create-client.js';
