import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { PackedPackage } from './pack-published.js';

const run = promisify(execFile);

/**
 * The environment for npm in a fresh project: the caller's, minus what pnpm's script runner adds
 * (`npm_config_*` settings meant for pnpm, `npm_package_*` of the workspace) so npm behaves as it would
 * for a user. The registry and cache settings are kept, so CI's mirror or cache still applies.
 */
export function npmEnvironment(): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_registry', 'npm_config_cache', 'npm_config_userconfig']);
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^npm_(config|package|lifecycle)_/i.test(key) || keep.has(key.toLowerCase()),
    ),
  );
}

/**
 * Creates `dir` as a new npm project that depends on `target` only, as a user's would. The other
 * `@nexar/*` packages it needs are not on a registry yet, so npm `overrides` point them at their
 * tarballs; everything else comes from the registry (or npm's cache, offline after the first run).
 * The install refuses any package whose `engines` exclude this Node (`--engine-strict`).
 */
export async function installFromTarballs(
  dir: string,
  target: PackedPackage,
  siblings: readonly PackedPackage[],
  extraDependencies: Record<string, string> = {},
): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    name: `try-${target.name.replace(/^@nexar\//, 'nexar-')}`,
    version: '1.0.0',
    private: true,
    type: 'module',
    dependencies: { [target.name]: `file:${target.tarball}`, ...extraDependencies },
    overrides: Object.fromEntries(siblings.map((sibling) => [sibling.name, `file:${sibling.tarball}`])),
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await run(
    'npm',
    ['install', '--engine-strict', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'],
    { cwd: dir, env: npmEnvironment(), encoding: 'utf8', timeout: 240_000 },
  ).catch((error: { stderr?: string; message: string }) => {
    throw new Error(`npm install of ${target.name} failed in ${dir}:\n${error.stderr || error.message}`);
  });
}
