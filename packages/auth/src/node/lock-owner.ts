import { randomBytes } from 'node:crypto';
import { open } from 'node:fs/promises';

/** What a lock file holds: who owns it, and a nonce that tells this lock apart from any other. */
export interface LockOwner {
  pid: number;
  host: string;
  at: number;
  id: string;
}

/** Writes a file that nobody else knows the name of yet (mode 0600). */
export async function writeAside(path: string, content: string): Promise<void> {
  const handle = await open(path, 'wx', 0o600);
  try {
    await handle.writeFile(content);
  } finally {
    await handle.close();
  }
}

export function parseOwner(text: string): LockOwner | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object') return undefined;
    const { pid, host, at, id } = value as Partial<Record<keyof LockOwner, unknown>>;
    if (typeof pid !== 'number' || typeof host !== 'string') return undefined;
    return { pid, host, at: typeof at === 'number' ? at : 0, id: typeof id === 'string' ? id : '' };
  } catch {
    return undefined;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return !isCode(error, 'ESRCH');
  }
}

export function nonce(): string {
  return randomBytes(8).toString('hex');
}

export function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
