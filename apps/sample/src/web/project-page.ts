/**
 * A project's BOM priced at the quantity the user picks: the design's BOM from @nexar/design, matched
 * and priced with @nexar/supply's `matchBom`, the purchase plan (`planPurchase`, with alternates when
 * asked for), and the plan's cost curve across build quantities.
 */
import { findAlternates, matchBom, planPurchase } from '@nexar/supply';
import { bomTable } from './bom-table.js';
import { costChart } from './cost-chart.js';
import { curveQuantities } from './cost-curve.js';
import { formatCount, formatMoney, formatUnitPrice } from './format.js';
import { html } from './html.js';
import { planCostCurve } from './plan-cost-curve.js';
import { planView } from './plan-view.js';
import { page, quantityParam, signInFirst } from './respond.js';
import { notFound } from './web-errors.js';
import type { Route } from './web-types.js';

export const DEFAULT_BUILD_QUANTITY = 100;

export const projectPage: Route = async (request, context) => {
  const user = request.session?.signedIn;
  if (!user) return signInFirst(request);
  const { signal, url } = request;
  const id = url.searchParams.get('id') ?? '';
  const buildQuantity = quantityParam(url, 'qty', DEFAULT_BUILD_QUANTITY);
  const project = id ? await user.design.project(id, { signal }) : null;
  if (!project) throw notFound('You have no project with that id.');

  const bom = await user.design.projectBom(project.id, { signal });
  const supply = context.connection.supply;
  const priced = await matchBom(bom.lines, { client: supply, buildQuantity, signal });
  const withAlternates = url.searchParams.get('alternates') === '1';
  const alternates = withAlternates ? await findAlternates(priced, { client: supply, signal }) : [];
  const plan = planPurchase(priced, { alternates });
  const curve = planCostCurve(priced, curveQuantities(buildQuantity));
  const name = project.name ?? project.id;
  const { summary } = priced;

  return page(
    request,
    context,
    name,
    html`<p class="muted"><a href="/projects?${new URLSearchParams({ workspace: project.workspaceUrl })}">Projects</a> › ${name}</p>
<h1>${name}</h1>
${project.description ? html`<p>${project.description}</p>` : ''}
<form class="inline" id="quantity-form" method="get" action="/project">
<input type="hidden" name="id" value="${project.id}">
<label for="qty">Boards to build <input id="qty" name="qty" type="number" min="1" max="1000000" step="1" required value="${buildQuantity}"></label>
<label class="check"><span><input name="alternates" type="checkbox" value="1"${withAlternates ? ' checked' : ''}> Alternates</span><span class="muted">for parts not found, out of stock or obsolete (costs parts)</span></label>
<button type="submit">Price the BOM</button>
</form>
<p id="bom-summary"><strong>${formatMoney(priced.total)}</strong> for ${formatCount(buildQuantity)} boards
(${formatUnitPrice(priced.total.amount / buildQuantity, priced.currency)} per board) ·
${summary.priced} of ${summary.lines} lines priced · variant ${bom.variant} ·
<span id="parts-spent">${summary.partsUsed} parts spent on this page</span>${summary.cacheHits > 0 ? `, ${summary.cacheHits} answers from the cache` : ''}</p>
${bomTable(priced, `BOM of ${name} for ${formatCount(buildQuantity)} boards, priced in ${priced.currency}`)}
${bom.errors.length > 0 ? html`<p class="notice">Part of this design could not be loaded, so the BOM may be incomplete.</p>` : ''}
${bom.notFitted.length > 0 ? html`<p class="muted">${bom.notFitted.length} not-fitted parts are left out.</p>` : ''}
${planView(plan)}
<h2>Cost against build quantity</h2>
<p class="muted">Each point is the purchase plan for that many boards, from the same offers (no request).</p>
${costChart(curve, { highlight: buildQuantity })}
<details>
<summary>The numbers behind the chart</summary>
<table id="cost-table">
<caption>Purchase plan cost by build quantity (${priced.currency})</caption>
<thead><tr><th scope="col" class="num">Boards</th><th scope="col" class="num">BOM total</th><th scope="col" class="num">Per board</th><th scope="col" class="num">Lines not planned</th></tr></thead>
<tbody>
${curve.map(
  (p) =>
    html`<tr><th scope="row" class="num">${formatCount(p.quantity)}</th><td class="num">${formatMoney(p.total)}</td><td class="num">${formatUnitPrice(p.perBoard, p.total.currency)}</td><td class="num">${p.unpriced}</td></tr>`,
)}
</tbody>
</table>
</details>`,
  );
};
