import { open, readFile, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { NexarAuthError } from '../errors.js';
import { sleep } from '../sleep.js';

export interface FileLockOptions {
  /** Give up waiting for the lock after this long (default 60 s). */
  timeoutMs?: number;
  /** A lock older than this is taken over even if its owner may be alive (default 2 min). */
  staleMs?: number;
}

/**
 * Runs `task` holding an exclusive lock file, shared by every process on this machine: the file is
 * created with O_EXCL (`wx`), holds the owner's pid and host, and is removed afterwards. A lock whose
 * owner process is gone, or that is older than `staleMs`, is taken over.
 */
export async function withFileLock<T>(
  lockPath: string,
  task: () => Promise<T>,
  options: FileLockOptions = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const staleMs = options.staleMs ?? 120_000;
  const started = Date.now();
  for (let attempt = 0; ; attempt += 1) {
    try {
      const handle = await open(lockPath, 'wx', 0o600);
      try {
        await handle.writeFile(JSON.stringify({ pid: process.pid, host: hostname(), at: Date.now() }));
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      if (!isCode(error, 'EEXIST')) throw error;
    }
    if (await isAbandoned(lockPath, staleMs)) {
      await unlink(lockPath).catch(() => undefined);
      continue;
    }
    if (Date.now() - started > timeoutMs) {
      throw new NexarAuthError(
        'timeout',
        `Another process has held the token lock ${lockPath} for too long.`,
        {
          hint: 'If no other Nexar program is running, delete the lock file.',
        },
      );
    }
    await sleep(Math.min(200, 10 * 2 ** Math.min(attempt, 4)) + Math.random() * 10);
  }
  try {
    return await task();
  } finally {
    await unlink(lockPath).catch(() => undefined);
  }
}

async function isAbandoned(lockPath: string, staleMs: number): Promise<boolean> {
  try {
    const info = await stat(lockPath);
    if (Date.now() - info.mtimeMs > staleMs) return true;
    const owner: unknown = JSON.parse(await readFile(lockPath, 'utf8'));
    if (!owner || typeof owner !== 'object') return false;
    const { pid, host } = owner as { pid?: unknown; host?: unknown };
    if (host !== hostname() || typeof pid !== 'number') return false;
    return !isAlive(pid);
  } catch {
    // Gone already (try again at once), or being written right now (wait for it).
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return !isCode(error, 'ESRCH');
  }
}

export function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
