/** Finds companies by id, name or alias, tolerant of case, punctuation and legal suffixes. */
import type { Company } from './catalog-types.js';
import { normalizeCompanyName } from './normalize.js';

export class CompanyMatcher {
  readonly #companies: readonly Company[];
  readonly #forms: readonly (readonly string[])[];

  constructor(companies: readonly Company[]) {
    this.#companies = companies;
    this.#forms = companies.map((c) =>
      [c.name, ...c.aliases].map(normalizeCompanyName).filter((f) => f !== ''),
    );
  }

  /**
   * Companies that `query` names: an exact id, name or alias first; failing
   * that, names starting with the query ("Texas") or contained at the start of
   * it ("Murata Electronics North America"). In list order.
   */
  find(query: string): Company[] {
    const byId = this.#companies.filter((c) => c.id === query);
    if (byId.length > 0) return byId;
    const q = normalizeCompanyName(query);
    if (q === '') return [];
    const exact = this.#companies.filter((_, i) => this.#forms[i]?.includes(q));
    if (exact.length > 0) return exact;
    return this.#companies.filter((_, i) =>
      (this.#forms[i] ?? []).some(
        (form) => (q.length >= 3 && form.startsWith(q)) || (form.length >= 4 && q.startsWith(form)),
      ),
    );
  }
}
