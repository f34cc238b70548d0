/** The project page's cost curve comes from purchase plans: each point is the plan at that quantity. */
import { clientCredentials } from '@nexar/auth';
import { type Emulator, startEmulator } from '@nexar/emulator';
import { createSupplyClient, findAlternates, matchBom, planPurchase } from '@nexar/supply';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { curveQuantities } from '../src/web/cost-curve.js';
import { planCostCurve } from '../src/web/plan-cost-curve.js';
import { planView } from '../src/web/plan-view.js';

const LINES = [
  { mpn: 'GRM188R71H104KA93D', quantity: 6, designators: ['C1'] },
  { mpn: 'RC0603FR-0710KL', quantity: 8 },
  { mpn: 'GRM188R71H104KA93D', quantity: 2, designators: ['C9'] },
  { mpn: 'NO-SUCH-PART-42', quantity: 1 },
];

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(() => emu?.close());

describe('planCostCurve on the emulator', () => {
  it('plans every quantity from the one match: no request, and each point is that plan', async () => {
    const client = createSupplyClient({
      auth: clientCredentials({ ...emu.clients.supply, identityUrl: emu.url, env: {} }),
      endpoint: emu.graphqlUrl,
    });
    const matched = await matchBom(LINES, { client, buildQuantity: 10 });
    const requests = emu.stats.apiRequests;
    const curve = planCostCurve(matched, curveQuantities(10));
    expect(emu.stats.apiRequests).toBe(requests);
    for (const quantity of [1, 10, 1000]) {
      expect(curve.find((p) => p.quantity === quantity)?.total).toEqual(
        planPurchase(matched, { buildQuantity: quantity }).total,
      );
    }
    // Buying the capacitor once never costs more than pricing its two lines apart.
    for (const point of curve) {
      const plan = planPurchase(matched, { buildQuantity: point.quantity });
      expect(plan.subtotal.minor).toBeLessThanOrEqual(plan.perLineTotal.minor);
    }
    expect(curve.every((p) => p.unpriced >= 1)).toBe(true);
  });

  it('shows the plan: one row per part, the grouped lines together, data escaped', async () => {
    const client = createSupplyClient({
      auth: clientCredentials({ ...emu.clients.supply, identityUrl: emu.url, env: {} }),
      endpoint: emu.graphqlUrl,
    });
    const matched = await matchBom([...LINES, { mpn: 'LM358DR', quantity: 1, designators: ['<script>U1'] }], {
      client,
      buildQuantity: 10,
    });
    const markup = planView(planPurchase(matched)).value;
    expect(markup.match(/<tr class="plan-item/g)).toHaveLength(3);
    expect(markup).toMatch(/<tr class="plan-item grouped">\s*<td><strong>GRM188R71H104KA93D<\/strong>/);
    expect(markup).toContain('C1, C9');
    expect(markup).toContain('&lt;script&gt;U1');
    expect(markup).not.toContain('<script>');
  });

  it('shows risk flags and, when asked for, alternates priced at the need', async () => {
    const client = createSupplyClient({
      auth: clientCredentials({ ...emu.clients.supply, identityUrl: emu.url, env: {} }),
      endpoint: emu.graphqlUrl,
    });
    const matched = await matchBom([{ mpn: 'LM358N', quantity: 2, designators: ['U9'] }], {
      client,
      buildQuantity: 5,
    });
    const without = planView(planPurchase(matched)).value;
    expect(without).toMatch(/<li data-line="1"><strong>LM358N<\/strong> \(U9\)/);
    expect(without).toContain('<span class="status flag obsolete"');
    expect(without).not.toContain('Alternates:');
    const alternates = await findAlternates(matched, { client });
    expect(alternates[0]?.alternates.length).toBeGreaterThan(0);
    const withAlternates = planView(planPurchase(matched, { alternates })).value;
    expect(withAlternates).toMatch(/Alternates: <span class="alternate">\S+ \$[\d.]+ at [^<]+<\/span>/);
  });
});
