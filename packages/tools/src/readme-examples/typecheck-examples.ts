import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import type { ReadmeExample } from './code-blocks.js';

export interface ExampleFile {
  readme: string;
  example: ReadmeExample;
  /** Where the module was written for the compiler (and for running it). */
  path: string;
}

export interface ExampleProblem {
  /** `README path:line`, the line in the README the problem is on. */
  where: string;
  message: string;
}

/**
 * Writes each example as a module under `outDir` (which must sit where the packages it imports resolve)
 * and typechecks them all in one strict program. Problems point at README lines.
 */
export function writeExamples(
  root: string,
  outDir: string,
  readmes: readonly { path: string; examples: readonly ReadmeExample[] }[],
): ExampleFile[] {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  return readmes.flatMap(({ path, examples }) =>
    examples.map((example, index) => {
      const slug = relative(root, path).replace(/[^\w]+/g, '-');
      const file = join(outDir, `${slug}-${index + 1}.ts`);
      writeFileSync(file, example.source);
      return { readme: relative(root, path), example, path: file };
    }),
  );
}

export function typecheckExamples(
  files: readonly ExampleFile[],
  compilerOptions: ts.CompilerOptions,
): ExampleProblem[] {
  const byPath = new Map(files.map((file) => [ts.sys.resolvePath(file.path), file]));
  const program = ts.createProgram({
    rootNames: [...byPath.keys()],
    options: { ...compilerOptions, noEmit: true },
  });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    const file = diagnostic.file && byPath.get(ts.sys.resolvePath(diagnostic.file.fileName));
    if (!file || diagnostic.start === undefined || !diagnostic.file) {
      return { where: diagnostic.file?.fileName ?? 'compiler', message: `TS${diagnostic.code}: ${message}` };
    }
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return {
      where: `${file.readme}:${file.example.lineMap[line] ?? 0}`,
      message: `TS${diagnostic.code}: ${message}`,
    };
  });
}

/** The repository's strict settings, as every package compiles with them. */
export function repositoryCompilerOptions(tsconfigPath: string): ts.CompilerOptions {
  const read = ts.readConfigFile(tsconfigPath, ts.sys.readFile);
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, join(tsconfigPath, '..'));
  return { ...parsed.options, declaration: false, declarationMap: false, sourceMap: false };
}
