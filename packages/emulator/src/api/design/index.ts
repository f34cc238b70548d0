export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection.js';
export { createDesignResolvers } from './create-design-resolvers.js';
