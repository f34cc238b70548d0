/** Every operation of the package validates against the snapshot and the real schema, with no deprecated field. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  type DocumentNode,
  NoDeprecatedCustomRule,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const operationsDir = join(here, 'operations');
const snapshotPath = join(here, '../../schema/schema.graphql');
const realSchemaPath = join(here, '../../../../shared/nexar-schema/schema.graphql');

/** All operation files as one document (fragments are shared between files). */
function operations(): DocumentNode {
  const files = readdirSync(operationsDir).filter((name) => name.endsWith('.graphql'));
  return parse(files.map((name) => readFileSync(join(operationsDir, name), 'utf8')).join('\n'));
}

function problems(schemaPath: string): string[] {
  const schema = buildSchema(readFileSync(schemaPath, 'utf8'));
  return validate(schema, operations(), [...specifiedRules, NoDeprecatedCustomRule]).map(
    (error) => error.message,
  );
}

describe('supply operations', () => {
  it('validate against the project snapshot with no deprecated field', () => {
    expect(problems(snapshotPath)).toEqual([]);
  });

  it.skipIf(!existsSync(realSchemaPath))(
    'validate against the real Nexar schema with no deprecated field',
    () => {
      expect(problems(realSchemaPath)).toEqual([]);
    },
  );

  it('are the operations the client needs', () => {
    const names = operations()
      .definitions.filter((definition) => definition.kind === 'OperationDefinition')
      .map((definition) => ('name' in definition ? definition.name?.value : undefined));
    expect(names).toEqual(
      expect.arrayContaining([
        'SearchMpn',
        'Search',
        'MultiMatch',
        'PartsByIds',
        'Suggest',
        'SpellingCorrection',
        'Categories',
        'Manufacturers',
        'Sellers',
        'Attributes',
        'ApplicationUsage',
      ]),
    );
  });
});
