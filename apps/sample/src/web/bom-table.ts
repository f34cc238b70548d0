/** A priced BOM as a table: each line's part, status, chosen offer with its stock, and the total. */
import type { BomLineResult, BomMatchResult } from '@nexar/supply';
import { formatCount, formatMoney, formatUnitPrice } from './format.js';
import { html, type SafeHtml } from './html.js';

export function bomTable(result: BomMatchResult, caption: string): SafeHtml {
  const { summary } = result;
  return html`<table id="bom">
<caption>${caption}</caption>
<thead><tr>
<th scope="col">Designators</th><th scope="col">Part</th><th scope="col" class="num">Per board</th><th scope="col" class="num">Need</th>
<th scope="col">Status</th><th scope="col">Offer</th><th scope="col" class="num">Stock</th><th scope="col" class="num">Unit price</th><th scope="col" class="num">Extended</th>
</tr></thead>
<tbody>
${result.lines.map(bomRow)}
</tbody>
<tfoot><tr>
<td colspan="8">Total for ${formatCount(result.buildQuantity)} boards${summary.unpriced > 0 ? ` (${summary.unpriced} of ${summary.lines} lines have no price and are not included)` : ''}</td>
<td class="num" id="bom-total">${formatMoney(result.total)}</td>
</tr></tfoot>
</table>`;
}

function bomRow(row: BomLineResult): SafeHtml {
  const { line, part, pricing } = row;
  const partCell = part
    ? html`<strong>${part.mpn}</strong><br><span class="muted">${part.manufacturer.name}</span>`
    : html`<strong>${line.mpn ?? line.sku ?? ''}</strong>${line.manufacturer ? html`<br><span class="muted">${line.manufacturer}</span>` : ''}`;
  const cells = pricing?.priced
    ? html`<td>${pricing.offer.seller.name}<br><span class="muted">${pricing.offer.sku}${pricing.offer.orderQuantity > row.need ? ` · order ${formatCount(pricing.offer.orderQuantity)}` : ''}</span></td>
<td class="num">${formatCount(pricing.offer.stock)}</td>
<td class="num">${formatUnitPrice(pricing.offer.unitPrice, pricing.offer.currency)}</td>
<td class="num">${formatMoney(pricing.offer.extended)}</td>`
    : html`<td colspan="4" class="muted">${reason(row)}</td>`;
  return html`<tr class="bom-line ${row.status}">
<td>${(line.designators ?? []).join(', ')}</td>
<td>${partCell}</td>
<td class="num">${formatCount(line.quantity)}</td>
<td class="num">${formatCount(row.need)}</td>
<td><span class="status ${row.status}">${row.status}</span></td>
${cells}
</tr>`;
}

function reason(row: BomLineResult): string {
  if (row.pricing && !row.pricing.priced) return `No price: ${row.pricing.reason}`;
  if (row.status === 'not-found') return 'Not found on Octopart.';
  return `Not answered: ${row.error ?? 'unknown error'}`;
}
