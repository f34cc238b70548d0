/** The part search form (a GET form: a search changes nothing, so it needs no protection). */
import { html, type SafeHtml } from './html.js';

export function searchForm(q = '', quantity = 100): SafeHtml {
  return html`<form class="inline" id="search-form" method="get" action="/search" role="search">
<label for="q">Part number <input id="q" name="q" type="search" required maxlength="100" value="${q}" placeholder="e.g. LM358"></label>
<label for="search-qty">Quantity <input id="search-qty" name="qty" type="number" min="1" max="1000000" step="1" required value="${quantity}"></label>
<button type="submit">Search</button>
</form>`;
}
