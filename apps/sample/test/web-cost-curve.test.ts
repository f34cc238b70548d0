import { clientCredentials } from '@nexar/auth';
import { type Emulator, startEmulator } from '@nexar/emulator';
import { createSupplyClient, matchBom } from '@nexar/supply';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { costCurve, curveQuantities } from '../src/web/cost-curve.js';

const LINES = [
  { mpn: 'LM358N', manufacturer: 'STMicroelectronics', quantity: 1 },
  { mpn: '1N4148', quantity: 4 },
  { mpn: 'RC0603FR-0710KL', quantity: 8 },
  { mpn: 'NO-SUCH-PART-42', quantity: 1 },
];

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(() => emu?.close());

function supply(options: { cache?: false } = {}) {
  return createSupplyClient({
    auth: clientCredentials({ ...emu.clients.supply, identityUrl: emu.url, env: {} }),
    endpoint: emu.graphqlUrl,
    ...options,
  });
}

describe('costCurve on the emulator', () => {
  it('prices every quantity from the one match: no request, no part', async () => {
    const client = supply();
    const matched = await matchBom(LINES, { client, buildQuantity: 100 });
    expect(matched.summary.requests).toBe(1);
    const requests = emu.stats.apiRequests;
    const parts = client.parts.used;

    const quantities = curveQuantities(100);
    const curve = costCurve(matched, quantities);
    expect(emu.stats.apiRequests).toBe(requests);
    expect(client.parts.used).toBe(parts);

    expect(curve.map((p) => p.quantity)).toEqual(quantities);
    const at100 = curve.find((p) => p.quantity === 100);
    expect(at100?.total).toEqual(matched.total);
    // Each point is what matching at that quantity gives.
    const at1000 = await matchBom(LINES, { client, buildQuantity: 1000 });
    expect(curve.find((p) => p.quantity === 1000)?.total).toEqual(at1000.total);
    // The unknown part is never priced; more boards cost more in all and less per board.
    expect(curve.every((p) => p.unpriced >= 1)).toBe(true);
    expect(curve.at(-1)?.total.minor).toBeGreaterThan(curve[0]?.total.minor ?? Infinity);
    expect(curve.at(-1)?.perBoard).toBeLessThan(curve[0]?.perBoard ?? 0);
  });

  it('needs no result cache: the curve comes from the offers the match holds', async () => {
    const client = supply({ cache: false });
    const matched = await matchBom(LINES, { client, buildQuantity: 10 });
    const requests = emu.stats.apiRequests;
    const curve = costCurve(matched, curveQuantities(10));
    expect(emu.stats.apiRequests).toBe(requests);
    expect(curve.map((p) => p.quantity)).toEqual(curveQuantities(10));
  });
});
