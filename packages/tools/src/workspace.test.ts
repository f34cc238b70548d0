import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findOperationFiles,
  packagesWithOperations,
  referenceSchemaPath,
  repositoryRoot,
} from './workspace.js';

function workspace(): string {
  const root = mkdtempSync(join(tmpdir(), 'workspace-'));
  writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: ["packages/*"]\n');
  const add = (path: string, text = '') => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  add('packages/supply/package.json', '{}');
  add('packages/supply/src/operations/search.graphql');
  add('packages/supply/src/operations/bom.graphql');
  add('packages/supply/src/operations/notes.md');
  add('packages/design/package.json', '{}');
  add('packages/design/src/operations/projects.graphql');
  add('packages/client/package.json', '{}');
  add('packages/stray/src/operations/x.graphql');
  return root;
}

describe('workspace', () => {
  it('finds the operation files of every package, in a stable order', () => {
    const root = workspace();
    expect(packagesWithOperations(root)).toEqual(['design', 'supply']);
    expect(findOperationFiles(root)).toEqual([
      join(root, 'packages/design/src/operations/projects.graphql'),
      join(root, 'packages/supply/src/operations/bom.graphql'),
      join(root, 'packages/supply/src/operations/search.graphql'),
    ]);
  });

  it('finds the repository root from inside it, and the reference schema beside it', () => {
    const root = workspace();
    expect(repositoryRoot(join(root, 'packages', 'supply', 'src'))).toBe(root);
    expect(referenceSchemaPath(root)).toBe(
      process.env.NEXAR_REFERENCE_SCHEMA || join(root, '..', 'shared', 'nexar-schema', 'schema.graphql'),
    );
    expect(existsSync(join(repositoryRoot(), 'pnpm-workspace.yaml'))).toBe(true);
    expect(() => repositoryRoot(tmpdir())).toThrow(/pnpm-workspace\.yaml not found/);
  });
});
