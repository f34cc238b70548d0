import type { TokenStore, TokenStoreSetOptions } from '@nexar/auth';

/** Where a store was chosen: the store and one line for the user about it. */
export interface ChosenTokenStore {
  store: TokenStore;
  note: string;
}

/**
 * A token store that chooses its real store on first use: choosing may load the OS keychain's native
 * module and write a probe entry, which a command that never signs a user in (`search`, `bom`) should
 * not wait for. Every call goes to the chosen store; the lock is the chosen store's, if it has one.
 */
export class DeferredTokenStore implements TokenStore {
  readonly #choose: () => Promise<ChosenTokenStore>;
  #chosen: Promise<ChosenTokenStore> | undefined;

  constructor(choose: () => Promise<ChosenTokenStore>) {
    this.#choose = choose;
  }

  /** The chosen store and its note, choosing it now if no call has yet. */
  chosen(): Promise<ChosenTokenStore> {
    this.#chosen ??= this.#choose();
    return this.#chosen;
  }

  async get(key: string): Promise<string | undefined> {
    return (await this.chosen()).store.get(key);
  }

  async set(key: string, value: string, options?: TokenStoreSetOptions): Promise<void> {
    return (await this.chosen()).store.set(key, value, options);
  }

  async delete(key: string): Promise<void> {
    return (await this.chosen()).store.delete(key);
  }

  async withLock<T>(key: string, task: () => Promise<T>): Promise<T> {
    const { store } = await this.chosen();
    return store.withLock ? store.withLock(key, task) : task();
  }
}
