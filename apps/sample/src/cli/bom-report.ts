/** A priced BOM as a table for people, or compact JSON for scripts. */
import type { BomLineResult, BomMatchResult, BomPlan } from '@nexar/supply';
import { clip, count, money, table } from './format.js';

export function bomTable(result: BomMatchResult): string {
  const { currency } = result;
  const rows = result.lines.map((line) => {
    const offer = line.pricing?.priced ? line.pricing.offer : undefined;
    return [
      String(line.index + 1),
      clip(line.line.designators?.join(' ') ?? '', 16),
      partShown(line),
      statusOf(line),
      offer ? clip(`${offer.seller.name} ${offer.sku}`, 28) : clip(reasonOf(line) ?? '', 28),
      offer ? offer.orderQuantity.toLocaleString('en') : '',
      offer ? money(offer.unitPrice, currency, 4) : '',
      offer ? money(offer.extended.amount, currency) : '',
    ];
  });
  const header = ['#', 'Designators', 'MPN', 'Status', 'Offer', 'Order qty', 'Unit', 'Extended'];
  return table(header, rows, ['right', 'left', 'left', 'left', 'left', 'right', 'right', 'right']);
}

/** The lines under the table: the total, and what this run cost. */
export function bomSummary(result: BomMatchResult): string {
  const { summary } = result;
  return [
    `Total for ${count(result.buildQuantity, 'board')}: ${money(result.total.amount, result.currency)} (${summary.priced} of ${count(summary.lines, 'line')} priced)`,
    spent(result),
  ].join('\n');
}

/** "N lines from cache, M parts spent (R requests)." */
export function spent(result: BomMatchResult): string {
  const { summary } = result;
  const cached = result.lines.filter((line) => line.cached).length;
  return `${count(cached, 'line')} from cache, ${count(summary.partsUsed, 'part')} spent (${count(summary.requests, 'request')}).`;
}

export function planText(plan: BomPlan): string {
  return [
    `Dry run, nothing sent: ${count(plan.lines, 'line')}, ${plan.uniqueQueries} distinct, ${plan.cachedLines} answered from the cache.`,
    `Would send ${count(plan.requests, 'request')} costing at most ${count(plan.worstCaseParts, 'part')}${
      plan.remaining === undefined ? '' : ` (--max-parts leaves ${plan.remaining})`
    }${plan.fits ? '.' : ': too many, the run would be refused.'}`,
  ].join('\n');
}

/** What `--json` prints: every line with its status, part and chosen offer; totals and what the run cost. */
export function bomJson(result: BomMatchResult) {
  return {
    currency: result.currency,
    buildQuantity: result.buildQuantity,
    total: result.total.amount,
    summary: { ...result.summary, cachedLines: result.lines.filter((line) => line.cached).length },
    lines: result.lines.map((line) => {
      const offer = line.pricing?.priced ? line.pricing.offer : undefined;
      return {
        line: line.index + 1,
        mpn: line.line.mpn ?? null,
        manufacturer: line.line.manufacturer ?? null,
        quantity: line.line.quantity,
        designators: line.line.designators ?? [],
        status: line.status,
        part: line.part
          ? {
              mpn: line.part.mpn,
              manufacturer: line.part.manufacturer.name,
              octopartUrl: line.part.octopartUrl,
            }
          : null,
        offer: offer
          ? {
              seller: offer.seller.name,
              sku: offer.sku,
              authorized: offer.authorized,
              stock: offer.stock,
              orderQuantity: offer.orderQuantity,
              unitPrice: offer.unitPrice,
              extended: offer.extended.amount,
            }
          : null,
        reason: reasonOf(line) ?? null,
        cached: line.cached,
      };
    }),
  };
}

/** The typed MPN, and the part actually priced when it is another (an ambiguous line's pick). */
function partShown(line: BomLineResult): string {
  const typed = line.line.mpn ?? line.line.sku ?? '';
  const matched = line.part?.mpn;
  const same = (a: string, b: string) =>
    a.replace(/[\s\-_.,/]/g, '').toUpperCase() === b.replace(/[\s\-_.,/]/g, '').toUpperCase();
  return matched && !same(typed, matched) ? clip(`${typed} → ${matched}`, 40) : typed;
}

function statusOf(line: BomLineResult): string {
  if (line.status === 'not-found') return 'not found';
  if ((line.status === 'matched' || line.status === 'ambiguous') && !line.pricing?.priced) return 'no offer';
  return line.status;
}

function reasonOf(line: BomLineResult): string | undefined {
  if (line.status === 'not-found') return 'no such part';
  if (line.status === 'error') return line.error;
  return line.pricing && !line.pricing.priced ? line.pricing.reason : undefined;
}
