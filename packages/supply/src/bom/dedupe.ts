/**
 * De-duplication: lines that ask for the same part share one query. The key is the normalised MPN
 * plus the normalised manufacturer when one is given, or the normalised SKU for a line without MPN.
 */
import type { BomLine } from './bom-line.js';
import { normalizeManufacturer, normalizeMpn } from './normalize.js';

/** One distinct question to the API, and the input lines (by index) it answers. */
export interface BomQuery {
  /** Stable identity of the question: `mpn:LM358DR|mfr:texasinstruments` or `sku:2961014ND`. */
  key: string;
  /** What is sent: the first line's MPN (or SKU, with its seller) and manufacturer, whitespace collapsed. */
  mpn?: string;
  sku?: string;
  seller?: string;
  manufacturer?: string;
  /** Indexes of the input lines asking this, in input order. */
  lineIndexes: number[];
}

export function queryKey(line: Pick<BomLine, 'mpn' | 'manufacturer' | 'sku' | 'seller'>): string {
  const mpn = line.mpn ? normalizeMpn(line.mpn) : '';
  if (mpn !== '') {
    const manufacturer = line.manufacturer ? normalizeManufacturer(line.manufacturer) : '';
    return manufacturer === '' ? `mpn:${mpn}` : `mpn:${mpn}|mfr:${manufacturer}`;
  }
  const sku = `sku:${normalizeMpn(line.sku ?? '')}`;
  const seller = line.seller ? normalizeManufacturer(line.seller) : '';
  return seller === '' ? sku : `${sku}|seller:${seller}`;
}

/** Distinct queries in order of first appearance. Lines with an MPN are matched on it (their SKU is not sent). */
export function dedupeLines(lines: readonly BomLine[]): BomQuery[] {
  const byKey = new Map<string, BomQuery>();
  lines.forEach((line, index) => {
    const key = queryKey(line);
    const known = byKey.get(key);
    if (known) {
      known.lineIndexes.push(index);
      return;
    }
    const query: BomQuery = { key, lineIndexes: [index] };
    // Fields set one by one: this runs for every distinct line.
    if (key.startsWith('mpn:')) {
      if (line.mpn) query.mpn = line.mpn.trim();
      if (line.manufacturer && key.includes('|mfr:')) query.manufacturer = line.manufacturer.trim();
    } else {
      if (line.sku) query.sku = line.sku.trim();
      if (line.seller && key.includes('|seller:')) query.seller = line.seller.trim();
    }
    byKey.set(key, query);
  });
  return [...byKey.values()];
}
