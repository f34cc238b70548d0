/** Comparable forms of part numbers and company names, for de-duplication, cache keys and choosing. */

/**
 * Case, whitespace and punctuation do not matter in a part number: `lm358-dr`, `LM358 DR` and
 * `LM358DR` are one part, and so are `74HC595D,653` and `74HC595D653`. Full-width and other
 * compatibility characters fold to ASCII, and the micro sign to U.
 */
export function normalizeMpn(value: string): string {
  // Unicode folding only when needed: this runs for every line of every BOM.
  const folded = PRINTABLE_ASCII.test(value)
    ? value
    : value.normalize('NFKD').replace(/[\u00b5\u03bc]/g, 'U');
  return folded.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

const LEGAL_SUFFIXES = new Set([
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

/** `Texas Instruments Inc.`, `texas instruments` and `TEXAS-INSTRUMENTS` give `texasinstruments`. */
export function normalizeManufacturer(value: string): string {
  // A BOM names few manufacturers on many lines: each spelling is worked out once.
  const known = manufacturers.get(value);
  if (known !== undefined) return known;
  const normalized = foldManufacturer(value);
  if (manufacturers.size >= MAX_REMEMBERED) manufacturers.clear();
  manufacturers.set(value, normalized);
  return normalized;
}

const manufacturers = new Map<string, string>();
const MAX_REMEMBERED = 10_000;

function foldManufacturer(value: string): string {
  const folded = PRINTABLE_ASCII.test(value)
    ? value
    : value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const words = folded
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1] ?? '')) words.pop();
  return words.join('');
}

/** Whether a manufacturer as written on a BOM names a company (by its name or one of its aliases). */
export function sameManufacturer(
  written: string,
  company: { name: string; aliases?: readonly string[] | null },
): boolean {
  const wanted = normalizeManufacturer(written);
  if (wanted === '') return false;
  const names = [company.name, ...(company.aliases ?? [])].map(normalizeManufacturer);
  return names.includes(wanted);
}
