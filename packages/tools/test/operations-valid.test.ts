import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { loadCodegenConfig } from '@graphql-codegen/cli';
import { loadSchema } from '@nexar/schema';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { findCodegenPackages } from '../src/codegen/package-codegen.js';
import { parseOperations, readOperationFiles } from '../src/documents/operation-source.js';
import { findOperationNameProblems, validateOperations } from '../src/documents/validate-operations.js';
import { findOperationFiles, referenceSchemaPath, repositoryRoot } from '../src/workspace.js';

const root = repositoryRoot();
const files = findOperationFiles(root);
const { sources, problems: syntaxProblems } = readOperationFiles(files, root);
const referencePath = referenceSchemaPath(root);
const haveReference = existsSync(referencePath);

describe(`operation files (${files.length} found)`, () => {
  it("are looked for where every package's codegen reads them", async () => {
    const targets = findCodegenPackages(root);
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) {
      const { config } = await loadCodegenConfig({ configFilePath: target.configPath });
      const documents = Object.values(config.generates).flatMap((output) => {
        const value = (output as { documents?: unknown }).documents ?? config.documents;
        return Array.isArray(value) ? value : value === undefined ? [] : [value];
      });
      expect(documents.length, `${target.packageName}: codegen reads no documents`).toBeGreaterThan(0);
      // packages/<name>/src/operations/*.graphql: the files this test finds and checks.
      for (const document of documents) {
        const [, ...rest] = relative(join(root, 'packages'), String(document)).split(sep);
        expect(rest, String(document)).toEqual(['src', 'operations', '*.graphql']);
      }
    }
  });

  it('parse', () => {
    expect(syntaxProblems).toEqual([]);
  });

  it('name every operation, each name once across the project', () => {
    expect(findOperationNameProblems(sources)).toEqual([]);
  });

  it("validate against the project's schema snapshot, with no deprecated field or argument", () => {
    expect(validateOperations(sources, loadSchema())).toEqual([]);
  });

  it('would be caught if broken: an unknown field is reported with its file', () => {
    const broken = parseOperations(
      'query BrokenOnPurpose {\n  supSearch { noSuchField }\n}',
      'packages/supply/src/operations/broken.graphql',
      'supply',
    );
    expect(validateOperations([broken], loadSchema())).toEqual([
      expect.stringMatching(/^packages\/supply\/src\/operations\/broken\.graphql:2:15: .*noSuchField/),
    ]);
  });
});

const title = haveReference
  ? 'operation files validate against the full Nexar schema'
  : `operation files validate against the full Nexar schema (SKIPPED: reference not found at ${referencePath})`;

describe.skipIf(!haveReference)(title, () => {
  it('with no deprecated field or argument', () => {
    const reference = buildSchema(readFileSync(referencePath, 'utf8'));
    expect(validateOperations(sources, reference)).toEqual([]);
  });
});
