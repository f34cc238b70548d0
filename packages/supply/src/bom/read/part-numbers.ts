/**
 * Part-number cells: placeholders that are no part number (`TBD`, `N/A`, `-`, `~`), several part
 * numbers in one cell (`A, B`, `A / B`), values that are not part numbers (`100nF`, `10k`), and
 * the seller a distributor part number belongs to when its column does not say.
 */

const PLACEHOLDERS = new Set([
  '',
  'any',
  'tbd',
  'tba',
  'tbc',
  'na',
  'n/a',
  'n.a.',
  'none',
  'null',
  'nil',
  '-',
  '--',
  '---',
  '~',
  '?',
  '??',
  '???',
  'x',
  'xx',
  'xxx',
  'generic',
  'various',
  'see notes',
  'see note',
  'not applicable',
  'no part',
  'dnp',
  'dnf',
  'nc',
  'np',
  '[noparam]',
  'noparam',
  'unknown',
]);

/** Whether a cell is a placeholder rather than a part number. */
export function isPlaceholder(cell: string): boolean {
  const text = cell.trim().toLowerCase();
  return PLACEHOLDERS.has(text) || !/[a-z0-9]/i.test(text);
}

/**
 * The part numbers in one cell: split at `,` `;` `|` and ` / ` (a slash inside a part number, as in
 * `LM358DR/NOPB`, stays). A split that would leave a piece too short to be a part number (the
 * `653` of NXP's `74HC595D,653`) is not made.
 */
export function splitPartNumbers(cell: string): string[] {
  const whole = cell.trim().replace(/\s+/g, ' ');
  const pieces = whole
    .split(/\s*[,;|]\s*|\s+\/\s+|\s+or\s+/i)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
  if (pieces.length < 2) return whole === '' ? [] : [whole];
  const partLike = (piece: string) => piece.length >= 4 && /[a-z]/i.test(piece) && /\d/.test(piece);
  if (!pieces.every(partLike)) return [whole];
  return [...new Set(pieces)];
}

/**
 * A component value rather than a part number: `100nF`, `10k`, `4k7`, `0R`, `1uF 16V`, `2.2nH`,
 * `32.768kHz`, generic symbol names (`LED`, `Conn_01x04`), words without digits.
 */
export function isComponentValue(cell: string): boolean {
  const text = cell.trim();
  if (!/\d/.test(text) || !/[a-z]/i.test(text)) return true;
  if (text.includes('_')) return true;
  const first = text.split(/[\s/]+/)[0] ?? '';
  return /^\d+([.,]\d+)?\s*([pnuµμmkKMGRr](\d{1,2})?)?\s*(f|h|Ω|ohms?|r|v|w|a|hz|khz|mhz|ppm|%)?$/i.test(
    first,
  );
}

/** The seller a distributor part number's shape gives away, when its column does not say. */
export function sellerOfSku(sku: string): string | undefined {
  const text = sku.trim();
  if (/-ND$/i.test(text)) return 'Digi-Key';
  if (/^C\d{3,8}$/.test(text)) return 'LCSC';
  if (/^\d{3}-\d{3,4}$/.test(text)) return 'RS Components';
  if (/^\d{2,3}-[A-Z0-9]*[A-Z][A-Z0-9./-]*$/i.test(text)) return 'Mouser';
  if (/^\d{2}[A-Z]\d{4}$/.test(text)) return 'Newark';
  if (/^\d{6,7}$/.test(text)) return 'Farnell';
  return undefined;
}
