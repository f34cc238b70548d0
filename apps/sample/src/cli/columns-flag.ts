/**
 * `--columns mpn="Manf Part #",qty=Qty,refs=Designator,mfr=Manufacturer,sku="LCSC Part #"`: header
 * names for the fields detection got wrong; the fields not named keep their detected columns.
 */
import type { BomField } from '@nexar/supply';
import { UsageError } from './errors.js';

const FIELDS: Record<string, BomField> = {
  mpn: 'mpn',
  mfr: 'manufacturer',
  manufacturer: 'manufacturer',
  sku: 'sku',
  seller: 'seller',
  supplier: 'seller',
  qty: 'quantity',
  quantity: 'quantity',
  refs: 'designators',
  designators: 'designators',
  id: 'reference',
  reference: 'reference',
  value: 'value',
};

export const COLUMN_KEYS = 'mpn, mfr, sku, seller, qty, refs, id, value';

export function parseColumnsFlag(text: string | undefined): Partial<Record<BomField, string>> | undefined {
  if (text === undefined) return undefined;
  const columns: Partial<Record<BomField, string>> = {};
  for (const pair of splitOutsideQuotes(text)) {
    if (pair.trim() === '') continue;
    const eq = pair.indexOf('=');
    const key = (eq < 0 ? pair : pair.slice(0, eq)).trim().toLowerCase();
    const name = unquote(eq < 0 ? '' : pair.slice(eq + 1).trim());
    const field = FIELDS[key];
    if (!field) {
      throw new UsageError(
        `--columns: unknown field "${key}"; give field=header pairs with fields ${COLUMN_KEYS}.`,
      );
    }
    if (name === '')
      throw new UsageError(`--columns: give the header name for ${key}, as in ${key}="Header name".`);
    columns[field] = name;
  }
  if (Object.keys(columns).length === 0) {
    throw new UsageError(`--columns takes field=header pairs, e.g. --columns mpn="Manf Part #",qty=Qty.`);
  }
  return columns;
}

/** Splits at commas outside double quotes (header names may hold commas when quoted). */
function splitOutsideQuotes(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

function unquote(text: string): string {
  const match = /^"(.*)"$|^'(.*)'$/.exec(text);
  return (match ? (match[1] ?? match[2] ?? '') : text).trim();
}
