/** Purchase plans against the emulator, on a catalog whose best answers are known (see plan-harness). */
import type { Emulator } from '@nexar/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BomMatchResult,
  findAlternates,
  matchBom,
  NexarPartLimitError,
  NexarPlanError,
  planBuildQuantities,
  planPurchase,
  repriceBom,
  type SupplyClient,
} from '../src/index.js';
import { bomClient, counted } from './bom-harness.js';
import { PLAN_BOM, startPlanEmulator } from './plan-harness.js';

let emu: Emulator;
let client: SupplyClient;
let match: BomMatchResult;

beforeAll(async () => {
  emu = await startPlanEmulator();
  client = bomClient(emu);
  match = await matchBom(PLAN_BOM, { client, currency: 'USD' });
});
afterAll(() => emu?.close());

const sellerOf = (plan: ReturnType<typeof planPurchase>, index: number) =>
  plan.lines[index]?.offer?.seller.name;

describe('planPurchase', () => {
  it('buys lines of the same part together, reaching a better break than per-line pricing', () => {
    expect(match.lines[0]?.pricing).toMatchObject({ priced: true, offer: { seller: { name: 'Mouser' } } });
    expect(match.total.amount).toBe(2.7 + 3 + 2.7 + 10);
    const plan = planPurchase(match);
    expect(plan.method).toBe('per-part');
    const cap = plan.parts.find((p) => p.part.mpn === 'CAP-100N');
    expect(cap).toMatchObject({ need: 60, lineIndexes: [0, 2] });
    expect(cap?.offer).toMatchObject({ seller: { name: 'Digi-Key' }, breakQuantity: 50, unitPrice: 0.05 });
    expect(cap?.why.map((w) => w.code)).toEqual(['cheapest', 'grouped']);
    // Each line keeps its share, and the shares add up to the part's cost.
    expect(plan.lines[0]?.cost?.amount).toBe(1.5);
    expect(plan.lines[2]?.cost?.amount).toBe(1.5);
    expect(plan.subtotal.amount).toBe(3 + 3 + 10);
    expect(plan.perLineTotal.amount).toBe(18.4);
    expect(plan.saving.amount).toBeCloseTo(2.4, 10);
    expect(plan.orders.map((o) => [o.seller.name, o.total.amount])).toEqual([
      ['Digi-Key', 13],
      ['TME', 3],
    ]);
    expect(plan.gap).toBe(0);
  });

  it('honours the seller limit and reports what it costs', () => {
    const plan = planPurchase(match, { maxSellers: 1 });
    expect(plan.method).toBe('exact');
    expect(plan.orders.map((o) => o.seller.name)).toEqual(['Digi-Key']);
    expect(plan.total.amount).toBe(18);
    expect(plan.consolidation).toMatchObject({ sellers: 1, unconstrainedSellers: 2 });
    expect(plan.consolidation?.extraCost.amount).toBe(2);
    expect(plan.lines[1]?.why[0]).toMatchObject({ code: 'consolidated' });
    expect(plan.lines[1]?.why[0]?.text).toContain('TME');
  });

  it('lets a cost per order choose fewer orders, and the heuristic finds the same plan with its gap', () => {
    const exact = planPurchase(match, { orderCost: 5 });
    expect(exact.orders.map((o) => o.seller.name)).toEqual(['Digi-Key']);
    expect(exact.total.amount).toBe(23);
    expect(exact.consolidation?.unconstrainedTotal.amount).toBe(26);
    // One order instead of two: 2.00 more on parts, 5.00 less on orders.
    expect(exact.consolidation?.extraCost.amount).toBe(-3);
    const heuristic = planPurchase(match, { orderCost: 5, exactLimit: 0 });
    expect(heuristic.method).toBe('heuristic');
    expect(heuristic.total.amount).toBe(23);
    expect(heuristic.lowerBound.amount).toBeLessThanOrEqual(23);
    expect(heuristic.gap).toBeCloseTo((23 - heuristic.lowerBound.amount) / heuristic.lowerBound.amount, 10);
  });

  it('honours preferred and excluded sellers', () => {
    const preferred = planPurchase(match, { preferSellers: ['mouser'] });
    expect(preferred.lines.map((l) => l.offer?.seller.name)).toEqual([
      'Mouser',
      'Mouser',
      'Mouser',
      'Mouser',
    ]);
    expect(preferred.total.amount).toBe(3.6 + 4 + 11);
    expect(preferred.lines[3]?.why.map((w) => w.code)).toContain('preferred');
    const excluded = planPurchase(match, { excludeSellers: ['TME'] });
    expect(sellerOf(excluded, 1)).toBe('Mouser');
    expect(excluded.total.amount).toBe(17);
    const unauthorised = planPurchase(match, { authorizedOnly: false });
    expect(sellerOf(unauthorised, 1)).toBe('LCSC');
  });

  it('adds overage per kind of line before choosing breaks', () => {
    const plan = planPurchase(match, { overage: [{ category: 'chip resistors', percent: 10, pieces: 2 }] });
    expect(plan.lines[1]).toMatchObject({ need: 10, overage: 3 });
    expect(plan.lines[1]?.offer?.orderQuantity).toBe(13);
    expect(plan.lines[0]?.overage).toBe(0);
  });

  it('plans several build quantities from the same offers, with no request, agreeing with single plans', async () => {
    const { value, requests, parts } = await counted(emu, async () =>
      planBuildQuantities(match, [1, 10, 100]),
    );
    expect(requests).toBe(0);
    expect(parts).toBe(0);
    expect(value.map((p) => p.plan.total.minor)).toEqual(
      [1, 10, 100].map((q) => planPurchase(match, { buildQuantity: q }).total.minor),
    );
    // At 10 boards CAP-100N needs 600: the 100 break at Digi-Key (0.02).
    expect(value[1]?.plan.parts[0]?.offer?.unitPrice).toBe(0.02);
    expect(value[1]?.plan.perLineTotal.minor).toBe(repriceBom(match, { buildQuantity: 10 }).total.minor);
  });

  it('refuses options it cannot use with a typed error that says what to give', () => {
    expect(() => planPurchase(match, { maxSellers: 0 })).toThrow(NexarPlanError);
    expect(() => planPurchase(match, { currency: 'EUR' })).toThrow(/match again with currency/);
    expect(() => planPurchase(match, { preferSellers: ['TME'], excludeSellers: ['tme'] })).toThrow(
      /both preferred and excluded/,
    );
  });
});

describe('risk flags and alternates', () => {
  let risky: BomMatchResult;
  const RISKY = [
    { mpn: 'OLD-OPAMP', quantity: 10 },
    { mpn: 'SOLO-LDO', quantity: 1 },
    { mpn: 'TIMER-1', quantity: 1 },
    { mpn: 'ZZZ-NOPE-42', quantity: 1 },
  ];
  beforeAll(async () => {
    risky = await matchBom(RISKY, { client, currency: 'USD' });
  });

  it('flags obsolete, NRND, single-source, low stock, long lead and stale prices', () => {
    const now = () => Date.parse('2026-02-01T12:00:00Z');
    const plan = planPurchase(risky, { now, stock: 'backorder' });
    const kinds = (i: number) => plan.lines[i]?.flags.map((f) => f.kind);
    expect(kinds(0)).toEqual(['obsolete', 'low-stock', 'long-lead']);
    // Back-orders allowed: Mouser's 0.55 with 112 days' lead beats Digi-Key's 0.60 in stock, and is flagged.
    expect(kinds(1)).toEqual(['nrnd', 'single-source', 'long-lead']);
    expect(plan.lines[1]?.offer?.seller.name).toBe('Mouser');
    expect(kinds(2)).toEqual(['stale-price']);
    expect(plan.lines[3]).toMatchObject({
      status: 'not-found',
      flags: [],
      unplanned: 'no part matches this line.',
    });
    expect(plan.lines[0]?.why.map((w) => w.code)).toContain('backorder');
    const strict = planPurchase(risky, { now });
    expect(strict.lines[0]?.unplanned).toMatch(/no authorised seller has 10 in stock/);
    expect(strict.lines[1]?.offer?.seller.name).toBe('Digi-Key');
    expect(strict.lines[1]?.flags.map((f) => f.kind)).toEqual(['nrnd', 'single-source']);
  });

  it('accepts back-orders only within the lead-time limit', () => {
    const now = () => Date.parse('2026-02-01T12:00:00Z');
    // SOLO-LDO: Mouser 0.55 with none in stock (112 days), Digi-Key 0.60 with 200 in stock.
    expect(
      planPurchase(risky, { now, stock: 'backorder', maxLeadDays: 120 }).lines[1]?.offer?.seller.name,
    ).toBe('Mouser');
    const limited = planPurchase(risky, { now, stock: 'backorder', maxLeadDays: 100 });
    expect(limited.lines[1]?.offer?.seller.name).toBe('Digi-Key');
    // OLD-OPAMP waits 140 days at its only seller: over the limit, so it is not planned, and says why.
    expect(limited.lines[0]?.unplanned).toMatch(/within maxLeadDays 100/);
  });

  it('finds alternates after a dry run that spends nothing, ranked by price at the need', async () => {
    const dry = await counted(emu, () => findAlternates(risky, { client, dryRun: true, limit: 3 }));
    expect(dry.requests).toBe(0);
    expect(dry.value).toMatchObject({
      lines: [
        { index: 0, reason: 'obsolete' },
        { index: 3, reason: 'not-found' },
      ],
      requests: 2,
      worstCaseParts: 4 + 3,
      fits: true,
    });
    const run = await counted(emu, () => findAlternates(risky, { client, limit: 3 }));
    expect(run.requests).toBe(2);
    expect(run.parts).toBeLessThanOrEqual(7);
    const forObsolete = run.value.find((a) => a.index === 0);
    // Same category and package, in stock: NEW-OPAMP-B (7.00 for 10) before NEW-OPAMP (8.00); DIP-OPAMP is another package.
    expect(forObsolete?.alternates.map((a) => a.part.mpn)).toEqual(['NEW-OPAMP-B', 'NEW-OPAMP']);
    expect(forObsolete?.alternates[0]?.offer?.extended.amount).toBe(7);
    const plan = planPurchase(risky, { alternates: run.value, buildQuantity: 200 });
    // Re-priced at the plan's need (2,000): NEW-OPAMP-B has only 100 in stock, so NEW-OPAMP comes first.
    expect(plan.lines[0]?.alternates.map((a) => a.part.mpn)).toEqual(['NEW-OPAMP', 'NEW-OPAMP-B']);
  });

  it('refuses alternates that could exceed the part budget before sending', async () => {
    const small = bomClient(emu, { maxParts: 3 });
    const { requests } = await counted(emu, async () => {
      await expect(findAlternates(risky, { client: small })).rejects.toThrow(NexarPartLimitError);
    });
    expect(requests).toBe(0);
  });
});
