/** Query completion (`supSuggest`) and spelling correction (`supSpellingCorrection`). */
import type { Category, Company, Part } from './catalog-types.js';
import { editDistance } from './edit-distance.js';
import type { KeywordIndex } from './keyword-index.js';
import { normalizeMpn, tokenizeWithSurface } from './normalize.js';

/** SupSuggestion: empty strings where a field does not apply. */
export interface Suggestion {
  text: string;
  inCategoryName: string;
  inCategoryId: string;
  inManufacturerName: string;
  inPartId: string;
}

export interface SuggestOptions {
  /** Most suggestions returned. Default 10. */
  limit?: number;
  /** Only part numbers, no manufacturer or category names. */
  partNumbersOnly?: boolean;
  /** Only parts and categories within this category. */
  categoryId?: string;
}

/** SupSpellingCorrection. */
export interface SpellingCorrection {
  correctionString: string;
  hits: number;
}

interface Sources {
  parts: readonly Part[];
  manufacturers: readonly Company[];
  categories: readonly Category[];
}

const empty = { inCategoryName: '', inCategoryId: '', inManufacturerName: '', inPartId: '' };

function compareText(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Part numbers starting with the query (normalised), and manufacturer or
 * category names whose text or a word of it starts with the query. Part
 * numbers come first when the query contains a digit, names first otherwise.
 */
export function suggest(query: string, options: SuggestOptions, sources: Sources): Suggestion[] {
  const limit = options.limit ?? 10;
  const q = query.trim().toLowerCase();
  const nq = normalizeMpn(query);
  if (q === '' || limit <= 0) return [];
  const mpns: Suggestion[] = [];
  if (nq !== '') {
    const matches = sources.parts
      .filter((part) => normalizeMpn(part.mpn).startsWith(nq))
      .sort((a, b) => compareText(normalizeMpn(a.mpn), normalizeMpn(b.mpn)) || (a.id < b.id ? -1 : 1));
    for (const part of matches) {
      mpns.push({ ...empty, text: part.mpn, inManufacturerName: part.manufacturer.name, inPartId: part.id });
      if (mpns.length >= limit) break;
    }
  }
  const names: Suggestion[] = [];
  if (!options.partNumbersOnly) {
    const rank = (text: string): number => {
      const lower = text.toLowerCase();
      if (lower.startsWith(q)) return 2;
      return lower.split(/[\s\-/(),]+/).some((word) => word.startsWith(q)) ? 1 : 0;
    };
    const candidates: { rank: number; suggestion: Suggestion }[] = [];
    for (const company of sources.manufacturers) {
      const r = rank(company.name);
      if (r > 0)
        candidates.push({
          rank: r,
          suggestion: { ...empty, text: company.name, inManufacturerName: company.name },
        });
    }
    for (const category of sources.categories) {
      const r = rank(category.name);
      if (r > 0) {
        candidates.push({
          rank: r,
          suggestion: {
            ...empty,
            text: category.name,
            inCategoryName: category.name,
            inCategoryId: category.id,
          },
        });
      }
    }
    candidates.sort((a, b) => b.rank - a.rank || compareText(a.suggestion.text, b.suggestion.text));
    names.push(...candidates.map((c) => c.suggestion));
  }
  const ordered = /\d/.test(query) ? [...mpns, ...names] : [...names, ...mpns];
  return ordered.slice(0, limit);
}

/**
 * Replaces each query word the index does not know with the closest known term
 * (edit distance 1 for words up to 4 characters, 2 beyond; ties go to the more
 * common term, then alphabetical). No suggestion when every word is known or a
 * word has no close term.
 */
export function correctSpelling(
  query: string,
  index: KeywordIndex,
  countHits: (query: string) => number,
): SpellingCorrection[] {
  const words = tokenizeWithSurface(query);
  if (words.length === 0) return [];
  let changed = false;
  const corrected: string[] = [];
  for (const word of words) {
    if (index.has(word.token)) {
      corrected.push(word.surface);
      continue;
    }
    const max = word.token.length <= 4 ? 1 : 2;
    let best: { term: string; distance: number; df: number } | undefined;
    for (const term of index.terms()) {
      if (Math.abs(term.length - word.token.length) > max) continue;
      const distance = editDistance(word.token, term, max);
      if (distance > max) continue;
      const df = index.documentFrequency(term);
      if (
        best === undefined ||
        distance < best.distance ||
        (distance === best.distance && (df > best.df || (df === best.df && term < best.term)))
      ) {
        best = { term, distance, df };
      }
    }
    if (best === undefined) return [];
    // Keep the user's grammatical number: a plural word gets the plural spelling.
    corrected.push(word.surface === word.token ? best.term : index.surfaceOf(best.term));
    changed = true;
  }
  if (!changed) return [];
  const correctionString = corrected.join(' ');
  return [{ correctionString, hits: countHits(correctionString) }];
}
