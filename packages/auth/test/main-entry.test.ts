import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', 'src');

/** Every module the given entry reaches through static imports and re-exports, with its import specifiers. */
async function importGraph(entry: string): Promise<Map<string, string[]>> {
  const graph = new Map<string, string[]>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (graph.has(file)) continue;
    const text = await readFile(file, 'utf8');
    const specifiers = [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)].map(
      (m) => m[1] as string,
    );
    graph.set(file, specifiers);
    for (const specifier of specifiers) {
      if (specifier.startsWith('.')) pending.push(join(dirname(file), specifier.replace(/\.js$/, '.ts')));
    }
  }
  return graph;
}

describe('entry points', () => {
  it('the main entry reaches only browser-safe modules: no node: imports, nothing from src/node', async () => {
    const graph = await importGraph(join(src, 'index.ts'));
    expect(graph.size).toBeGreaterThan(10);
    for (const [file, specifiers] of graph) {
      const name = relative(src, file);
      expect(name.startsWith('node'), `${name} is Node-only`).toBe(false);
      for (const specifier of specifiers) {
        expect(specifier.startsWith('node:'), `${name} imports ${specifier}`).toBe(false);
        const bare = !specifier.startsWith('.');
        if (bare) expect(specifier, `${name} imports ${specifier}`).toBe('oauth4webapi');
      }
    }
  });

  it('the node entry adds the loopback login, the file and keychain stores and proxy support', async () => {
    const node = await import('../src/node/index.js');
    const main = await import('../src/index.js');
    expect(typeof node.login).toBe('function');
    expect(typeof node.FileTokenStore).toBe('function');
    expect(typeof node.openSystemBrowser).toBe('function');
    expect(typeof node.openKeychainTokenStore).toBe('function');
    expect(typeof node.proxyAwareFetch).toBe('function');
    // Both grants of the node entry reach the token endpoint through HTTPS_PROXY / NO_PROXY.
    expect(node.clientCredentials).not.toBe(main.clientCredentials);
    expect(node.authorizationCode).not.toBe(main.authorizationCode);
    expect('login' in main).toBe(false);
  });
});
