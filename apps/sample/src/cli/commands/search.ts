import { chooseOffer, type SupplyClient } from '@nexar/supply';
import { currencyCode, parseFlags, positiveInteger } from '../args.js';
import { EXIT, UsageError } from '../errors.js';
import { clip, count, money, table } from '../format.js';
import { CLI } from '../invocation.js';
import { withConnection } from '../with-connection.js';

const usage = 'search <mpn> [--qty N] [--currency C] [--limit N]';

export async function search(args: string[]): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    { qty: { type: 'string' }, currency: { type: 'string' }, limit: { type: 'string' } },
    'search',
  );
  const [mpn, ...extra] = positionals;
  if (!mpn || extra.length > 0) throw new UsageError(`Give one part number: ${CLI} ${usage}`);
  const qty = positiveInteger(values.qty, '--qty', 1);
  const currency = currencyCode(values.currency);
  const limit = positiveInteger(values.limit, '--limit', 5);
  if (limit > 100) throw new UsageError('--limit takes at most 100 (each result costs a part).');
  const hits = await withConnection(({ supply }) => printSearch(supply, mpn, { qty, currency, limit }));
  return hits > 0 ? EXIT.ok : EXIT.incomplete;
}

/** Prints the best matches for a part number, priced at `qty`; returns the number of hits. */
export async function printSearch(
  supply: SupplyClient,
  mpn: string,
  { qty, currency, limit }: { qty: number; currency: string; limit: number },
): Promise<number> {
  const { hits, results } = await supply.searchMpn({ q: mpn, limit, currency });
  if (!results?.length) {
    console.log(`No part matches "${mpn}".`);
    return 0;
  }
  const rows = results.map(({ part }) => {
    const pricing = chooseOffer(part.sellers, qty, currency);
    return [
      part.mpn,
      part.manufacturer.name,
      clip(part.shortDescription ?? '', 48),
      (part.totalAvail ?? 0).toLocaleString('en'),
      pricing.priced
        ? `${money(pricing.offer.unitPrice, currency, 4)} ${pricing.offer.seller.name}`
        : 'no authorised stock',
    ];
  });
  console.log(
    `${count(hits, 'part')} match "${mpn}"${hits > results.length ? `, best ${results.length}` : ''}:`,
  );
  console.log(
    table(['MPN', 'Manufacturer', 'Description', 'Stock', `Price at ${qty}`], rows, [
      'left',
      'left',
      'left',
      'right',
      'left',
    ]),
  );
  return hits;
}
