import { createHash, randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { redactWith } from '../redact.js';
import type { TokenStore } from '../token-store.js';
import { type FileLockOptions, isCode, withFileLock } from './file-lock.js';
import { renameWithRetry } from './rename-with-retry.js';

export interface Logger {
  warn(message: string): void;
}

export interface FileTokenStoreOptions {
  /** Default `~/.nexar/tokens.json`. */
  path?: string;
  /** Told when a damaged file is set aside (default `console`). Never given a token. */
  logger?: Logger;
  lock?: FileLockOptions;
}

interface TokenFile {
  version: 1;
  tokens: Record<string, string>;
}

export function defaultTokenFilePath(): string {
  return join(homedir(), '.nexar', 'tokens.json');
}

/**
 * Tokens in a JSON file for CLIs and desktop apps, so a login outlives the process. The file is mode
 * 0600 in a 0700 directory, and only ever replaced whole: written to a temporary file, then renamed
 * over it, so readers see the old or the new content, never half of it. Writers take a lock file,
 * re-read, change only their own entry and write: several processes can share the file without losing
 * each other's entries. `withLock` gives providers a per-entry lock so that only one process spends a
 * rotating refresh token. A file that cannot be read is moved aside with a warning and the user logs in
 * again.
 */
export class FileTokenStore implements TokenStore {
  readonly path: string;
  readonly #logger: Logger;
  readonly #lock: FileLockOptions;

  constructor(options: FileTokenStoreOptions = {}) {
    this.path = options.path ?? defaultTokenFilePath();
    this.#logger = options.logger ?? console;
    this.#lock = options.lock ?? {};
    redactWith(this, 'FileTokenStore', () => ({ path: this.path }));
  }

  async get(key: string): Promise<string | undefined> {
    return (await this.#read()).tokens[key];
  }

  async set(key: string, value: string): Promise<void> {
    await this.#update((tokens) => {
      tokens[key] = value;
      return true;
    });
  }

  async delete(key: string): Promise<void> {
    await this.#update((tokens) => {
      if (!(key in tokens)) return false;
      delete tokens[key];
      return true;
    });
  }

  withLock<T>(key: string, task: () => Promise<T>): Promise<T> {
    const id = createHash('sha256').update(key).digest('hex').slice(0, 16);
    return this.#locked(`${this.path}.${id}.lock`, task);
  }

  async #update(change: (tokens: Record<string, string>) => boolean): Promise<void> {
    await this.#locked(`${this.path}.lock`, async () => {
      const file = await this.#read();
      if (change(file.tokens)) await this.#write(file);
    });
  }

  async #locked<T>(lockPath: string, task: () => Promise<T>): Promise<T> {
    await mkdir(dirname(this.path), { recursive: true, mode: 0o700 });
    return withFileLock(lockPath, task, this.#lock);
  }

  async #read(): Promise<TokenFile> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if (isCode(error, 'ENOENT')) return { version: 1, tokens: {} };
      throw error;
    }
    const file = parseTokenFile(text);
    if (file) return file;
    await this.#setAside();
    return { version: 1, tokens: {} };
  }

  async #setAside(): Promise<void> {
    const aside = `${this.path}.corrupt-${Date.now()}`;
    try {
      await rename(this.path, aside);
    } catch (error) {
      if (isCode(error, 'ENOENT')) return; // another process set it aside first
      throw error;
    }
    this.#logger.warn(
      `Nexar: the token file ${this.path} could not be read and was moved to ${aside}. Log in again to continue.`,
    );
  }

  async #write(file: TokenFile): Promise<void> {
    const temporary = `${this.path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(`${JSON.stringify(file, null, 2)}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await chmod(temporary, 0o600); // in case a umask or ACL widened it
      await renameWithRetry(temporary, this.path);
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
  }
}

function parseTokenFile(text: string): TokenFile | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object') return undefined;
    const { version, tokens } = value as { version?: unknown; tokens?: unknown };
    if (version !== 1 || !tokens || typeof tokens !== 'object' || Array.isArray(tokens)) return undefined;
    const entries = Object.entries(tokens);
    if (!entries.every(([, entry]) => typeof entry === 'string')) return undefined;
    return { version: 1, tokens: Object.fromEntries(entries) as Record<string, string> };
  } catch {
    return undefined;
  }
}
