/**
 * Alternate part numbers (`A, B` in one cell, or Altium's `Manufacturer Part Number 2`): a line's
 * own MPN is asked first; for the lines it was not found for, the next alternate is asked in a
 * follow-up round, batched like the first. A line not found costs no part, so the alternates never
 * raise the run's worst case; they cost only the extra requests.
 */
import type { BomLine } from './bom-line.js';
import { type LineContext, type QueryOutcome, settleQuery } from './bom-result.js';
import type { BomLineResult } from './bom-types.js';
import { type BomQuery, queryKey } from './dedupe.js';

/** Queries for the `round`-th alternate of every line still not found. */
export function alternateQueries(
  checked: readonly BomLine[],
  results: readonly (BomLineResult | undefined)[],
  round: number,
): BomQuery[] {
  const byKey = new Map<string, BomQuery>();
  checked.forEach((line, index) => {
    const given = line.alternates?.[round];
    if (given === undefined || results[index]?.status !== 'not-found') return;
    const alternate = typeof given === 'string' ? { mpn: given } : given;
    const key = queryKey(alternate);
    const known = byKey.get(key);
    if (known) known.lineIndexes.push(index);
    else {
      const manufacturer = key.includes('|mfr:') ? alternate.manufacturer?.trim() : undefined;
      byKey.set(key, {
        key,
        mpn: alternate.mpn.trim(),
        ...(manufacturer ? { manufacturer } : {}),
        lineIndexes: [index],
      });
    }
  });
  return [...byKey.values()];
}

/** An alternate's answer replaces a line's result only when it found the part. */
export function settleAlternate(
  query: BomQuery,
  outcome: QueryOutcome,
  context: LineContext,
  into: (BomLineResult | undefined)[],
): void {
  const fresh: (BomLineResult | undefined)[] = [];
  settleQuery(query, outcome, context, fresh);
  for (const index of query.lineIndexes) {
    const result = fresh[index];
    if (result && (result.status === 'matched' || result.status === 'ambiguous')) {
      into[index] = { ...result, alternate: query.mpn };
    }
  }
}
