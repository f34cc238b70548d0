/**
 * The cost chart: BOM total and cost per board against build quantity, as inline SVG drawn on the
 * server (log–log axes, since quantities and totals both span decades). A point with lines left
 * unpriced is drawn hollow: its total leaves those lines out.
 */
import type { CostPoint } from './cost-curve.js';
import { formatCount, formatMoney, formatUnitPrice } from './format.js';
import { html, type SafeHtml } from './html.js';

const WIDTH = 640;
const HEIGHT = 300;
const MARGIN = { top: 16, right: 24, bottom: 44, left: 72 };

interface Series {
  name: 'total' | 'per-board';
  label: string;
  value: (p: CostPoint) => number;
}

const SERIES: Series[] = [
  { name: 'total', label: 'BOM total', value: (p) => p.total.amount },
  { name: 'per-board', label: 'Cost per board', value: (p) => p.perBoard },
];

export function costChart(points: readonly CostPoint[], options: { highlight: number }): SafeHtml {
  const drawn = points.filter((p) => p.total.amount > 0);
  const first = drawn[0];
  const last = drawn[drawn.length - 1];
  if (!first || !last) return html`<p>No line has a price yet, so there is nothing to chart.</p>`;
  const currency = first.total.currency;

  const values = drawn.flatMap((p) => SERIES.map((s) => s.value(p)));
  const yLow = Math.floor(Math.log10(Math.min(...values)));
  const yHigh = Math.max(Math.ceil(Math.log10(Math.max(...values))), yLow + 1);
  const xLow = Math.log10(first.quantity);
  const xHigh = Math.max(Math.log10(last.quantity), xLow + 1);
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (q: number) => round(MARGIN.left + ((Math.log10(q) - xLow) / (xHigh - xLow)) * plotW);
  const y = (v: number) => round(MARGIN.top + (1 - (Math.log10(v) - yLow) / (yHigh - yLow)) * plotH);

  const yTicks = range(yLow, yHigh).map((e) => 10 ** e);
  const xTicks = range(Math.ceil(xLow), Math.floor(xHigh)).map((e) => 10 ** e);
  const bottom = MARGIN.top + plotH;
  const right = MARGIN.left + plotW;

  const describe = (p: CostPoint) =>
    `${formatCount(p.quantity)} boards: ${formatMoney(p.total)} in all, ${formatUnitPrice(p.perBoard, currency)} per board` +
    (p.unpriced > 0 ? ` (${p.unpriced} line${p.unpriced === 1 ? '' : 's'} without a price left out)` : '');

  return html`<figure class="chart">
<svg id="cost-chart" role="img" aria-labelledby="cost-chart-title cost-chart-desc" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}">
<title id="cost-chart-title">BOM cost against build quantity (${currency})</title>
<desc id="cost-chart-desc">${describe(first)}; ${describe(last)}.</desc>
<g class="grid">
${yTicks.map((v) => html`<line x1="${MARGIN.left}" x2="${right}" y1="${y(v)}" y2="${y(v)}"/><text class="tick" x="${MARGIN.left - 8}" y="${y(v) + 4}" text-anchor="end">${axisMoney(v, currency)}</text>`)}
${xTicks.map((q) => html`<line x1="${x(q)}" x2="${x(q)}" y1="${MARGIN.top}" y2="${bottom}"/><text class="tick" x="${x(q)}" y="${bottom + 18}" text-anchor="middle">${formatCount(q)}</text>`)}
</g>
<text class="axis-label" x="${MARGIN.left + plotW / 2}" y="${HEIGHT - 6}" text-anchor="middle">Boards built</text>
<line class="highlight" x1="${x(options.highlight)}" x2="${x(options.highlight)}" y1="${MARGIN.top}" y2="${bottom}"/>
${SERIES.map(
  (s) => html`<g class="series ${s.name}">
<polyline points="${drawn.map((p) => `${x(p.quantity)},${y(s.value(p))}`).join(' ')}"/>
${drawn.map(
  (p) =>
    html`<circle class="point${p.unpriced > 0 ? ' incomplete' : ''}" data-quantity="${p.quantity}" cx="${x(p.quantity)}" cy="${y(s.value(p))}" r="${p.quantity === options.highlight ? 5 : 3.5}"><title>${s.label}: ${describe(p)}</title></circle>`,
)}
</g>`,
)}
</svg>
<figcaption>
<span class="key total">BOM total</span> <span class="key per-board">Cost per board</span>
<span class="key highlight">the quantity priced above</span>${drawn.some((p) => p.unpriced > 0) ? html` · hollow points leave out lines without a price at that quantity` : ''}
</figcaption>
</figure>`;
}

function axisMoney(value: number, currency: string): string {
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    notation: value >= 10_000 ? 'compact' : 'standard',
    maximumFractionDigits: value < 1 ? 2 : 0,
    minimumFractionDigits: value < 1 ? 2 : 0,
  }).format(value);
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
