import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Test settings every package shares. graphql 16 ships CommonJS (`main`) and ESM (`module`) builds:
 * Vite would pick the ESM one for our sources while Node loads the CommonJS one for graphql-yoga and
 * graphql-request, and graphql refuses objects from the other copy. Pin every import to the copy Node uses.
 */
export default defineConfig({
  resolve: {
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The JSON report is what `pnpm test` sums into one passed/failed/skipped line for the workspace.
    reporters: ['default', ['json', { outputFile: 'test-output/vitest-results.json' }]],
  },
});
