/**
 * Values derived from catalog objects, built once per object and key (a currency, a country and
 * currency, a set of list arguments). The catalog never changes, so a value stays right for as long
 * as its object lives; the memo holds objects weakly, so it goes when the catalog goes.
 */
export class KeyedMemo<Owner extends object, Value> {
  readonly #byOwner = new WeakMap<Owner, Map<string, Value>>();

  get(owner: Owner, key: string, build: () => Value): Value {
    let byKey = this.#byOwner.get(owner);
    if (byKey === undefined) {
      byKey = new Map();
      this.#byOwner.set(owner, byKey);
    }
    let value = byKey.get(key);
    if (value === undefined) {
      value = build();
      byKey.set(key, value);
    }
    return value;
  }
}
