import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCodegenPackages, generatePackage } from '../src/codegen/package-codegen.js';
import { operationFilesOf, packageNames, packagesWithOperations, repositoryRoot } from '../src/workspace.js';

// This is how CI notices generated code that `pnpm codegen` would change: it regenerates in memory
// with each package's own codegen config and compares with the files in the repository.
const root = repositoryRoot();
const targets = findCodegenPackages(root);
const show = (path: string) => relative(root, path);

const operationCount = (packageName: string) => operationFilesOf(root, packageName).length;

function generatedFiles(packageName: string): string[] {
  const folder = join(root, 'packages', packageName, 'src', 'generated');
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Where two texts first differ, for a message that says what to look at. */
function firstDifference(expected: string, actual: string): string {
  const want = expected.split('\n');
  const have = actual.split('\n');
  const line = want.findIndex((text, index) => text !== have[index]);
  const at = line === -1 ? want.length : line;
  return `line ${at + 1}: codegen writes ${JSON.stringify(want[at] ?? '<end>')}, the file has ${JSON.stringify(have[at] ?? '<end>')}`;
}

describe('generated code', () => {
  it('is generated for every package that has operations, the domain packages among them', () => {
    const generating = targets.map((target) => target.packageName);
    expect(generating).toEqual(expect.arrayContaining(['supply', 'design']));
    expect(packagesWithOperations(root).filter((name) => !generating.includes(name))).toEqual([]);
  });

  it('exists only where there are operations to generate it from', () => {
    const orphans = packageNames(root)
      .filter((name) => operationCount(name) === 0)
      .flatMap(generatedFiles)
      .map(show);
    expect(orphans, 'generated files without operations: delete them, or add the operations').toEqual([]);
  });

  describe.each(targets)('of $packageName', (target) => {
    it('is what pnpm codegen writes, byte for byte, and the same on every run', async () => {
      const first = await generatePackage(target);
      const second = await generatePackage(target);
      expect([...second.keys()]).toEqual([...first.keys()]);
      for (const [file, content] of first) {
        expect(second.get(file) === content, `${show(file)} differs between two codegen runs`).toBe(true);
      }
      if (operationCount(target.packageName) === 0) return;

      expect(first.size, `${target.packageName}: codegen produced no file`).toBeGreaterThan(0);
      const stale: string[] = [];
      for (const [file, content] of first) {
        if (!existsSync(file)) stale.push(`${show(file)}: missing`);
        else {
          const committed = readFileSync(file, 'utf8');
          if (committed !== content) stale.push(`${show(file)}: ${firstDifference(content, committed)}`);
        }
      }
      expect(stale, 'run `pnpm codegen` and commit the result').toEqual([]);
      const extra = generatedFiles(target.packageName).filter((file) => !first.has(file));
      expect(extra.map(show), 'files in src/generated that codegen no longer writes').toEqual([]);
    });
  });
});
