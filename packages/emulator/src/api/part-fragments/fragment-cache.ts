/** A part's answer to one selection, serialised: the JSON bytes and the parts nested in it (charged on every use). */
export interface Fragment {
  readonly json: Buffer;
  readonly nestedParts: number;
}

/**
 * Serialised answers by part view (a catalog part seen with one country and currency) and selection,
 * the least recently used forgotten first once they hold more than `budgetBytes`. A view stands for
 * one pricing, so a fragment is never shared between countries or currencies; the catalog never
 * changes, so a fragment stays right for as long as it is kept.
 */
export class FragmentCache<Selection extends object> {
  readonly #byView = new Map<object, Map<Selection, Fragment>>();
  readonly #budgetBytes: number;
  #bytes = 0;

  constructor(budgetBytes: number) {
    this.#budgetBytes = budgetBytes;
  }

  get bytes(): number {
    return this.#bytes;
  }

  get(view: object, selection: Selection): Fragment | undefined {
    const bySelection = this.#byView.get(view);
    const fragment = bySelection?.get(selection);
    if (fragment !== undefined && bySelection !== undefined) {
      // Most recently used last.
      this.#byView.delete(view);
      this.#byView.set(view, bySelection);
    }
    return fragment;
  }

  set(view: object, selection: Selection, fragment: Fragment): void {
    if (fragment.json.length > this.#budgetBytes) return;
    let bySelection = this.#byView.get(view);
    if (bySelection === undefined) {
      bySelection = new Map();
    } else {
      this.#byView.delete(view);
      this.#bytes -= bySelection.get(selection)?.json.length ?? 0;
    }
    bySelection.set(selection, fragment);
    this.#byView.set(view, bySelection);
    this.#bytes += fragment.json.length;
    for (const [oldest, fragments] of this.#byView) {
      if (this.#bytes <= this.#budgetBytes) break;
      this.#byView.delete(oldest);
      for (const dropped of fragments.values()) this.#bytes -= dropped.json.length;
    }
  }
}
