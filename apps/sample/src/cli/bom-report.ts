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
      partText(line),
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
        row: line.line.row ?? null,
        mpn: line.line.mpn ?? null,
        manufacturer: line.line.manufacturer ?? null,
        sku: line.line.sku ?? null,
        seller: line.line.seller ?? null,
        alternate: line.alternate ?? null,
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
        warnings: line.line.warnings ?? [],
        cached: line.cached,
      };
    }),
  };
}

/** The part asked for; for an ambiguous line or a found alternate, also the part priced (MPN and manufacturer). */
function partText(line: BomLineResult): string {
  const asked = line.line.mpn ?? line.line.sku ?? '';
  const part = line.part;
  if (!part || (line.status !== 'ambiguous' && line.alternate === undefined)) return clip(asked, 24);
  return clip(`${clip(asked, 20)} → ${part.mpn} (${part.manufacturer.name})`, 48);
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
