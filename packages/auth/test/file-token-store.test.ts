import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect, promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileTokenStore } from '../src/node/file-token-store.js';

const run = promisify(execFile);
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nexar-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function quietStore(path: string) {
  const warnings: string[] = [];
  const store = new FileTokenStore({ path, logger: { warn: (message) => warnings.push(message) } });
  return { store, warnings };
}

describe('FileTokenStore', () => {
  it('keeps entries across instances, in a 0600 file inside a 0700 directory', async () => {
    const path = join(dir, 'nested', 'tokens.json');
    const { store } = quietStore(path);
    expect(await store.get('a')).toBeUndefined();
    await store.set('a', 'secret-value-a');
    await store.set('b', 'secret-value-b');
    await store.delete('a');
    const again = new FileTokenStore({ path });
    expect(await again.get('a')).toBeUndefined();
    expect(await again.get('b')).toBe('secret-value-b');
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await stat(join(dir, 'nested'))).mode & 0o777).toBe(0o700);
    // Only the file itself is left: no temporary or lock files.
    expect(await readdir(join(dir, 'nested'))).toEqual(['tokens.json']);
  });

  it('sets a damaged file aside with a warning and starts empty', async () => {
    const path = join(dir, 'tokens.json');
    await writeFile(path, '{"version":1,"tokens":{"a":"half-writ', { mode: 0o600 });
    const { store, warnings } = quietStore(path);
    expect(await store.get('a')).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('Log in again');
    expect(warnings[0]).not.toContain('half-writ');
    const files = await readdir(dir);
    const aside = files.find((name) => name.startsWith('tokens.json.corrupt-'));
    expect(aside).toBeDefined();
    expect(await readFile(join(dir, aside as string), 'utf8')).toContain('half-writ');
    await store.set('a', 'fresh');
    expect(await store.get('a')).toBe('fresh');
  });

  it('treats a file of the wrong shape as damaged', async () => {
    const path = join(dir, 'tokens.json');
    await writeFile(path, JSON.stringify({ version: 1, tokens: { a: 42 } }));
    const { store, warnings } = quietStore(path);
    expect(await store.get('a')).toBeUndefined();
    expect(warnings).toHaveLength(1);
  });

  it('shows its path but none of its values in inspect and JSON output', async () => {
    const path = join(dir, 'tokens.json');
    const { store } = quietStore(path);
    await store.set('k', 'refresh-token-value');
    for (const text of [inspect(store), JSON.stringify(store), inspect({ store }, { depth: 4 })]) {
      expect(text).toContain('tokens.json');
      expect(text).not.toContain('refresh-token-value');
    }
  });

  it('withLock runs tasks one at a time', async () => {
    const { store } = quietStore(join(dir, 'tokens.json'));
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 8 }, () =>
        store.withLock('k', async () => {
          inside += 1;
          most = Math.max(most, inside);
          await new Promise((resolve) => setTimeout(resolve, 2));
          inside -= 1;
        }),
      ),
    );
    expect(most).toBe(1);
  });

  it('takes over a lock left by a process that no longer exists', async () => {
    const path = join(dir, 'tokens.json');
    const { store } = quietStore(path);
    const { hostname } = await import('node:os');
    // pid 2^22 + 1 is above Linux's pid_max default range, so no such process.
    await writeFile(`${path}.lock`, JSON.stringify({ pid: 4_194_305, host: hostname(), at: Date.now() }));
    await store.set('a', 'value');
    expect(await store.get('a')).toBe('value');
  });

  it('loses nothing when several processes write at once, and withLock excludes them all', async () => {
    const path = join(dir, 'tokens.json');
    const counter = join(dir, 'counter.txt');
    const workers = 4;
    const perWorker = 10;
    const script = join(import.meta.dirname, 'fixtures', 'store-writer.ts');
    await Promise.all(
      Array.from({ length: workers }, (_, worker) =>
        run(process.execPath, ['--import', 'tsx', script, path, String(worker), String(perWorker), counter], {
          cwd: import.meta.dirname,
        }),
      ),
    );
    const store = new FileTokenStore({ path });
    for (let worker = 0; worker < workers; worker += 1) {
      for (let i = 0; i < perWorker; i += 1) {
        expect(await store.get(`key-${worker}-${i}`)).toBe(`value-${worker}-${i}`);
      }
    }
    expect(Number(await readFile(counter, 'utf8'))).toBe(workers * perWorker);
  }, 60_000);
});
