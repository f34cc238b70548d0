/**
 * Lookups over a catalog, as the `sup*` resolvers need them: by id, exact and
 * ranked MPN, SKU, keyword relevance, manufacturer/seller by name or alias,
 * categories, suggestions and spelling correction. All results come in a
 * deterministic order; the catalog itself is never modified.
 */
import {
  correctSpelling,
  type SpellingCorrection,
  type Suggestion,
  type SuggestOptions,
  suggest,
} from './catalog-suggest.js';
import type { Attribute, Catalog, Category, Company, Part, Spec } from './catalog-types.js';
import { CompanyMatcher } from './company-matcher.js';
import { KeywordIndex } from './keyword-index.js';
import { MpnKeyIndex } from './mpn-key-index.js';
import { normalizeMpn, type Token, tokenizeWithSurface } from './normalize.js';

export interface PartHit {
  part: Part;
  /** Relevance: higher first. */
  score: number;
  /** The alternative MPN that matched, when the match was on `akaMpns`. */
  akaMpn: string | null;
}

/** Restrictions applied after matching. */
export interface PartFilter {
  /** Manufacturer id, name or alias. */
  manufacturer?: string;
  /** Seller id, name or alias: the part must be offered by it. */
  seller?: string;
  /** The category or any of its descendants. */
  categoryId?: string;
  /** At least one offer with stock. */
  inStockOnly?: boolean;
  /** Has a datasheet. */
  hasDatasheetOnly?: boolean;
  /** At least one authorised seller. */
  authorizedOnly?: boolean;
}

/** One `supMultiMatch` query (SupPartMatchQuery without paging) plus its options. */
export interface MatchQuery {
  mpn?: string | null;
  sku?: string | null;
  mpnOrSku?: string | null;
  manufacturer?: string | null;
  seller?: string | null;
  requireAuthorizedSellers?: boolean | null;
  requireStockAvailable?: boolean | null;
}

function compareParts(a: Part, b: Part, keyOf: (part: Part) => string): number {
  const na = keyOf(a);
  const nb = keyOf(b);
  return (
    na.length - nb.length ||
    (na < nb ? -1 : na > nb ? 1 : 0) ||
    a.manufacturer.name.localeCompare(b.manufacturer.name, 'en') ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Specs nearly every part has (packaging, RoHS, temperature range, pin count): as keywords they would
 * match most of the catalog, so a search for "tape" or "compliant" is not answered from them.
 */
const NOT_KEYWORDS: ReadonlySet<string> = new Set([
  'packaging',
  'rohs',
  'minoperatingtemperature',
  'maxoperatingtemperature',
  'numberofpins',
]);

/** A spec's display value split for the keyword index (specs are shared, so each is split once). */
interface SpecTokens {
  words: readonly Token[];
  joined: string;
}

export class CatalogIndex {
  readonly catalog: Catalog;
  readonly #byId = new Map<string, Part>();
  readonly #order = new Map<Part, number>();
  readonly #byMpn = new Map<string, { part: Part; aka: string | null }[]>();
  readonly #bySku = new Map<string, { part: Part; sellerId: string }[]>();
  readonly #normalizedMpns: { key: string; part: Part; aka: string | null }[] = [];
  readonly #mpnKeys = new Map<Part, string>();
  #mpnKeyIndex: MpnKeyIndex | undefined;
  #keywordIndex: KeywordIndex | undefined;
  readonly #manufacturers: CompanyMatcher;
  readonly #sellers: CompanyMatcher;
  readonly #categories = new Map<string, Category>();
  readonly #children = new Map<string, Category[]>();
  readonly #partCounts = new Map<string, number>();

  constructor(catalog: Catalog) {
    this.catalog = catalog;
    this.#manufacturers = new CompanyMatcher(catalog.manufacturers);
    this.#sellers = new CompanyMatcher(catalog.sellers);
    for (const category of catalog.categories) {
      this.#categories.set(category.id, category);
      const siblings = this.#children.get(category.parentId) ?? [];
      siblings.push(category);
      this.#children.set(category.parentId, siblings);
    }
    catalog.parts.forEach((part, doc) => {
      this.#byId.set(part.id, part);
      this.#order.set(part, doc);
      for (const [text, aka] of [[part.mpn, null] as const, ...part.akaMpns.map((m) => [m, m] as const)]) {
        const key = normalizeMpn(text);
        if (aka === null) this.#mpnKeys.set(part, key);
        const list = this.#byMpn.get(key) ?? [];
        if (!list.some((entry) => entry.part === part)) list.push({ part, aka });
        this.#byMpn.set(key, list);
        this.#normalizedMpns.push({ key, part, aka });
      }
      for (const seller of part.sellers) {
        for (const offer of seller.offers) {
          const key = normalizeMpn(offer.sku);
          const list = this.#bySku.get(key) ?? [];
          list.push({ part, sellerId: seller.company.id });
          this.#bySku.set(key, list);
        }
      }
      for (const category of part.category ? this.categoryAncestors(part.category.id, true) : []) {
        this.#partCounts.set(category.id, (this.#partCounts.get(category.id) ?? 0) + 1);
      }
    });
  }

  /** The part's normalised MPN, as the MPN lookups compare it. */
  readonly #mpnKey = (part: Part): string => this.#mpnKeys.get(part) ?? normalizeMpn(part.mpn);

  /** Built on first MPN search, so starting and exact lookups do not pay for it. */
  get #mpnSearch(): MpnKeyIndex {
    this.#mpnKeyIndex ??= new MpnKeyIndex(this.#normalizedMpns.map((entry) => entry.key));
    return this.#mpnKeyIndex;
  }

  /** Built on first keyword search or spelling correction, so MPN-only use starts faster. */
  get #keywords(): KeywordIndex {
    if (this.#keywordIndex === undefined) {
      const index = new KeywordIndex();
      const specTokens = new Map<Spec, SpecTokens>();
      this.catalog.parts.forEach((part, doc) => {
        this.#indexKeywords(index, doc, part, specTokens);
      });
      this.#keywordIndex = index;
    }
    return this.#keywordIndex;
  }

  #indexKeywords(k: KeywordIndex, doc: number, part: Part, specTokens: Map<Spec, SpecTokens>): void {
    for (const mpn of [part.mpn, ...part.akaMpns]) {
      k.add(doc, mpn, 6, true);
      k.addToken(doc, normalizeMpn(mpn).toLowerCase(), 8);
    }
    k.addToken(doc, normalizeMpn(part.genericMpn).toLowerCase(), 4);
    for (const name of [part.manufacturer.name, ...part.manufacturer.aliases]) k.add(doc, name, 3);
    if (part.category) {
      k.add(doc, part.category.name, 3);
      for (const ancestor of this.categoryAncestors(part.category.id)) k.add(doc, ancestor.name, 1.5);
    }
    k.add(doc, part.shortDescription, 2);
    for (const description of part.descriptions) k.add(doc, description.text, 1);
    for (const spec of part.specs) {
      if (NOT_KEYWORDS.has(spec.attribute.shortname)) continue;
      let tokens = specTokens.get(spec);
      if (tokens === undefined) {
        tokens = {
          words: tokenizeWithSurface(spec.displayValue),
          joined: spec.displayValue.replace(/\s+/g, '').toLowerCase(),
        };
        specTokens.set(spec, tokens);
      }
      k.addTokens(doc, tokens.words, spec.valueType === 'text' ? 2 : 1);
      k.addToken(doc, tokens.joined, 1.5);
    }
  }

  get parts(): readonly Part[] {
    return this.catalog.parts;
  }

  partById(id: string): Part | undefined {
    return this.#byId.get(id);
  }

  /** One entry per id, `null` for unknown ids (as `supParts` answers). */
  partsByIds(ids: readonly string[]): (Part | null)[] {
    return ids.map((id) => this.#byId.get(id) ?? null);
  }

  #filter(parts: Part[], filter: PartFilter | undefined): Part[] {
    if (filter === undefined) return parts;
    const manufacturers = filter.manufacturer
      ? new Set(this.findManufacturers(filter.manufacturer))
      : undefined;
    const sellers = filter.seller ? new Set(this.findSellers(filter.seller)) : undefined;
    const categories = filter.categoryId ? this.#subtree(filter.categoryId) : undefined;
    return parts.filter(
      (part) =>
        (!manufacturers || manufacturers.has(part.manufacturer)) &&
        (!sellers || part.sellers.some((s) => sellers.has(s.company))) &&
        (!categories || (part.category !== null && categories.has(part.category.id))) &&
        (!filter.inStockOnly || part.sellers.some((s) => s.offers.some((o) => o.inventoryLevel > 0))) &&
        (!filter.hasDatasheetOnly || part.bestDatasheet !== null) &&
        (!filter.authorizedOnly || part.sellers.some((s) => s.isAuthorized)),
    );
  }

  #subtree(categoryId: string): Set<string> {
    const ids = new Set<string>();
    const walk = (id: string): void => {
      if (ids.has(id)) return;
      ids.add(id);
      for (const child of this.#children.get(id) ?? []) walk(child.id);
    };
    if (this.#categories.has(categoryId)) walk(categoryId);
    return ids;
  }

  /** Parts whose normalised MPN (or an `akaMpns` entry) equals the query's; several manufacturers give several parts. */
  partsByMpn(mpn: string, filter?: PartFilter): Part[] {
    const entries = this.#byMpn.get(normalizeMpn(mpn)) ?? [];
    return this.#filter(
      entries.map((entry) => entry.part),
      filter,
    );
  }

  /**
   * MPN search: exact matches first (score 3), then MPNs starting with the query
   * (2), then MPNs containing it (1); within a tier shorter MPNs first. Empty
   * query: no hits.
   */
  searchMpn(query: string, filter?: PartFilter): PartHit[] {
    const q = normalizeMpn(query);
    if (q === '') return [];
    const best = new Map<Part, PartHit>();
    // Only the entries that contain the query, in catalog order (ties keep the first entry, as a scan would).
    for (const position of this.#mpnSearch.containing(q)) {
      const entry = this.#normalizedMpns[position];
      if (entry === undefined) continue;
      const { key, part, aka } = entry;
      const score = key === q ? 3 : key.startsWith(q) ? 2 : 1;
      const current = best.get(part);
      if (
        current === undefined ||
        score > current.score ||
        (score === current.score && current.akaMpn !== null && aka === null)
      ) {
        best.set(part, { part, score, akaMpn: aka });
      }
    }
    const allowed = new Set(this.#filter([...best.keys()], filter));
    return [...best.values()]
      .filter((hit) => allowed.has(hit.part))
      .sort((a, b) => b.score - a.score || compareParts(a.part, b.part, this.#mpnKey));
  }

  /** Parts with an offer whose SKU matches (normalised), optionally at one seller. */
  partsBySku(sku: string, filter?: PartFilter): Part[] {
    const sellers = filter?.seller ? new Set(this.findSellers(filter.seller).map((s) => s.id)) : undefined;
    const parts: Part[] = [];
    for (const entry of this.#bySku.get(normalizeMpn(sku)) ?? []) {
      if (sellers && !sellers.has(entry.sellerId)) continue;
      if (!parts.includes(entry.part)) parts.push(entry.part);
    }
    return this.#filter(parts, filter);
  }

  /**
   * Keyword search over MPN, manufacturer, category, descriptions and specs:
   * every query word must match (a word also matches terms it begins); the
   * score sums field weights, with a bonus for the MPN itself. Empty query:
   * every part (score 0) in catalog order.
   */
  search(query: string, filter?: PartFilter): PartHit[] {
    if (query.trim() === '') {
      return this.#filter([...this.catalog.parts], filter).map((part) => ({ part, score: 0, akaMpn: null }));
    }
    const q = normalizeMpn(query);
    const hits: PartHit[] = [];
    for (const [doc, score] of this.#keywords.search(query)) {
      const part = this.catalog.parts[doc];
      if (part === undefined) continue;
      const key = this.#mpnKey(part);
      const bonus = q !== '' && key === q ? 20 : q.length >= 3 && key.startsWith(q) ? 5 : 0;
      hits.push({ part, score: score + bonus, akaMpn: null });
    }
    const allowed = new Set(
      this.#filter(
        hits.map((hit) => hit.part),
        filter,
      ),
    );
    return hits
      .filter((hit) => allowed.has(hit.part))
      .sort((a, b) => b.score - a.score || compareParts(a.part, b.part, this.#mpnKey));
  }

  /**
   * `supMultiMatch` semantics for one query: `mpn` matches exactly (normalised,
   * including `akaMpns`), falling back to MPNs that start with it; `sku` matches
   * SKUs; `mpnOrSku` either; then manufacturer/seller/authorised/stock filters.
   * A query without mpn, sku or mpnOrSku matches nothing.
   */
  match(query: MatchQuery): Part[] {
    const byMpn = (mpn: string): Part[] => {
      const exact = this.partsByMpn(mpn);
      if (exact.length > 0) return exact;
      return this.searchMpn(mpn)
        .filter((hit) => hit.score >= 2)
        .map((hit) => hit.part);
    };
    let parts: Part[] = [];
    if (query.mpnOrSku) {
      parts = [...byMpn(query.mpnOrSku)];
      for (const part of this.partsBySku(query.mpnOrSku)) if (!parts.includes(part)) parts.push(part);
    } else if (query.mpn) {
      parts = byMpn(query.mpn);
      if (query.sku) {
        const skuParts = new Set(this.partsBySku(query.sku));
        parts = parts.filter((part) => skuParts.has(part));
      }
    } else if (query.sku) {
      parts = this.partsBySku(query.sku, query.seller ? { seller: query.seller } : undefined);
    }
    return this.#filter(parts, {
      ...(query.manufacturer ? { manufacturer: query.manufacturer } : {}),
      ...(query.seller ? { seller: query.seller } : {}),
      ...(query.requireAuthorizedSellers ? { authorizedOnly: true } : {}),
      ...(query.requireStockAvailable ? { inStockOnly: true } : {}),
    });
  }

  manufacturers(): readonly Company[] {
    return this.catalog.manufacturers;
  }

  manufacturerById(id: string): Company | undefined {
    return this.catalog.manufacturers.find((c) => c.id === id);
  }

  /** Manufacturers named by id, name or alias ("TI", "texas instruments inc."). */
  findManufacturers(nameOrAlias: string): Company[] {
    return this.#manufacturers.find(nameOrAlias);
  }

  sellers(): readonly Company[] {
    return this.catalog.sellers;
  }

  sellerById(id: string): Company | undefined {
    return this.catalog.sellers.find((c) => c.id === id);
  }

  findSellers(nameOrAlias: string): Company[] {
    return this.#sellers.find(nameOrAlias);
  }

  categories(): readonly Category[] {
    return this.catalog.categories;
  }

  categoryById(id: string): Category | undefined {
    return this.#categories.get(id);
  }

  categoryChildren(id: string): Category[] {
    return [...(this.#children.get(id) ?? [])];
  }

  /** From the root down to the category's parent (or to the category itself with `includeSelf`). */
  categoryAncestors(id: string, includeSelf = false): Category[] {
    const chain: Category[] = [];
    const seen = new Set<string>();
    let current = this.#categories.get(id);
    if (current && !includeSelf) current = this.#categories.get(current.parentId);
    while (current && !seen.has(current.id)) {
      seen.add(current.id);
      chain.unshift(current);
      current = this.#categories.get(current.parentId);
    }
    return chain;
  }

  /** Parts in the category and its descendants (`SupCategory.numParts`). */
  categoryPartCount(id: string): number {
    return this.#partCounts.get(id) ?? 0;
  }

  /** Attributes that parts in the category (or its descendants) have specs for (`SupCategory.relevantAttributes`). */
  categoryRelevantAttributes(id: string): Attribute[] {
    const categories = this.#subtree(id);
    const used = new Set<Attribute>();
    for (const part of this.catalog.parts) {
      if (part.category && categories.has(part.category.id))
        for (const spec of part.specs) used.add(spec.attribute);
    }
    return this.catalog.attributes.filter((a) => used.has(a));
  }

  /**
   * Alternatives for a part (`SupPart.similarParts`): other parts with the same
   * generic MPN first, then parts of the same category and package.
   */
  similarParts(part: Part, limit = 5): Part[] {
    const pkg = (p: Part) => p.specs.find((s) => s.attribute.shortname === 'case_package')?.value;
    const sameGeneric = this.catalog.parts.filter((p) => p !== part && p.genericMpn === part.genericMpn);
    const sameKind = this.catalog.parts.filter(
      (p) =>
        p !== part &&
        !sameGeneric.includes(p) &&
        p.category !== null &&
        p.category === part.category &&
        pkg(p) !== undefined &&
        pkg(p) === pkg(part),
    );
    return [...sameGeneric, ...sameKind].slice(0, Math.max(0, limit));
  }

  attributes(): readonly Attribute[] {
    return this.catalog.attributes;
  }

  attribute(idOrShortname: string): Attribute | undefined {
    return this.catalog.attributes.find((a) => a.id === idOrShortname || a.shortname === idOrShortname);
  }

  /** Completions for a partial query (`supSuggest`). */
  suggest(query: string, options: SuggestOptions = {}): Suggestion[] {
    const categories = options.categoryId ? this.#subtree(options.categoryId) : undefined;
    return suggest(query, options, {
      parts: categories
        ? this.catalog.parts.filter((p) => p.category && categories.has(p.category.id))
        : this.catalog.parts,
      manufacturers: this.catalog.manufacturers,
      categories: categories
        ? this.catalog.categories.filter((c) => categories.has(c.id))
        : this.catalog.categories,
    });
  }

  /** The closest known spelling of a query, with its keyword-search hit count (`supSpellingCorrection`). */
  spellingCorrection(query: string): SpellingCorrection[] {
    return correctSpelling(query, this.#keywords, (q) => this.search(q).length);
  }
}
