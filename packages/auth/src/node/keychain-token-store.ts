import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { redactWith } from '../redact.js';
import type { TokenStore } from '../token-store.js';
import { type FileLockOptions, withFileLock } from './file-lock.js';

/** The part of `@napi-rs/keyring` the store uses (an OS keychain entry per service and account). */
export interface KeyringModule {
  AsyncEntry: new (service: string, account: string) => KeyringEntry;
}

export interface KeyringEntry {
  getPassword(): Promise<string | null | undefined>;
  setPassword(password: string): Promise<void>;
  deletePassword(): Promise<boolean>;
}

export interface KeychainTokenStoreOptions {
  /** The keychain service the entries are filed under (default `nexar`). */
  service?: string;
  /** Lock files for `withLock` live here (default `~/.nexar`): the keychain itself has no locks. */
  lockDirectory?: string;
  lock?: FileLockOptions;
}

export type KeychainAvailability =
  | { available: true; store: KeychainTokenStore }
  | { available: false; reason: string };

/**
 * Tokens in the operating system's keychain (macOS Keychain, Windows Credential Manager, the Secret
 * Service on Linux desktops), for CLIs: nothing readable lands on disk. One keychain entry per store
 * key; lock files (no secrets in them) give `withLock` across processes.
 */
export class KeychainTokenStore implements TokenStore {
  readonly service: string;
  readonly #keyring: KeyringModule;
  readonly #lockDirectory: string;
  readonly #lock: FileLockOptions;

  constructor(keyring: KeyringModule, options: KeychainTokenStoreOptions = {}) {
    this.#keyring = keyring;
    this.service = options.service ?? 'nexar';
    this.#lockDirectory = options.lockDirectory ?? join(homedir(), '.nexar');
    this.#lock = options.lock ?? {};
    redactWith(this, 'KeychainTokenStore', () => ({ service: this.service }));
  }

  async get(key: string): Promise<string | undefined> {
    return (await this.#entry(key).getPassword()) ?? undefined;
  }

  async set(key: string, value: string): Promise<void> {
    await this.#entry(key).setPassword(value);
  }

  async delete(key: string): Promise<void> {
    await this.#entry(key).deletePassword();
  }

  async withLock<T>(key: string, task: () => Promise<T>): Promise<T> {
    await mkdir(this.#lockDirectory, { recursive: true, mode: 0o700 });
    const path = join(this.#lockDirectory, `keychain-${accountFor(key)}.lock`);
    return withFileLock(path, task, this.#lock);
  }

  #entry(key: string): KeyringEntry {
    return new this.#keyring.AsyncEntry(this.service, accountFor(key));
  }
}

/** Store keys hold URLs and spaces; keychains are happier with a short, fixed-form account name. */
function accountFor(key: string): string {
  return `token-${createHash('sha256').update(key).digest('hex').slice(0, 32)}`;
}

/**
 * The keychain store when this machine has a usable keychain: `@napi-rs/keyring` (an optional
 * dependency) is installed and a probe entry can be written, read and deleted. Otherwise the reason,
 * for the caller to say so and choose another store (e.g. `FileTokenStore`, in plain text).
 */
export async function openKeychainTokenStore(
  options: KeychainTokenStoreOptions & { load?: () => Promise<KeyringModule> } = {},
): Promise<KeychainAvailability> {
  let keyring: KeyringModule;
  try {
    keyring = await (options.load ?? loadKeyring)();
  } catch {
    return { available: false, reason: 'the optional package @napi-rs/keyring is not installed' };
  }
  const store = new KeychainTokenStore(keyring, options);
  const probe = `probe ${process.pid} ${Date.now()}`;
  try {
    await store.set(probe, 'probe');
    const read = await store.get(probe);
    await store.delete(probe);
    if (read !== 'probe') return { available: false, reason: 'the keychain did not keep a test entry' };
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'unknown error';
    return { available: false, reason: `the keychain cannot be used here (${detail})` };
  }
  return { available: true, store };
}

async function loadKeyring(): Promise<KeyringModule> {
  // A variable specifier keeps bundlers and type checks from requiring the optional package.
  const name = '@napi-rs/keyring';
  return (await import(name)) as KeyringModule;
}
