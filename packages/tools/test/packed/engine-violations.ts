import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';

export interface EngineViolation {
  /** `name@version` */
  pkg: string;
  /** The package's `engines.node`. */
  node: string;
  /** Where it is installed, relative to the project. */
  path: string;
}

/**
 * Every package installed under `projectDir/node_modules` (nested ones too) whose `engines.node` does
 * not admit `nodeVersion`. A range that cannot be parsed counts as a violation: npm would not be able
 * to honour it either.
 */
export function findEngineViolations(
  projectDir: string,
  nodeVersion: string = process.version,
): EngineViolation[] {
  const violations: EngineViolation[] = [];
  const visitModules = (modulesDir: string) => {
    if (!existsSync(modulesDir)) return;
    for (const entry of readdirSync(modulesDir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || !(entry.isDirectory() || entry.isSymbolicLink())) continue;
      const dir = join(modulesDir, entry.name);
      if (entry.name.startsWith('@')) {
        for (const scoped of readdirSync(dir)) visitPackage(join(dir, scoped));
      } else visitPackage(dir);
    }
  };
  const visitPackage = (dir: string) => {
    const manifestPath = join(dir, 'package.json');
    if (!existsSync(manifestPath)) return;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
      name?: string;
      version?: string;
      engines?: { node?: unknown };
    };
    const node = manifest.engines?.node;
    if (typeof node === 'string' && node.trim() !== '') {
      const range = semver.validRange(node);
      if (range === null || !semver.satisfies(nodeVersion, range, { includePrerelease: true })) {
        violations.push({
          pkg: `${manifest.name}@${manifest.version}`,
          node,
          path: dir.slice(projectDir.length + 1),
        });
      }
    }
    visitModules(join(dir, 'node_modules'));
  };
  visitModules(join(projectDir, 'node_modules'));
  return violations;
}
