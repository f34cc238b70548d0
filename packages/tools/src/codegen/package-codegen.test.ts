import { describe, expect, it } from 'vitest';
import { configPathOf } from './package-codegen.js';

describe('configPathOf', () => {
  it.each([
    ['graphql-codegen --config codegen.ts', '/repo/packages/supply/codegen.ts'],
    ['graphql-codegen --config=../../codegen.ts', '/repo/codegen.ts'],
    ['graphql-codegen -c config/codegen.ts --verbose', '/repo/packages/supply/config/codegen.ts'],
    ['graphql-codegen', '/repo/packages/supply/codegen.ts'],
  ])('reads the config of %j', (script, expected) => {
    expect(configPathOf(script, '/repo/packages/supply')).toBe(expected);
  });
});
