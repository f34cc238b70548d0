import { describe, expect, it } from 'vitest';
import { costChart } from './cost-chart.js';
import type { CostPoint } from './cost-curve.js';

function point(quantity: number, total: number, unpriced = 0): CostPoint {
  const minor = Math.round(total * 100);
  return {
    quantity,
    total: { currency: 'USD', minor, digits: 2, amount: minor / 100 },
    perBoard: minor / 100 / quantity,
    unpriced,
  };
}

/** The (x, y) of each circle of one series, in document order. */
function circles(svg: string, series: string): { x: number; y: number; r: number; hollow: boolean }[] {
  const group = new RegExp(`<g class="series ${series}">([\\s\\S]*?)</g>`).exec(svg)?.[1] ?? '';
  return [
    ...group.matchAll(
      /<circle class="point( incomplete)?" data-quantity="\d+" cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"/g,
    ),
  ].map((m) => ({ hollow: m[1] !== undefined, x: Number(m[2]), y: Number(m[3]), r: Number(m[4]) }));
}

describe('costChart', () => {
  const points = [point(1, 8), point(10, 40), point(100, 260), point(1000, 1700, 1)];
  const svg = costChart(points, { highlight: 100 }).value;

  it('draws both series with a point per quantity, left to right on a log scale', () => {
    const total = circles(svg, 'total');
    const perBoard = circles(svg, 'per-board');
    expect(total).toHaveLength(4);
    expect(perBoard).toHaveLength(4);
    // Decades are equally spaced.
    const steps = total.slice(1).map((c, i) => c.x - (total[i]?.x ?? 0));
    for (const step of steps) expect(step).toBeCloseTo(steps[0] ?? 0, 0);
    // Higher totals are drawn higher (smaller y); the cost per board falls.
    expect(total.map((c) => c.y)).toEqual([...total.map((c) => c.y)].sort((a, b) => b - a));
    expect(perBoard.map((c) => c.y)).toEqual([...perBoard.map((c) => c.y)].sort((a, b) => a - b));
    // At one board the total is the cost per board.
    expect(total[0]?.y).toBe(perBoard[0]?.y);
  });

  it('marks the priced quantity and the points that leave lines out', () => {
    const total = circles(svg, 'total');
    expect(total.map((c) => c.r)).toEqual([3.5, 3.5, 5, 3.5]);
    expect(total.map((c) => c.hollow)).toEqual([false, false, false, true]);
    expect(svg).toContain('hollow points leave out lines');
    expect(svg).toContain(
      '1,000 boards: $1,700.00 in all, $1.70 per board (1 line without a price left out)',
    );
  });

  it('is labelled for assistive technology and has decade ticks', () => {
    expect(svg).toMatch(/<svg id="cost-chart" role="img" aria-labelledby="cost-chart-title cost-chart-desc"/);
    expect(svg).toContain('<title id="cost-chart-title">BOM cost against build quantity (USD)</title>');
    for (const tick of ['>1<', '>10<', '>100<', '>1,000<', '>$1<', '>$10<', '>$1,000<'])
      expect(svg).toContain(tick);
  });

  it('says so when nothing has a price', () => {
    expect(costChart([point(1, 0, 3)], { highlight: 1 }).value).toContain('nothing to chart');
  });
});
