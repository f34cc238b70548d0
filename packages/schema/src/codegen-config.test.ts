import { isScalarType, isSpecifiedScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { nexarCodegenConfig, scalars } from './codegen-config.js';
import { loadSchema } from './load-schema.js';
import { schemaPath } from './schema-path.js';

describe('nexarCodegenConfig', () => {
  it('maps every custom scalar of the schema, so strictScalars never stops a user', () => {
    const custom = Object.values(loadSchema().getTypeMap())
      .filter((type) => isScalarType(type) && !isSpecifiedScalarType(type))
      .map((type) => type.name)
      .sort();
    expect(Object.keys(scalars).sort()).toEqual(custom);
  });

  it("writes the user's documents to the user's output from this package's schema, or the one given", () => {
    const config = nexarCodegenConfig({ documents: 'src/**/*.graphql', output: 'src/nexar.ts' });
    expect(config.schema).toBe(schemaPath);
    expect(Object.keys(config.generates)).toEqual(['src/nexar.ts']);
    expect(config.generates['src/nexar.ts']?.documents).toBe('src/**/*.graphql');
    expect(config.generates['src/nexar.ts']?.plugins).toEqual([
      'typescript-operations',
      'typed-document-node',
    ]);
    expect(config.generates['src/nexar.ts']?.config.scalars).toBe(scalars);
    expect(config.errorsOnly).toBe(true);
    expect(nexarCodegenConfig({ documents: [], output: 'x.ts', schema: 'other.graphql' }).schema).toBe(
      'other.graphql',
    );
  });
});
