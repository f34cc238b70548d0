import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findEngineViolations } from './engine-violations.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function project(packages: Record<string, { version: string; node?: string }>): string {
  const dir = mkdtempSync(join(tmpdir(), 'engines-'));
  dirs.push(dir);
  for (const [path, { version, node }] of Object.entries(packages)) {
    const packageDir = join(dir, path);
    mkdirSync(packageDir, { recursive: true });
    const name = path.split('node_modules/').at(-1);
    writeFileSync(
      join(packageDir, 'package.json'),
      JSON.stringify({ name, version, ...(node === undefined ? {} : { engines: { node } }) }),
    );
  }
  return dir;
}

describe('findEngineViolations', () => {
  it('names packages, scoped and nested ones included, whose engines exclude the Node version', () => {
    const dir = project({
      'node_modules/ok': { version: '1.0.0', node: '>=18' },
      'node_modules/no-engines': { version: '1.0.0' },
      'node_modules/@scope/new': { version: '2.0.0', node: '>=22.15.0' },
      'node_modules/ok/node_modules/nested': { version: '0.1.0', node: '^22 || >=24' },
      'node_modules/old-style': { version: '1.0.0', node: '^12.22.0 || ^14.16.0 || ^16.0.0 || >=17.0.0' },
    });
    expect(findEngineViolations(dir, 'v20.19.0')).toEqual([
      { pkg: '@scope/new@2.0.0', node: '>=22.15.0', path: join('node_modules', '@scope', 'new') },
      {
        pkg: 'nested@0.1.0',
        node: '^22 || >=24',
        path: join('node_modules', 'ok', 'node_modules', 'nested'),
      },
    ]);
    expect(findEngineViolations(dir, 'v22.15.0')).toEqual([]);
  });

  it('counts a range it cannot read as a violation', () => {
    const dir = project({ 'node_modules/odd': { version: '1.0.0', node: 'the latest one' } });
    expect(findEngineViolations(dir, 'v20.19.0')).toEqual([
      { pkg: 'odd@1.0.0', node: 'the latest one', path: join('node_modules', 'odd') },
    ]);
  });
});
