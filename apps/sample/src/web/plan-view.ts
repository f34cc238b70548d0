/**
 * The purchase plan on the project page: what to order from each seller with the order's total, the
 * lines each part covers and why it is bought there, the lines' risk flags and alternates, and what
 * buying each part once saves against pricing line by line.
 */
import type { PlanLine, PurchasePlan, SellerOrder } from '@nexar/supply';
import { formatCount, formatMoney, formatUnitPrice } from './format.js';
import { html, type SafeHtml } from './html.js';

function designatorsOf(plan: PurchasePlan, indexes: readonly number[]): string {
  const names = indexes.flatMap((i) => plan.lines[i]?.line.designators ?? []);
  return names.length > 0 ? names.join(', ') : `line ${indexes.map((i) => i + 1).join(', ')}`;
}

function orderTable(plan: PurchasePlan, order: SellerOrder): SafeHtml {
  return html`<table class="order" data-seller="${order.seller.name}">
<caption>${order.seller.name}: <span class="order-total">${formatMoney(order.total)}</span> for ${formatCount(order.items.length)} ${order.items.length === 1 ? 'part' : 'parts'}</caption>
<thead><tr><th scope="col">Part</th><th scope="col">Designators</th><th scope="col" class="num">Need</th><th scope="col" class="num">Order qty</th><th scope="col" class="num">Unit price</th><th scope="col" class="num">Extended</th><th scope="col">Why</th></tr></thead>
<tbody>
${order.items.map(
  (item) => html`<tr class="plan-item${item.lineIndexes.length > 1 ? ' grouped' : ''}">
<td><strong>${item.part.mpn}</strong><br><span class="muted">${item.offer?.sku ?? ''}</span></td>
<td>${designatorsOf(plan, item.lineIndexes)}</td>
<td class="num">${formatCount(item.need)}</td>
<td class="num">${formatCount(item.offer?.orderQuantity ?? 0)}</td>
<td class="num">${item.offer ? formatUnitPrice(item.offer.unitPrice, item.offer.currency) : ''}</td>
<td class="num">${item.offer ? formatMoney(item.offer.extended) : ''}</td>
<td class="muted">${item.why.map((w) => w.text).join(' ')}</td>
</tr>`,
)}
</tbody>
</table>`;
}

function lineNotes(plan: PurchasePlan): SafeHtml {
  const noted = plan.lines.filter(
    (l) =>
      l.flags.some((f) => f.kind !== 'stale-price') || l.alternates.length > 0 || (l.unplanned && l.partId),
  );
  if (noted.length === 0) return html``;
  const stale = plan.lines.filter((l) => l.flags.some((f) => f.kind === 'stale-price')).length;
  return html`<h3>Risks and alternates</h3>
<ul id="plan-flags">
${noted.map((line) => noteItem(line))}
</ul>
${stale > 0 ? html`<p class="muted" id="plan-stale">${formatCount(stale)} lines are priced from offer data older than a day: check before ordering.</p>` : ''}`;
}

function noteItem(line: PlanLine): SafeHtml {
  const flags = line.flags.filter((f) => f.kind !== 'stale-price');
  return html`<li data-line="${line.index + 1}"><strong>${line.line.mpn ?? line.line.sku ?? ''}</strong> (${(line.line.designators ?? []).join(', ') || `line ${line.index + 1}`})
${flags.map((f) => html` <span class="status flag ${f.kind}" title="${f.message}">${f.kind}</span>`)}
${line.unplanned && line.partId ? html`<br><span class="muted">Not planned: ${line.unplanned}</span>` : ''}
${
  line.alternates.length > 0
    ? html`<br>Alternates: ${line.alternates
        .slice(0, 3)
        .map(
          (a, i) =>
            html`${i > 0 ? ' · ' : ''}<span class="alternate">${a.part.mpn}${a.offer ? ` ${formatMoney(a.offer.extended)} at ${a.offer.seller.name}` : ' (no offer at the need)'}</span>`,
        )}`
    : ''
}</li>`;
}

export function planView(plan: PurchasePlan): SafeHtml {
  return html`<section id="plan">
<h2>Purchase plan</h2>
<p id="plan-summary">Buy each part once: <strong id="plan-total">${formatMoney(plan.total)}</strong> from ${formatCount(plan.orders.length)} ${plan.orders.length === 1 ? 'seller' : 'sellers'},
against ${formatMoney(plan.perLineTotal)} priced line by line: <strong id="plan-saving">${formatMoney(plan.saving)}</strong> saved.</p>
${plan.orders.map((order) => orderTable(plan, order))}
${lineNotes(plan)}
</section>`;
}
