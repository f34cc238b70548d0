/** The purchase-plan tests' emulator: a catalog whose best plans are worked out by hand (fixtures/catalog.plan.json). */
import { fileURLToPath } from 'node:url';
import { type Emulator, startEmulator } from '@nexar/emulator';

export const PLAN_CATALOG = fileURLToPath(new URL('./fixtures/catalog.plan.json', import.meta.url));

export function startPlanEmulator(): Promise<Emulator> {
  return startEmulator({ catalog: PLAN_CATALOG, tokenRateLimit: false, partLimit: 1_000_000 });
}

/**
 * At 1 board: CAP-100N on two lines of 30 (per line Mouser 0.09 → 2.70 each; together 60 pieces reach
 * Digi-Key's 50 break, 0.05 → 3.00), RES-10K × 10 (TME 3.00, Mouser 4.00, Digi-Key 5.00; LCSC 0.10
 * but not authorised), TIMER-1 × 10 (Digi-Key 10.00, Mouser 11.00).
 */
export const PLAN_BOM = [
  { mpn: 'CAP-100N', quantity: 30, designators: ['C1'] },
  { mpn: 'RES-10K', quantity: 10 },
  { mpn: 'CAP-100N', quantity: 30, designators: ['C2'] },
  { mpn: 'TIMER-1', quantity: 10 },
];
