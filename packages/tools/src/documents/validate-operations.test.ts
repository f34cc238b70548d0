import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { parseOperations, readOperationFiles } from './operation-source.js';
import { findOperationNameProblems, validateOperations } from './validate-operations.js';

const schema = buildSchema(/* GraphQL */ `
  type Query {
    part(id: ID!): Part
    parts(q: String, legacy: Boolean @deprecated(reason: "use q")): [Part!]!
    oldParts: [Part!]! @deprecated(reason: "use parts")
  }
  type Part {
    id: ID!
    mpn: String!
  }
`);

const file = (text: string, name = 'packages/supply/src/operations/a.graphql', packageName = 'supply') =>
  parseOperations(text, name, packageName);

describe('validateOperations', () => {
  it('accepts valid operations, with fragments from another file of the same package', () => {
    const sources = [
      file('query Part($id: ID!) { part(id: $id) { ...PartFields } }'),
      file('fragment PartFields on Part { id mpn }', 'packages/supply/src/operations/fragments.graphql'),
    ];
    expect(validateOperations(sources, schema)).toEqual([]);
  });

  it('names the file, line and column of each problem', () => {
    const problems = validateOperations(
      [file('query Part {\n  part(id: "1") {\n    colour\n  }\n}')],
      schema,
    );
    expect(problems).toEqual([
      'packages/supply/src/operations/a.graphql:3:5: Cannot query field "colour" on type "Part".',
    ]);
  });

  it('rejects deprecated fields and arguments', () => {
    const problems = validateOperations(
      [file('query Old { oldParts { id } parts(legacy: true) { id } }')],
      schema,
    );
    expect(problems).toEqual([
      expect.stringMatching(/a\.graphql:1:13: .*Query\.oldParts is deprecated\. use parts/),
      expect.stringMatching(/a\.graphql:1:35: .*legacy.* is deprecated\. use q/),
    ]);
  });

  it('does not let a package use a fragment of another package', () => {
    const problems = validateOperations(
      [
        file(
          'query Part { part(id: "1") { ...PartFields } }',
          'packages/design/src/operations/b.graphql',
          'design',
        ),
        file('fragment PartFields on Part { id }'),
      ],
      schema,
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^packages\/design\/src\/operations\/b\.graphql:.*Unknown fragment/),
      ]),
    );
  });
});

describe('findOperationNameProblems', () => {
  it('finds names used twice across packages, and anonymous operations', () => {
    const problems = findOperationNameProblems([
      file('query Part { part(id: "1") { id } }'),
      file('query Part { part(id: "2") { id } }', 'packages/design/src/operations/b.graphql', 'design'),
      file('query Parts { parts { id } }\n{ parts { mpn } }', 'packages/supply/src/operations/c.graphql'),
    ]);
    expect(problems).toEqual([
      'packages/supply/src/operations/c.graphql:2: anonymous query: give it a name',
      'operation name Part is used 2 times: packages/supply/src/operations/a.graphql, packages/design/src/operations/b.graphql',
    ]);
  });
});

describe('readOperationFiles', () => {
  it('parses files and reports syntax errors with the file name instead of throwing', () => {
    const root = mkdtempSync(join(tmpdir(), 'operations-'));
    const folder = join(root, 'packages', 'supply', 'src', 'operations');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'good.graphql'), 'query Good { part(id: "1") { id } }');
    writeFileSync(join(folder, 'bad.graphql'), 'query Bad {\n  part(id: "1") { id \n');
    const { sources, problems } = readOperationFiles(
      [join(folder, 'good.graphql'), join(folder, 'bad.graphql')],
      root,
    );
    expect(sources.map((source) => [source.name, source.packageName])).toEqual([
      ['packages/supply/src/operations/good.graphql', 'supply'],
    ]);
    expect(problems).toEqual([
      expect.stringMatching(/^packages\/supply\/src\/operations\/bad\.graphql:3:1: Syntax Error/),
    ]);
  });
});
