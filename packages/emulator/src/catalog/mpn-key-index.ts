/**
 * Which normalised part numbers contain a query, without reading them all: every key is listed under
 * each three-character piece it contains, and a query is checked only against the keys listed under
 * its rarest piece. Shorter queries (one or two characters) are checked against every key; they match
 * a good share of any catalog anyway.
 */
const GRAM = 3;

export class MpnKeyIndex {
  readonly #keys: readonly string[];
  readonly #postings = new Map<string, number[]>();

  /** `keys` in their search order; answers are positions in it. */
  constructor(keys: readonly string[]) {
    this.#keys = keys;
    keys.forEach((key, position) => {
      for (let i = 0; i + GRAM <= key.length; i++) {
        const gram = key.slice(i, i + GRAM);
        const list = this.#postings.get(gram);
        if (list === undefined) this.#postings.set(gram, [position]);
        else if (list[list.length - 1] !== position) list.push(position);
      }
    });
  }

  /** Positions of the keys that contain `query` (itself normalised), in ascending order. */
  containing(query: string): number[] {
    if (query.length < GRAM) return this.#scan(query);
    let rarest: number[] | undefined;
    for (let i = 0; i + GRAM <= query.length; i++) {
      const list = this.#postings.get(query.slice(i, i + GRAM));
      if (list === undefined) return [];
      if (rarest === undefined || list.length < rarest.length) rarest = list;
    }
    return (rarest ?? []).filter((position) => this.#keys[position]?.includes(query));
  }

  #scan(query: string): number[] {
    const out: number[] = [];
    this.#keys.forEach((key, position) => {
      if (key.includes(query)) out.push(position);
    });
    return out;
  }
}
