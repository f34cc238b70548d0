import { createHash } from 'node:crypto';
import { open, readFile, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { isAlive, isCode, type LockOwner, nonce, parseOwner, writeAside } from './lock-owner.js';
import { renameWithRetry } from './rename-with-retry.js';

/** A lock file as one waiter saw it: enough to tell later whether it is still the same lock. */
export interface LockSnapshot {
  ino: number;
  mtimeMs: number;
  text: string;
  /** Undefined when the file cannot be read as a lock (empty, damaged, foreign). */
  owner: LockOwner | undefined;
}

/** A takeover marker older than this whose maker cannot be checked is abandoned (it takes milliseconds). */
const MARKER_STALE_MS = 10_000;
/** Successive markers tried for one stale lock when earlier takers died mid-way. */
const MAX_MARKERS = 4;

/** The lock file as it is now, or undefined when there is none. */
export async function readLock(lockPath: string): Promise<LockSnapshot | undefined> {
  try {
    const info = await stat(lockPath);
    const text = await readFile(lockPath, 'utf8');
    return { ino: info.ino, mtimeMs: info.mtimeMs, text, owner: parseOwner(text) };
  } catch (error) {
    if (isCode(error, 'ENOENT')) return undefined;
    throw error;
  }
}

function sameLock(a: LockSnapshot | undefined, b: LockSnapshot): boolean {
  return a !== undefined && a.ino === b.ino && a.mtimeMs === b.mtimeMs && a.text === b.text;
}

/**
 * Replaces the stale lock `seen` with one holding `content`, atomically with respect to every other
 * waiter: a compare-and-swap built from exclusive creates. Each stale lock (identified by inode, mtime
 * and content) has its own takeover marker, and only the waiter that creates the marker may act. It
 * then checks the lock is still `seen` (a slow waiter may arrive after the lock was already replaced)
 * and renames its own lock over it; a rename replaces the file in one step, so no moment exists where
 * a third process could create the lock in between. Returns false when someone else got there first.
 * Deleting the stale lock and creating a new one instead would let two waiters each delete the other's.
 */
export async function takeOver(lockPath: string, seen: LockSnapshot, content: string): Promise<boolean> {
  const generation = createHash('sha256')
    .update(`${seen.ino}:${seen.mtimeMs}:${seen.text}`)
    .digest('hex')
    .slice(0, 16);
  const marker = (n: number) => `${lockPath}.${generation}.takeover-${n}`;
  const markerContent = JSON.stringify({ pid: process.pid, host: hostname(), at: Date.now(), id: nonce() });
  let mine: number | undefined;
  for (let n = 0; n < MAX_MARKERS && mine === undefined; n += 1) {
    if (await createExclusive(marker(n), markerContent)) mine = n;
    else if (!(await markerAbandoned(marker(n)))) return false; // another waiter is taking over
  }
  if (mine === undefined) return false;
  const ours = mine;
  const cleanUp = () =>
    Promise.all(Array.from({ length: ours + 1 }, (_, n) => unlink(marker(n)).catch(() => undefined)));
  try {
    if (!sameLock(await readLock(lockPath), seen)) return false;
    const aside = `${lockPath}.${nonce()}.new`;
    await writeAside(aside, content);
    try {
      await renameWithRetry(aside, lockPath);
    } catch (error) {
      await unlink(aside).catch(() => undefined);
      throw error;
    }
    return true;
  } finally {
    // The stale lock is gone (or was never current): its markers can only ever lead to "not the same lock".
    await cleanUp();
  }
}

async function createExclusive(path: string, content: string): Promise<boolean> {
  try {
    const handle = await open(path, 'wx', 0o600);
    try {
      await handle.writeFile(content);
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if (isCode(error, 'EEXIST')) return false;
    throw error;
  }
}

/**
 * True when the marker's maker died (on this host, where that can be checked), or, made elsewhere or
 * unreadable, when it has been there far longer than a takeover takes.
 */
async function markerAbandoned(path: string): Promise<boolean> {
  try {
    const info = await stat(path);
    const owner = parseOwner(await readFile(path, 'utf8'));
    if (owner?.host === hostname()) return !isAlive(owner.pid);
    return Date.now() - info.mtimeMs > MARKER_STALE_MS;
  } catch (error) {
    // Gone: its maker finished, and the lock it took over is no longer the one we saw.
    if (isCode(error, 'ENOENT')) return false;
    throw error;
  }
}
