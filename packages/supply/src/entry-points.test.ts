/** The main entry must run in browsers and edge runtimes: nothing it imports may need Node. */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

/** Every module specifier the file at `path` imports or re-exports, following relative ones. */
function importGraph(entry: string): { files: string[]; external: Set<string> } {
  const files: string[] = [];
  const external = new Set<string>();
  const queue = [entry];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const path = queue.pop() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    files.push(path);
    const source = readFileSync(path, 'utf8');
    for (const match of source.matchAll(/(?:import|export)\s[^'"]*?from\s+'([^']+)'/g)) {
      const specifier = match[1] as string;
      if (specifier.startsWith('.')) queue.push(resolve(dirname(path), specifier.replace(/\.js$/, '.ts')));
      else external.add(specifier);
    }
  }
  return { files, external };
}

describe('entry points', () => {
  it('the main entry imports nothing Node-only', () => {
    const { files, external } = importGraph(join(here, 'index.ts'));
    expect(files.some((file) => file.includes(`${join(here, 'node')}/`))).toBe(false);
    expect([...external].filter((name) => name.startsWith('node:'))).toEqual([]);
    expect([...external].sort()).toEqual(expect.arrayContaining(['@nexar/auth', '@nexar/client', 'graphql']));
  });

  it('the node entry adds the file cache', () => {
    const { files } = importGraph(join(here, 'node/index.ts'));
    expect(files).toContain(join(here, 'node/file-result-cache.ts'));
    expect(files).toContain(join(here, 'index.ts'));
  });

  it('the spreadsheet library loads only through the xlsx entry', () => {
    expect(importGraph(join(here, 'index.ts')).external.has('exceljs')).toBe(false);
    const xlsx = importGraph(join(here, 'xlsx/index.ts'));
    expect(xlsx.external.has('exceljs')).toBe(true);
    expect([...xlsx.external].filter((name) => name.startsWith('node:'))).toEqual([]);
  });
});
