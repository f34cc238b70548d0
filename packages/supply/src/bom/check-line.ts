/** Checks one line given as a value (code or JSON): a clean `BomLine`, or what is wrong with it. */
import { describeValue } from '@nexar/client';
import type { BomAlternate, BomLine, BomProblem } from './bom-line.js';
import { normalizeMpn } from './normalize.js';
import { splitDesignators } from './read/designators.js';

export { splitDesignators };

export type LineCheck =
  | { line: BomLine; problems?: undefined }
  | { line?: undefined; problems: BomProblem[] };

/**
 * A positive quantity from a number or a numeric string ("1,000" and "12.0" are accepted), else
 * undefined. Fractions (0.5 m of wire) are kept: the pieces to order are rounded up.
 */
export function parseQuantity(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) && value > 0 && value <= Number.MAX_SAFE_INTEGER ? value : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const compact = value.trim().replace(/[\s_,']/g, '');
  if (!/^\d+(\.\d*)?$|^\.\d+$/.test(compact)) return undefined;
  const n = Number(compact);
  return Number.isFinite(n) && n > 0 && n <= Number.MAX_SAFE_INTEGER ? n : undefined;
}

/** Pieces to order for a quantity per board and a number of boards: fractions round up. */
export function piecesNeeded(quantity: number, boards: number): number {
  return Math.ceil(quantity * boards - 1e-9);
}

const text = (value: unknown): string | undefined => {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  // Testing first spares most values a copy.
  return SPACING_TO_COLLAPSE.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
};
/** Whitespace other than single spaces. */
const SPACING_TO_COLLAPSE = /[^\S ]| {2}/;

/** A part number with at least one letter or digit (`"-"` or `"n/a"`-like punctuation is no part number). */
export function partNumber(value: unknown): string | undefined {
  const cleaned = text(value);
  return cleaned !== undefined && normalizeMpn(cleaned) !== '' ? cleaned : undefined;
}

/** Checks a line given as an object; `position` is its 1-based place in the input. */
export function checkLine(raw: unknown, position: number): LineCheck {
  const problem = (message: string, field?: string): LineCheck => ({
    problems: [{ line: position, ...(field ? { field } : {}), message }],
  });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return problem('expected an object with mpn (or sku) and quantity.');
  }
  const item = raw as Record<string, unknown>;
  const problems: BomProblem[] = [];
  const mpn = partNumber(item.mpn);
  const sku = partNumber(item.sku);
  if (!mpn && !sku) {
    problems.push({
      line: position,
      field: 'mpn',
      message: 'no mpn or sku: give the manufacturer part number.',
    });
  }
  const rawQuantity = item.quantity ?? item.qty;
  const quantity = parseQuantity(rawQuantity);
  if (quantity === undefined) {
    problems.push({
      line: position,
      field: 'quantity',
      message: `quantity ${rawQuantity === undefined ? 'is missing' : describeValue(rawQuantity)}: give a positive number per board.`,
    });
  }
  let designators: string[] | undefined;
  if (typeof item.designators === 'string') designators = splitDesignators(item.designators);
  else if (Array.isArray(item.designators) && item.designators.every((d) => typeof d === 'string')) {
    designators = item.designators.map((d) => d.trim()).filter((d) => d !== '');
  } else if (item.designators !== undefined && item.designators !== null) {
    problems.push({ line: position, field: 'designators', message: 'designators: give a list of strings.' });
  }
  let alternates: BomAlternate[] | undefined;
  if (Array.isArray(item.alternates) && item.alternates.every(isAlternate)) {
    alternates = item.alternates.flatMap((a): BomAlternate[] => {
      const mpn = partNumber(typeof a === 'string' ? a : a.mpn);
      if (mpn === undefined) return [];
      const manufacturer = typeof a === 'string' ? undefined : text(a.manufacturer);
      return [manufacturer ? { mpn, manufacturer } : mpn];
    });
  } else if (item.alternates !== undefined && item.alternates !== null) {
    problems.push({
      line: position,
      field: 'alternates',
      message: 'alternates: give a list of part numbers (or of { mpn, manufacturer }).',
    });
  }
  for (const field of ['manufacturer', 'reference', 'seller'] as const) {
    const value = item[field];
    if (value !== undefined && value !== null && typeof value !== 'string' && typeof value !== 'number') {
      problems.push({ line: position, field, message: `${field}: give a string.` });
    }
  }
  if (problems.length > 0 || quantity === undefined) return { problems };
  const manufacturer = text(item.manufacturer);
  const seller = text(item.seller);
  const reference = text(item.reference);
  // Built field by field, in the documented order (this runs for every line of every BOM).
  const line = {} as BomLine;
  if (mpn) line.mpn = mpn;
  if (manufacturer) line.manufacturer = manufacturer;
  if (mpn && alternates && alternates.length > 0) line.alternates = alternates;
  if (sku) line.sku = sku;
  if (sku && seller) line.seller = seller;
  line.quantity = quantity;
  if (designators && designators.length > 0) line.designators = designators;
  if (reference) line.reference = reference;
  return { line };
}

function isAlternate(value: unknown): value is BomAlternate {
  if (typeof value === 'string') return true;
  return typeof value === 'object' && value !== null && typeof (value as { mpn?: unknown }).mpn === 'string';
}
