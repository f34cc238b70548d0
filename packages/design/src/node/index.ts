// Node-only pieces, plus everything from the main entry.
export * from '../index.js';
export { createDesignClient } from './create-design-client.js';
