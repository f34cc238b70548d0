import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from '../src/workspace.js';

const root = repositoryRoot();

/** graphql-codegen's CLI with the repository's codegen.ts, its outputs redirected to `dir`. */
function runCodegen(dir: string, documents: string): Promise<{ code: number; output: string }> {
  const config = join(dir, 'codegen.ts');
  writeFileSync(
    config,
    `import base from ${JSON.stringify(join(root, 'codegen.ts'))};\n` +
      'const [entry] = Object.values(base.generates);\n' +
      `export default { ...base, generates: { ${JSON.stringify(join(dir, 'out.ts'))}: { ...entry, documents: ${JSON.stringify(documents)} } } };\n`,
  );
  return new Promise((resolve) => {
    execFile(
      join(root, 'node_modules', '.bin', 'graphql-codegen'),
      ['--config', config],
      { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, output: `${stdout}${stderr}` });
      },
    );
  });
}

describe('pnpm codegen on an operation that does not validate', () => {
  it("prints graphql-codegen's reason with the file, line and column, and exits non-zero", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'codegen-errors-'));
    const operation = join(dir, 'bad.graphql');
    writeFileSync(operation, 'query Bad {\n  desProjects {\n    nodes { colour }\n  }\n}\n');
    const result = await runCodegen(dir, operation);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('Cannot query field "colour" on type "DesProject"');
    expect(result.output).toContain(`${operation}:3:13`);
    expect(existsSync(join(dir, 'out.ts'))).toBe(false);
  }, 60_000);

  it('generates typed documents for a field the SDK does not use (SupPart.v3uid)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'codegen-ok-'));
    const operation = join(dir, 'ok.graphql');
    writeFileSync(operation, 'query V3($ids: [String!]!) {\n  supParts(ids: $ids) { id v3uid }\n}\n');
    const result = await runCodegen(dir, operation);
    expect(result.code).toBe(0);
    expect(existsSync(join(dir, 'out.ts'))).toBe(true);
  }, 60_000);
});
