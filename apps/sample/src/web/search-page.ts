/**
 * Part search: best MPN matches with stock and the best authorised offer at a quantity (`searchMpn`).
 * Every search spends parts from the app's monthly quota, so it runs only for a signed-in user and
 * only when started on this page: nobody else, and no other site, can spend the app's parts.
 */
import { chooseOffer } from '@nexar/supply';
import { formatAmount, formatCount, formatUnitPrice } from './format.js';
import { externalUrl, html } from './html.js';
import { page, quantityParam, signInFirst } from './respond.js';
import { searchForm } from './search-form.js';
import { startedHere } from './started-here.js';
import type { Route } from './web-types.js';

const RESULTS = 10;

export const searchPage: Route = async (request, context) => {
  if (!request.session?.signedIn) return signInFirst(request);
  const q = request.url.searchParams.get('q')?.trim().slice(0, 100) ?? '';
  const quantity = quantityParam(request.url, 'qty', 100);
  const form = searchForm(q, quantity);
  if (!q) return page(request, context, 'Part search', html`<h1>Part search</h1>${form}`);
  if (!startedHere(request, context.origin)) {
    // A link or an image on another site: the search is shown, not run, until the user runs it here.
    return page(
      request,
      context,
      'Part search',
      html`<h1>Part search</h1>
<p class="notice" id="search-elsewhere" role="note">This search was started from another site. Searches spend parts from this app's monthly quota, so they run only from this page: press Search to run it.</p>
${form}`,
    );
  }

  const { supply } = context.connection;
  let spent = 0;
  const found = await supply.searchMpn(
    { q, limit: RESULTS },
    { signal: request.signal, onParts: ({ parts }) => (spent = parts) },
  );
  const results = found.results ?? [];
  const currency = supply.currency;
  return page(
    request,
    context,
    `Search: ${q}`,
    html`<h1>Part search</h1>
${form}
<table id="search-results">
<caption>${formatCount(found.hits)} parts match “${q}”${found.hits > results.length ? `, best ${results.length} shown` : ''}; prices for ${formatCount(quantity)} pieces in ${currency}</caption>
<thead><tr><th scope="col">Part</th><th scope="col">Description</th><th scope="col" class="num">Total stock</th><th scope="col">Best authorised offer</th><th scope="col" class="num">Unit price</th><th scope="col" class="num">Extended</th></tr></thead>
<tbody>
${results.map(({ part }) => {
  const pricing = chooseOffer(part.sellers, quantity, currency);
  const offer = pricing.priced ? pricing.offer : undefined;
  const link = externalUrl(part.octopartUrl);
  return html`<tr class="search-result">
<th scope="row">${link ? html`<a href="${link}" rel="noreferrer">${part.mpn}</a>` : part.mpn}<br><span class="muted">${part.manufacturer.name}</span></th>
<td>${part.shortDescription}</td>
<td class="num">${formatCount(part.totalAvail)}</td>
${
  offer
    ? html`<td>${offer.seller.name}<br><span class="muted">${offer.sku} · ${formatCount(offer.stock)} in stock${offer.orderQuantity > quantity ? ` · order ${formatCount(offer.orderQuantity)}` : ''}</span></td>
<td class="num">${formatUnitPrice(offer.unitPrice, currency)}</td>
<td class="num">${formatAmount(offer.extended.amount, currency)}</td>`
    : html`<td colspan="3" class="muted">No authorised seller has ${formatCount(quantity)} in stock.</td>`
}
</tr>`;
})}
</tbody>
</table>
<p class="muted" id="parts-spent">${spent} parts spent on this search${spent === 0 ? ' (answered from the cache)' : ''}.</p>`,
  );
};
