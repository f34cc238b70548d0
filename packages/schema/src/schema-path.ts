import { fileURLToPath } from 'node:url';

/** Absolute filesystem path of the shipped `schema.graphql` (the package root holds it). */
export const schemaPath: string = fileURLToPath(new URL('../schema.graphql', import.meta.url));
