import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type LockSnapshot, readLock, takeOver } from './lock-takeover.js';

let dir: string;
let lockPath: string;
const DEAD_PID = 4_194_305;
const owner = (id: string, pid = process.pid) => JSON.stringify({ pid, host: hostname(), at: 0, id });

async function snapshot(): Promise<LockSnapshot> {
  const seen = await readLock(lockPath);
  if (!seen) throw new Error('no lock file');
  return seen;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nexar-takeover-'));
  lockPath = join(dir, 'tokens.json.lock');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('takeOver', () => {
  it('replaces the stale lock it saw, and leaves no marker behind', async () => {
    await writeFile(lockPath, owner('dead', DEAD_PID));
    const seen = await snapshot();
    expect(await takeOver(lockPath, seen, owner('a'))).toBe(true);
    expect(JSON.parse(await readFile(lockPath, 'utf8')).id).toBe('a');
    expect(await readdir(dir)).toEqual(['tokens.json.lock']);
  });

  it('refuses when the lock was replaced after it was seen (a slow waiter cannot evict the new owner)', async () => {
    await writeFile(lockPath, owner('dead', DEAD_PID));
    const seenByBoth = await snapshot();
    expect(await takeOver(lockPath, seenByBoth, owner('first'))).toBe(true);
    expect(await takeOver(lockPath, seenByBoth, owner('late'))).toBe(false);
    expect(JSON.parse(await readFile(lockPath, 'utf8')).id).toBe('first');
  });

  it('lets only one of many simultaneous takers win', async () => {
    await writeFile(lockPath, owner('dead', DEAD_PID));
    const seen = await snapshot();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => takeOver(lockPath, seen, owner(`taker-${i}`))),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = results.indexOf(true);
    expect(JSON.parse(await readFile(lockPath, 'utf8')).id).toBe(`taker-${winner}`);
  });

  it('goes past the marker of a taker that died half-way', async () => {
    await writeFile(lockPath, owner('dead', DEAD_PID));
    const again = await snapshot();
    // A first taker made its marker, then was killed before replacing the lock.
    const { createHash } = await import('node:crypto');
    const generation = createHash('sha256')
      .update(`${again.ino}:${again.mtimeMs}:${again.text}`)
      .digest('hex')
      .slice(0, 16);
    await writeFile(`${lockPath}.${generation}.takeover-0`, owner('killed-taker', DEAD_PID));
    expect(await takeOver(lockPath, again, owner('b'))).toBe(true);
    expect(await readdir(dir)).toEqual(['tokens.json.lock']);
  });
});
