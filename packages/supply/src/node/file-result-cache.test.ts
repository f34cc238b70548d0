import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileResultCache } from './file-result-cache.js';

describe('FileResultCache', () => {
  let directory: string;
  const warnings: string[] = [];
  const logger = { warn: (message: string) => warnings.push(message) };

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'nexar-supply-cache-'));
    warnings.length = 0;
  });
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('keeps entries between instances (runs), one JSON file each, no temporary files left', async () => {
    const first = new FileResultCache({ directory: join(directory, 'nested'), logger });
    await first.set('key-1', { value: { hits: 0, results: [] }, storedAt: 42 });
    const second = new FileResultCache({ directory: join(directory, 'nested'), logger });
    expect(await second.get('key-1')).toEqual({ value: { hits: 0, results: [] }, storedAt: 42 });
    expect(await second.get('key-2')).toBeUndefined();
    const names = await readdir(join(directory, 'nested'));
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^[0-9a-f]{64}\.json$/);
  });

  it('replaces an entry whole, also under concurrent writes', async () => {
    const cache = new FileResultCache({ directory, logger });
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        cache.set('same', { value: { n: i, pad: 'x'.repeat(5000) }, storedAt: i }),
      ),
    );
    const entry = await cache.get('same');
    expect(entry).toBeDefined();
    expect(entry?.storedAt).toBe((entry?.value as { n?: number } | undefined)?.n);
    expect((await readdir(directory)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('sets a corrupt file aside with a warning and counts it as a miss', async () => {
    const cache = new FileResultCache({ directory, logger });
    await cache.set('k', { value: 1, storedAt: 1 });
    const [name] = await readdir(directory);
    await writeFile(join(directory, name as string), '{"version":1,"key":"k","stor');
    expect(await cache.get('k')).toBeUndefined();
    const names = await readdir(directory);
    expect(names.some((n) => n.startsWith(`${name}.corrupt-`))).toBe(true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('could not be read');
    await cache.set('k', { value: 2, storedAt: 2 });
    expect((await cache.get('k'))?.value).toBe(2);
  });

  it('deletes and clears', async () => {
    const cache = new FileResultCache({ directory, logger });
    await cache.set('a', { value: 1, storedAt: 1 });
    await cache.set('b', { value: 2, storedAt: 1 });
    await cache.delete('a');
    await cache.delete('a');
    expect(await cache.get('a')).toBeUndefined();
    await cache.clear();
    expect(await cache.get('b')).toBeUndefined();
    expect(await new FileResultCache({ directory: join(directory, 'missing') }).get('x')).toBeUndefined();
  });

  it('stores the key in the file and ignores a file of another key', async () => {
    const cache = new FileResultCache({ directory, logger });
    await cache.set('k', { value: 1, storedAt: 1 });
    const [name] = await readdir(directory);
    const path = join(directory, name as string);
    const file = JSON.parse(await readFile(path, 'utf8'));
    expect(file.key).toBe('k');
    await writeFile(path, JSON.stringify({ ...file, key: 'other' }));
    expect(await cache.get('k')).toBeUndefined();
  });
});
