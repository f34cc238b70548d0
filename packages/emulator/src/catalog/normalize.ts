/** Normalisation shared by the catalog's lookups: MPNs, SKUs, company names and free text. */

/**
 * Case-, whitespace- and punctuation-insensitive form of a part number or SKU:
 * `"lm-358 dr"` and `"LM358DR"` both give `"LM358DR"`; `"74HC595D,653"` gives `"74HC595D653"`.
 */
export function normalizeMpn(value: string): string {
  // Unicode folding only when needed: this runs for every part at every start.
  const ascii = ASCII.test(value) ? value : value.normalize('NFKD').replace(/[\u00b5\u03bc]/g, 'U');
  return ascii.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

const ASCII = /^[\x20-\x7e]*$/;

const COMPANY_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'ltd',
  'limited',
  'llc',
  'gmbh',
  'ag',
  'sa',
  'plc',
  'bv',
  'nv',
  'kk',
]);

/**
 * Comparable form of a company name or alias: lower case, punctuation and legal
 * suffixes dropped (`"Texas Instruments Inc."` → `"texasinstruments"`).
 */
export function normalizeCompanyName(value: string): string {
  const words = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
  while (words.length > 1 && COMPANY_SUFFIXES.has(words[words.length - 1] ?? '')) words.pop();
  return words.join('');
}

/** Crude plural folding so "resistors" finds "resistor" and "Op Amps" finds "op amp" ("texas" stays). */
function singular(token: string): string {
  if (token.length > 3 && /[^aisu]s$/.test(token) && !/\d/.test(token)) return token.slice(0, -1);
  return token;
}

export interface Token {
  /** Lower-case, singular form used for matching. */
  token: string;
  /** Lower-case form as written. */
  surface: string;
}

/**
 * Splits free text into lower-case search tokens. Hyphenated words give their
 * parts (and, with `joinHyphenated`, their concatenation: "RC0603FR-0710KL" also
 * gives "rc0603fr0710kl").
 */
export function tokenize(text: string, joinHyphenated = false): string[] {
  return tokenizeWithSurface(text, joinHyphenated).map((t) => t.token);
}

/** `tokenize`, keeping each token's written form (for showing corrections). */
export function tokenizeWithSurface(text: string, joinHyphenated = false): Token[] {
  const out: Token[] = [];
  const words = (ASCII.test(text) ? text : text.normalize('NFKC'))
    .toLowerCase()
    .split(/[\s,;:()[\]{}/\\|"'!?*=<>]+/);
  for (const raw of words) {
    const word = raw.replace(/^[.\-_#]+|[.\-_#]+$/g, '');
    if (word.length === 0) continue;
    const parts = word.split(/[-_#]+/).filter((part) => part.length > 0);
    for (const part of parts) out.push({ token: singular(part), surface: part });
    if (joinHyphenated && parts.length > 1) out.push({ token: parts.join(''), surface: parts.join('') });
  }
  return out;
}
