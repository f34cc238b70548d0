import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Emulator, startEmulator } from '@nexar/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractExamples } from '../src/readme-examples/code-blocks.js';
import {
  repositoryCompilerOptions,
  typecheckExamples,
  writeExamples,
} from '../src/readme-examples/typecheck-examples.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// Inside this package, so the examples' imports of @nexar/* resolve to the built workspace packages.
const outDir = fileURLToPath(new URL('../test-output/readme-examples/', import.meta.url));

function readmes(): string[] {
  const found = [join(root, 'README.md')];
  for (const group of ['packages', 'apps']) {
    for (const entry of readdirSync(join(root, group), { withFileTypes: true })) {
      const path = join(root, group, entry.name, 'README.md');
      if (entry.isDirectory() && existsSync(path)) found.push(path);
    }
  }
  return found;
}

// Examples that import what graphql-codegen writes in the reader's project are compiled and run there,
// by consumer-codegen.test.ts.
const files = writeExamples(
  root,
  outDir,
  readmes().map((path) => ({
    path,
    examples: extractExamples(readFileSync(path, 'utf8')).filter((example) => !example.afterCodegen),
  })),
);

describe('README examples', () => {
  it('finds the TypeScript examples of every package README', () => {
    const documented = new Set(files.map((file) => file.readme.split('/').slice(0, 2).join('/')));
    for (const name of ['auth', 'client', 'supply', 'design', 'emulator', 'schema']) {
      expect(documented, `packages/${name}/README.md has no TypeScript example`).toContain(
        `packages/${name}`,
      );
    }
  });

  it('typecheck strictly, as written', () => {
    const problems = typecheckExamples(files, repositoryCompilerOptions(join(root, 'tsconfig.base.json')));
    expect(problems.map(({ where, message }) => `${where}: ${message}`)).toEqual([]);
  }, 120_000);

  describe('marked runnable, run against the emulator', () => {
    let emulator: Emulator;
    beforeAll(async () => {
      emulator = await startEmulator({ tokenRateLimit: false, autoLogin: true });
    });
    afterAll(() => emulator.close());

    const runnable = files.filter((file) => file.example.runnable);
    it.each(runnable.map((file) => [`${file.readme}:${file.example.startLines[0]}`, file] as const))(
      '%s',
      async (_where, file) => {
        const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve) => {
          execFile(
            process.execPath,
            ['--import', 'tsx', file.path],
            {
              cwd: outDir,
              timeout: 60_000,
              env: {
                PATH: process.env.PATH ?? '',
                NEXAR_IDENTITY_URL: emulator.url,
                NEXAR_API_URL: emulator.graphqlUrl,
                NEXAR_CLIENT_ID: emulator.clients.both.clientId,
                NEXAR_CLIENT_SECRET: emulator.clients.both.clientSecret,
              },
            },
            (error, _stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stderr }),
          );
        });
        expect(stderr).not.toMatch(/Error/);
        expect(code).toBe(0);
      },
      90_000,
    );
  });
});
