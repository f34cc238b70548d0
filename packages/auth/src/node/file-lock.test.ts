import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NexarAuthError } from '../errors.js';
import { withFileLock } from './file-lock.js';

let dir: string;
let lockPath: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nexar-lock-'));
  lockPath = join(dir, 'tokens.json.lock');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** pid 2^22 + 1 is above Linux's pid_max range, so no such process. */
const DEAD_PID = 4_194_305;

/** Runs `count` contenders for the lock at once; returns the most that were ever inside together. */
async function contend(count: number, options = {}): Promise<number> {
  let inside = 0;
  let most = 0;
  await Promise.all(
    Array.from({ length: count }, () =>
      withFileLock(
        lockPath,
        async () => {
          inside += 1;
          most = Math.max(most, inside);
          await new Promise((resolve) => setTimeout(resolve, 3));
          inside -= 1;
        },
        options,
      ),
    ),
  );
  return most;
}

describe('withFileLock', () => {
  it('lets exactly one of many waiters take over a lock whose owner died', async () => {
    for (let round = 0; round < 3; round += 1) {
      await writeFile(lockPath, JSON.stringify({ pid: DEAD_PID, host: hostname(), at: Date.now() }));
      expect(await contend(8)).toBe(1);
    }
    expect(await readdir(dir)).toEqual([]);
  });

  it('takes over an empty lock file after a short, bounded time', async () => {
    await writeFile(lockPath, '');
    const started = Date.now();
    expect(await contend(4)).toBe(1);
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 20_000);

  it('takes over a lock file it cannot read', async () => {
    await writeFile(lockPath, '{"pid": 12');
    await utimes(lockPath, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    expect(await contend(4)).toBe(1);
  });

  it('waits for a live owner and says so when it takes too long', async () => {
    await writeFile(lockPath, JSON.stringify({ pid: process.pid, host: hostname(), at: Date.now() }));
    const error = await withFileLock(lockPath, async () => 'ran', { timeoutMs: 300 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NexarAuthError);
    expect(error).toMatchObject({ code: 'timeout' });
  });

  it('takes over a lock older than staleMs even if its owner looks alive', async () => {
    await writeFile(lockPath, JSON.stringify({ pid: process.pid, host: 'another-host', at: 0 }));
    await utimes(lockPath, new Date(Date.now() - 10_000), new Date(Date.now() - 10_000));
    expect(await withFileLock(lockPath, async () => 'ran', { staleMs: 5_000, timeoutMs: 2_000 })).toBe('ran');
  });
});
