import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const pnpm = join(root, 'node_modules', 'pnpm', 'bin', 'pnpm.cjs');

export interface PackedPackage {
  name: string;
  /** Absolute path of the `.tgz`, as `npm publish` would upload it. */
  tarball: string;
  /** The `@nexar/*` packages it depends on at run time. */
  nexarDependencies: string[];
}

/** The workspace's publishable packages: every `packages/*` not marked private. */
export function publishedPackageDirs(): string[] {
  return readdirSync(join(root, 'packages'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(root, 'packages', entry.name))
    .filter((dir) => {
      try {
        return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).private !== true;
      } catch {
        return false;
      }
    });
}

/**
 * Packs each published package with `pnpm pack` (which rewrites `workspace:*` to the version) into
 * `destination`. Their `dist` must be built already (the test task depends on their builds).
 */
export async function packPublished(destination: string): Promise<Map<string, PackedPackage>> {
  const packed = new Map<string, PackedPackage>();
  // One at a time: each pack is quick, and the machine may be busy with other test tasks.
  for (const dir of publishedPackageDirs()) {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      name: string;
      dependencies?: Record<string, string>;
    };
    const { stdout } = await run(process.execPath, [pnpm, 'pack', '--pack-destination', destination], {
      cwd: dir,
      encoding: 'utf8',
    });
    const tarball = stdout.trim().split('\n').at(-1)?.trim();
    if (!tarball?.endsWith('.tgz'))
      throw new Error(`pnpm pack printed no tarball for ${manifest.name}:\n${stdout}`);
    packed.set(manifest.name, {
      name: manifest.name,
      tarball,
      nexarDependencies: Object.keys(manifest.dependencies ?? {}).filter((name) =>
        name.startsWith('@nexar/'),
      ),
    });
  }
  return packed;
}

/** `name` and every `@nexar/*` package it needs, directly or through another one. */
export function withNexarDependencies(packed: Map<string, PackedPackage>, name: string): PackedPackage[] {
  const needed = new Map<string, PackedPackage>();
  const visit = (current: string) => {
    if (needed.has(current)) return;
    const found = packed.get(current);
    if (!found) throw new Error(`${current} is needed at run time but is not a published package`);
    needed.set(current, found);
    for (const dependency of found.nexarDependencies) visit(dependency);
  };
  visit(name);
  return [...needed.values()];
}
