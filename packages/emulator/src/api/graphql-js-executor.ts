import { execute } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Runs operations with graphql-js's own executor instead of graphql-yoga's default
 * (@graphql-tools/executor), whose support for @defer/@stream and promise helpers the emulator does
 * not use: a 100-line BOM answer has thousands of fields, and this executor spends about a fifth less
 * CPU on them. Same spec, same results and errors.
 */
export function graphqlJsExecutor(): Plugin {
  return {
    onExecute({ setExecuteFn }) {
      setExecuteFn(execute);
    },
  };
}
