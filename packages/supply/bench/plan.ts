/**
 * `pnpm bench` (plan part): the purchase plan on a generated 1,000-line BOM (30% repeated MPNs) from
 * the emulator's default catalog, matched once, in one run:
 * - the plan's total against per-line pricing of the same lines (what buying each part once saves);
 * - planning time (median of several runs) for the plain plan, a 3-seller limit and a cost per order
 *   (exact, and the heuristic forced), against the time the match itself took, and each plan's method
 *   and gap to its lower bound;
 * - plans for 1, 10, 100 and 1,000 boards from the same offers (no request).
 */
import { clientCredentials } from '@nexar/auth';
import { startEmulator } from '@nexar/emulator';
import { createSupplyClient, matchBom, planBuildQuantities, planPurchase } from '../src/index.js';
import { generateBom } from './generate-bom.js';

const LINES = 1000;
const REPEATED = 0.3;
const RUNS = 7;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

function timed<T>(run: () => T): { value: T; ms: number } {
  const times: number[] = [];
  let value = run(); // warm-up, not measured
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    value = run();
    times.push(performance.now() - start);
  }
  return { value, ms: median(times) };
}

const emulator = await startEmulator({ tokenRateLimit: false, partLimit: 10_000_000 });
try {
  const client = createSupplyClient({
    auth: clientCredentials({ ...emulator.clients.supply, identityUrl: emulator.url }),
    endpoint: emulator.graphqlUrl,
  });
  const { bom, unique } = generateBom(LINES, REPEATED);
  const started = performance.now();
  const match = await matchBom(bom, { client, buildQuantity: 10 });
  const matchMs = performance.now() - started;

  console.log(
    `Purchase plan: ${LINES} lines (${unique} distinct MPNs), 10 boards, matched in ${matchMs.toFixed(0)} ms\n`,
  );
  const cases = [
    ['plain (cheapest per part)', {}],
    ['maxSellers: 3', { maxSellers: 3 }],
    ['orderCost: 25', { orderCost: 25 }],
    ['orderCost: 25, heuristic', { orderCost: 25, exactLimit: 0 }],
    ['maxSellers: 3, heuristic', { maxSellers: 3, exactLimit: 0 }],
  ] as const;
  for (const [name, options] of cases) {
    const { value: plan, ms } = timed(() => planPurchase(match, options));
    console.log(
      `${name.padEnd(28)} ${ms.toFixed(1).padStart(7)} ms (${(ms / matchMs).toFixed(3)}× the match) · method ${plan.method}, gap ${(plan.gap * 100).toFixed(2)}% · ${plan.orders.length} sellers · ${plan.summary.planned} of ${plan.summary.parts} parts planned · total ${plan.total.amount.toFixed(2)} ${plan.currency}`,
    );
  }
  const plan = planPurchase(match);
  const priced = plan.lines.filter((l) => l.cost).length;
  console.log(
    `\nPlan vs per-line pricing over the ${priced} lines both price: ${plan.subtotal.amount.toFixed(2)} vs ${plan.perLineTotal.amount.toFixed(2)} ${plan.currency} = ${(plan.subtotal.minor / plan.perLineTotal.minor).toFixed(4)}× (saves ${plan.saving.amount.toFixed(2)})`,
  );
  const quantities = [1, 10, 100, 1000];
  const curve = timed(() => planBuildQuantities(match, quantities));
  console.log(
    `Plans for ${quantities.join(', ')} boards: ${curve.ms.toFixed(1)} ms, 0 requests · per board ${curve.value
      .map((p) => p.perBoard.toFixed(2))
      .join(' / ')} ${plan.currency}`,
  );
} finally {
  await emulator.close();
}
