import { link, readFile, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { NexarAuthError } from '../errors.js';
import { sleep } from '../sleep.js';
import { isAlive, isCode, type LockOwner, nonce, parseOwner, writeAside } from './lock-owner.js';
import { type LockSnapshot, readLock, takeOver } from './lock-takeover.js';

export { isCode } from './lock-owner.js';

export interface FileLockOptions {
  /** Give up waiting for the lock after this long (default 60 s). */
  timeoutMs?: number;
  /** A lock older than this is taken over even if its owner may be alive (default 2 min). */
  staleMs?: number;
}

/**
 * A lock file that cannot be read is stale after this long. Locks are created whole (written aside,
 * then hard-linked into place), so an empty or damaged one is left over from a crash, not being written.
 */
export const UNREADABLE_LOCK_STALE_MS = 2_000;

/**
 * Runs `task` holding an exclusive lock file, shared by every process on this machine. The lock appears
 * whole and atomically (hard link of a file written aside, failing if one exists) and holds the owner's
 * pid, host and a nonce; it is removed afterwards. A lock whose owner process is gone, that is older
 * than `staleMs`, or that cannot be read for `UNREADABLE_LOCK_STALE_MS`, is taken over atomically: of
 * all the waiters that find it stale, exactly one replaces it (see `takeOver`).
 */
export async function withFileLock<T>(
  lockPath: string,
  task: () => Promise<T>,
  options: FileLockOptions = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const staleMs = options.staleMs ?? 120_000;
  const owner: LockOwner = { pid: process.pid, host: hostname(), at: Date.now(), id: nonce() };
  const content = JSON.stringify(owner);
  const started = Date.now();
  for (let attempt = 0; ; attempt += 1) {
    if (await create(lockPath, content)) break;
    const seen = await readLock(lockPath);
    if (!seen) continue; // released in between: try again at once
    if (isStale(seen, staleMs) && (await takeOver(lockPath, seen, content))) break;
    if (Date.now() - started > timeoutMs) {
      throw new NexarAuthError(
        'timeout',
        `Another process has held the token lock ${lockPath} for too long.`,
        {
          hint: 'If no other Nexar program is running, delete the lock file.',
        },
      );
    }
    await sleep(Math.min(100, 10 * 2 ** Math.min(attempt, 4)) + Math.random() * 20);
  }
  try {
    return await task();
  } finally {
    await release(lockPath, owner.id);
  }
}

const NO_HARD_LINKS = ['EPERM', 'ENOTSUP', 'ENOSYS', 'EOPNOTSUPP'];

/** Creates the lock with `content` if there is none; false when one exists. */
async function create(lockPath: string, content: string): Promise<boolean> {
  const aside = `${lockPath}.${nonce()}.new`;
  await writeAside(aside, content);
  try {
    await link(aside, lockPath);
    return true;
  } catch (error) {
    if (isCode(error, 'EEXIST')) return false;
    if (!NO_HARD_LINKS.some((code) => isCode(error, code))) throw error;
    // A file system without hard links: create in place (briefly empty, which waiters tolerate).
    try {
      await writeAside(lockPath, content);
      return true;
    } catch (fallbackError) {
      if (isCode(fallbackError, 'EEXIST')) return false;
      throw fallbackError;
    }
  } finally {
    await unlink(aside).catch(() => undefined);
  }
}

function isStale(seen: LockSnapshot, staleMs: number): boolean {
  const age = Date.now() - seen.mtimeMs;
  if (age > staleMs) return true;
  const owner = seen.owner;
  if (!owner) return age > Math.min(UNREADABLE_LOCK_STALE_MS, staleMs);
  return owner.host === hostname() && !isAlive(owner.pid);
}

/** Removes the lock if it is still ours (a waiter may have taken it over after `staleMs`). */
async function release(lockPath: string, id: string): Promise<void> {
  const text = await readFile(lockPath, 'utf8').catch(() => undefined);
  if (text === undefined || parseOwner(text)?.id !== id) return;
  await unlink(lockPath).catch(() => undefined);
}
