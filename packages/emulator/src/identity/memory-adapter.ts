import type { Adapter, AdapterFactory, AdapterPayload } from 'oidc-provider';

interface Entry {
  payload: AdapterPayload;
  /** Epoch ms after which the entry is gone; undefined for no expiry. */
  expiresAt: number | undefined;
}

/** Sweep expired entries once every this many writes. */
const SWEEP_EVERY = 500;

/**
 * In-memory storage for oidc-provider's models (sessions, codes, refresh tokens, grants, interactions),
 * one per identity server, so an emulator instance can list and revoke what it issued.
 */
export class MemoryStore {
  readonly #entries = new Map<string, Entry>();
  readonly #now: () => number;
  #writes = 0;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** An oidc-provider adapter factory backed by this store. */
  readonly adapterFactory: AdapterFactory = (model) => new MemoryAdapter(this, model);

  get(model: string, id: string): AdapterPayload | undefined {
    const key = keyOf(model, id);
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt !== undefined && entry.expiresAt <= this.#now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.payload;
  }

  set(model: string, id: string, payload: AdapterPayload, expiresInSeconds: number | undefined): void {
    this.#writes += 1;
    if (this.#writes % SWEEP_EVERY === 0) this.#sweep();
    const expiresAt = expiresInSeconds === undefined ? undefined : this.#now() + expiresInSeconds * 1000;
    this.#entries.set(keyOf(model, id), { payload, expiresAt });
  }

  delete(model: string, id: string): boolean {
    return this.#entries.delete(keyOf(model, id));
  }

  /** Live entries of one model, as `[id, payload]` pairs. */
  *list(model: string): Generator<[string, AdapterPayload]> {
    const prefix = `${model}:`;
    for (const key of [...this.#entries.keys()]) {
      if (!key.startsWith(prefix)) continue;
      const id = key.slice(prefix.length);
      const payload = this.get(model, id);
      if (payload) yield [id, payload];
    }
  }

  /** Deletes the entries of `model` that belong to `grantId`. */
  deleteByGrantId(model: string, grantId: string): void {
    for (const [id, payload] of this.list(model)) {
      if (payload.grantId === grantId) this.delete(model, id);
    }
  }

  #sweep(): void {
    const now = this.#now();
    for (const [key, entry] of this.#entries) {
      if (entry.expiresAt !== undefined && entry.expiresAt <= now) this.#entries.delete(key);
    }
  }
}

function keyOf(model: string, id: string): string {
  return `${model}:${id}`;
}

class MemoryAdapter implements Adapter {
  readonly #store: MemoryStore;
  readonly #model: string;

  constructor(store: MemoryStore, model: string) {
    this.#store = store;
    this.#model = model;
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
    this.#store.set(this.#model, id, payload, expiresIn);
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    return this.#store.get(this.#model, id);
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    for (const [, payload] of this.#store.list(this.#model)) if (payload.uid === uid) return payload;
    return undefined;
  }

  async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    for (const [, payload] of this.#store.list(this.#model))
      if (payload.userCode === userCode) return payload;
    return undefined;
  }

  async consume(id: string): Promise<void> {
    const payload = this.#store.get(this.#model, id);
    if (payload) payload.consumed = Math.floor(Date.now() / 1000);
  }

  async destroy(id: string): Promise<void> {
    this.#store.delete(this.#model, id);
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    this.#store.deleteByGrantId(this.#model, grantId);
  }
}
