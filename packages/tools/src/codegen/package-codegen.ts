import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { packageNames } from '../workspace.js';

/** A package whose `codegen` script runs graphql-codegen, and the config file that script names. */
export interface PackageCodegen {
  packageName: string;
  dir: string;
  configPath: string;
}

/** Every package under `packages/` with a `codegen` script, in name order. */
export function findCodegenPackages(root: string): PackageCodegen[] {
  return packageNames(root).flatMap((packageName) => {
    const dir = join(root, 'packages', packageName);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      scripts?: Record<string, string>;
    };
    const script = manifest.scripts?.codegen;
    return script === undefined ? [] : [{ packageName, dir, configPath: configPathOf(script, dir) }];
  });
}

/** The `--config` / `-c` file of a graphql-codegen command line, else the CLI's default `codegen.ts`. */
export function configPathOf(script: string, dir: string): string {
  const words = script.trim().split(/\s+/);
  for (const [index, word] of words.entries()) {
    if (word.startsWith('--config=')) return resolve(dir, word.slice('--config='.length));
    const next = words[index + 1];
    if ((word === '--config' || word === '-c') && next !== undefined) return resolve(dir, next);
  }
  return resolve(dir, 'codegen.ts');
}

/**
 * What running the package's codegen would write, without writing: absolute file name to content,
 * limited to files inside the package (a shared config may also describe other packages' outputs).
 */
export async function generatePackage(target: PackageCodegen): Promise<Map<string, string>> {
  if (!existsSync(target.configPath)) throw new Error(`codegen config not found: ${target.configPath}`);
  const { config } = await loadCodegenConfig({ configFilePath: target.configPath });
  const outputs: { filename: string; content: string }[] = await generate(
    { ...config, cwd: target.dir },
    false,
  );
  const inside = target.dir.endsWith(sep) ? target.dir : `${target.dir}${sep}`;
  return new Map(
    outputs
      .map((output) => [resolve(target.dir, output.filename), output.content] as const)
      .filter(([filename]) => filename.startsWith(inside))
      .sort(([a], [b]) => a.localeCompare(b, 'en')),
  );
}
