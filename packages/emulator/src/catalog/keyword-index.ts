/** An inverted index of weighted search tokens with exact and prefix lookups. */
import { type Token, tokenize, tokenizeWithSurface } from './normalize.js';

export class KeywordIndex {
  readonly #postings = new Map<string, Map<number, number>>();
  readonly #surface = new Map<string, string>();
  #sortedTerms: string[] | undefined;

  /** Indexes `text` for document `doc`; a token keeps the highest weight it was given. */
  add(doc: number, text: string, weight: number, joinHyphenated = false): void {
    this.addTokens(doc, tokenizeWithSurface(text, joinHyphenated), weight);
  }

  /** Indexes tokens already made with `tokenizeWithSurface` (text many documents share is split once). */
  addTokens(doc: number, tokens: readonly Token[], weight: number): void {
    for (const { token, surface } of tokens) this.addToken(doc, token, weight, surface);
  }

  addToken(doc: number, token: string, weight: number, surface = token): void {
    if (token === '') return;
    if (!this.#surface.has(token)) this.#surface.set(token, surface);
    let docs = this.#postings.get(token);
    if (docs === undefined) {
      docs = new Map();
      this.#postings.set(token, docs);
      this.#sortedTerms = undefined;
    }
    if ((docs.get(doc) ?? 0) < weight) docs.set(doc, weight);
  }

  /** Every indexed term in sorted order. */
  terms(): readonly string[] {
    this.#sortedTerms ??= [...this.#postings.keys()].sort();
    return this.#sortedTerms;
  }

  /** How `term` was first written in the indexed text (lower case). */
  surfaceOf(term: string): string {
    return this.#surface.get(term) ?? term;
  }

  has(term: string): boolean {
    return this.#postings.has(term);
  }

  /** Number of documents containing `term`. */
  documentFrequency(term: string): number {
    return this.#postings.get(term)?.size ?? 0;
  }

  /** Terms starting with `prefix`, in sorted order. */
  termsWithPrefix(prefix: string): string[] {
    const terms = this.terms();
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((terms[mid] ?? '') < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < terms.length && (terms[i] ?? '').startsWith(prefix); i++) out.push(terms[i] ?? '');
    return out;
  }

  /** Scores of documents matching one query token: exact matches in full, prefix matches at half weight. */
  #tokenScores(token: string): Map<number, number> {
    const scores = new Map(this.#postings.get(token) ?? []);
    if (token.length >= 2) {
      for (const term of this.termsWithPrefix(token)) {
        if (term === token) continue;
        for (const [doc, weight] of this.#postings.get(term) ?? []) {
          if ((scores.get(doc) ?? 0) < weight / 2) scores.set(doc, weight / 2);
        }
      }
    }
    return scores;
  }

  /** Documents matching every token of `query`, with summed scores. */
  search(query: string): Map<number, number> {
    const tokens = [...new Set(tokenize(query))];
    let result: Map<number, number> | undefined;
    for (const token of tokens) {
      const scores = this.#tokenScores(token);
      if (result === undefined) {
        result = scores;
        continue;
      }
      const next = new Map<number, number>();
      for (const [doc, score] of result) {
        const more = scores.get(doc);
        if (more !== undefined) next.set(doc, score + more);
      }
      result = next;
      if (result.size === 0) break;
    }
    return result ?? new Map();
  }
}
