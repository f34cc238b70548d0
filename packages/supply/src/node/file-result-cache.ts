import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { CachedEntry, ResultCache } from '../cache/result-cache.js';

export interface FileResultCacheOptions {
  /** Folder of the cache files. Default `~/.nexar/supply-cache`. */
  directory?: string;
  /** Where warnings go (a corrupt file set aside). Default `console`. */
  logger?: { warn(message: string): void };
}

/** What a cache file holds: the key too, so a file is only used for its own key. */
interface CacheFile {
  version: 1;
  key: string;
  storedAt: number;
  value: unknown;
}

/**
 * A result cache on disk for CLIs and scripts, shared between runs and processes: one JSON file per
 * answer, named by the SHA-256 of its key. Writes go to a temporary file renamed over the old one, so
 * readers never see half a write. A file that cannot be read is moved aside (`<name>.corrupt-<time>`)
 * with a warning and counts as a miss.
 */
export class FileResultCache implements ResultCache {
  readonly directory: string;
  readonly #logger: { warn(message: string): void };

  constructor(options: FileResultCacheOptions = {}) {
    this.directory = options.directory ?? join(homedir(), '.nexar', 'supply-cache');
    this.#logger = options.logger ?? console;
  }

  #path(key: string): string {
    return join(this.directory, `${createHash('sha256').update(key).digest('hex')}.json`);
  }

  async get(key: string): Promise<CachedEntry | undefined> {
    const path = this.#path(key);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
    let file: CacheFile | undefined;
    try {
      file = parseCacheFile(text);
    } catch {
      file = undefined;
    }
    if (!file) {
      await this.#setAside(path);
      return undefined;
    }
    return file.key === key ? { value: file.value, storedAt: file.storedAt } : undefined;
  }

  async set(key: string, entry: CachedEntry): Promise<void> {
    const file: CacheFile = { version: 1, key, storedAt: entry.storedAt, value: entry.value };
    const path = this.#path(key);
    const temporary = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    try {
      await writeFile(temporary, JSON.stringify(file), { mode: 0o600 });
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await unlink(this.#path(key));
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }

  /** Removes every cached answer (set-aside corrupt files stay, for inspection). */
  async clear(): Promise<void> {
    let names: string[];
    try {
      names = await readdir(this.directory);
    } catch (error) {
      if (isNotFound(error)) return;
      throw error;
    }
    await Promise.all(
      names
        .filter((name) => /^[0-9a-f]{64}\.json$/.test(name))
        .map((name) => rm(join(this.directory, name), { force: true })),
    );
  }

  async #setAside(path: string): Promise<void> {
    const aside = `${path}.corrupt-${Date.now()}`;
    try {
      await rename(path, aside);
      this.#logger.warn(
        `The supply cache file ${path} could not be read; it was moved to ${aside} and the answer will be fetched again.`,
      );
    } catch (error) {
      if (!isNotFound(error)) {
        this.#logger.warn(`The supply cache file ${path} could not be read nor moved aside; it is ignored.`);
      }
    }
  }
}

function parseCacheFile(text: string): CacheFile | undefined {
  const data: unknown = JSON.parse(text);
  if (data === null || typeof data !== 'object') return undefined;
  const file = data as Partial<CacheFile>;
  if (file.version !== 1 || typeof file.key !== 'string' || typeof file.storedAt !== 'number')
    return undefined;
  if (!('value' in file)) return undefined;
  return file as CacheFile;
}

function isNotFound(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ENOENT';
}
