/** Checks of each typed method's input, shared by the methods and their dry runs: nothing is sent on a refusal. */
import { describeValue } from '@nexar/client';
import { checkCountry, checkInputObject, checkSearchText } from './check-input.js';
import type { MultiMatchInput, PartsByIdsInput, SearchInput, SearchMpnInput } from './operation-types.js';
import { checkMultiMatch, checkPage } from './paging-bounds.js';
import { DEFAULT_MATCH_LIMIT, DEFAULT_SEARCH_LIMIT } from './worst-case.js';

export function checkSearchMpnInput(input: SearchMpnInput): void {
  checkInputObject('searchMpn', input, "{ q: 'LM358' }");
  checkSearchText('searchMpn: q', input.q, true);
  checkCountry('searchMpn: country', input.country);
  checkPage('searchMpn', input.start, input.limit, DEFAULT_SEARCH_LIMIT);
}

export function checkSearchInput(input: SearchInput): void {
  checkInputObject('search', input, "{ q: 'op amp' }");
  // An empty q is a search without keywords (browsing by filters): only its type and length are checked.
  if (input.q !== '') checkSearchText('search: q', input.q, false);
  checkCountry('search: country', input.country);
  checkPage('search', input.start, input.limit, DEFAULT_SEARCH_LIMIT);
}

/** Returns the worst case in parts: the sum of the queries' limits. */
export function checkMultiMatchInput(input: MultiMatchInput): number {
  checkInputObject('multiMatch', input, "{ queries: [{ mpn: 'LM358' }] }");
  checkCountry('multiMatch: country', input.country);
  return checkMultiMatch(input.queries, DEFAULT_MATCH_LIMIT);
}

export function checkPartsByIdsInput(input: PartsByIdsInput): void {
  checkInputObject('partsByIds', input, "{ ids: ['1234'] }");
  if (!Array.isArray(input.ids) || !input.ids.every((id) => typeof id === 'string')) {
    throw new TypeError(
      `partsByIds: ids must be an array of part id strings, got ${describeValue(input.ids)}.`,
    );
  }
  checkCountry('partsByIds: country', input.country);
}

/** suggest and spellingCorrection: an object with the text to look at. */
export function checkTextInput(operation: string, input: { q: string }): void {
  checkInputObject(operation, input, "{ q: 'lm35' }");
  checkSearchText(`${operation}: q`, input.q, true);
}
