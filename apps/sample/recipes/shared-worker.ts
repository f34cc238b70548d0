/**
 * A long-running pricing worker that you run many of (several processes on one machine, or one per
 * container with a shared volume): every process shares one app token and one result cache, so a fleet
 * asks the token endpoint once and pays for a part once, whichever worker asked first.
 *
 *   NEXAR_CLIENT_ID=... NEXAR_CLIENT_SECRET=... NEXAR_SHARED_DIR=/var/lib/nexar \
 *     node --import tsx shared-worker.ts < jobs.txt
 *
 * Each line of input is a job, `MPN QUANTITY`; each answer is a line of JSON on stdout.
 * Needs: npm i @nexar/auth @nexar/supply
 */
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { clientCredentials, FileTokenStore } from '@nexar/auth/node';
import { chooseOffer, createSupplyClient, FileResultCache, NexarPartLimitError } from '@nexar/supply/node';

const shared = process.env.NEXAR_SHARED_DIR ?? join(process.cwd(), '.nexar');

const supply = createSupplyClient({
  // The token file is locked while a token is fetched, so the workers that start together ask once.
  auth: clientCredentials({ store: new FileTokenStore({ path: join(shared, 'tokens.json') }) }),
  // One answer per file, written atomically: every worker reads what any worker paid for.
  cache: new FileResultCache({ directory: join(shared, 'supply-cache') }),
  // This worker's own ceiling on parts, so a runaway job cannot spend the month's quota.
  maxParts: Number(process.env.MAX_PARTS ?? 1000),
});

const stop = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop.abort());

for await (const job of createInterface({ input: process.stdin })) {
  if (stop.signal.aborted) break;
  const [mpn, quantity = '1'] = job.trim().split(/\s+/);
  if (!mpn) continue;
  const need = Number(quantity);
  try {
    if (!Number.isInteger(need) || need < 1)
      throw new Error(`quantity must be a whole number ≥ 1, got "${quantity}"`);
    const { results } = await supply.searchMpn({ q: mpn, limit: 1 }, { signal: stop.signal });
    const part = results?.[0]?.part;
    const pricing = part ? chooseOffer(part.sellers, need, 'USD') : undefined;
    const offer = pricing?.priced ? pricing.offer : undefined;
    console.log(
      JSON.stringify({
        mpn,
        need,
        found: part ? `${part.manufacturer.name} ${part.mpn}` : null,
        seller: offer?.seller.name ?? null,
        total: offer ? offer.extended.amount : null,
        partsSoFar: supply.parts.used,
      }),
    );
  } catch (error) {
    // A refused budget stops this worker; other failures are reported per job and the worker goes on.
    console.log(JSON.stringify({ mpn, error: (error as Error).message }));
    if (error instanceof NexarPartLimitError) break;
  }
}
