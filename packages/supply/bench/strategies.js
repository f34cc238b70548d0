// Plain JavaScript over the built package (dist/), so a measured run is the SDK as users run it, without
// a TypeScript loader in the process. How a BOM gets matched: matchBom, and the strategies users would
// pick instead, each with the same concurrency and the same part fields (manufacturer, sellers, offers,
// price breaks):
// - KiCost-style: distinct parts, supMultiMatch with 20 queries per request and limit 5, no cache;
// - Part-DB-style: one supSearch per line, limit 10;
// - naive (Nexar's examples): one supSearchMpn per line, default limit (10).
import { parse } from 'graphql';
import { BomMatchDocument, matchBom, normalizeManufacturer, normalizeMpn } from '../dist/index.js';

const PART_FIELDS = `
  id mpn manufacturer { id name aliases } shortDescription octopartUrl
  sellers {
    company { id name }
    isAuthorized
    offers { id sku inventoryLevel moq orderMultiple packaging prices { quantity price currency convertedPrice convertedCurrency } }
  }`;

const PARTDB = parse(`
  query PartDbSearch($q: String!, $limit: Int) {
    supSearch(q: $q, limit: $limit) { hits results { part { ${PART_FIELDS} } } }
  }
`);

const NAIVE = parse(`
  query NaiveSearchMpn($q: String!) {
    supSearchMpn(q: $q) { hits results { part { ${PART_FIELDS} } } }
  }
`);

/** Runs `task` for 0..count-1 with `concurrency` in flight. */
async function pool(count, concurrency, task) {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** Runs `strategy` on `bom` with `clients` ({ supply, nexar }); resolves to matchBom's result, or nothing. */
export async function runStrategy(strategy, bom, clients, concurrency) {
  switch (strategy) {
    case 'matchBom':
      return matchBom(bom, { client: clients.supply, concurrency });
    case 'kicost': {
      const key = (line) =>
        `${normalizeMpn(line.mpn ?? '')}|${normalizeManufacturer(line.manufacturer ?? '')}`;
      const distinct = [...new Map(bom.map((line) => [key(line), line])).values()];
      return pool(Math.ceil(distinct.length / 20), concurrency, (r) =>
        clients.nexar.request(BomMatchDocument, {
          queries: distinct.slice(r * 20, r * 20 + 20).map((line, i) => ({
            mpn: line.mpn ?? '',
            ...(line.manufacturer ? { manufacturer: line.manufacturer } : {}),
            limit: 5,
            reference: String(i),
          })),
          country: 'US',
          currency: 'USD',
        }),
      );
    }
    case 'partdb':
      return pool(bom.length, concurrency, (i) =>
        clients.nexar.request(PARTDB, { q: bom[i].mpn ?? '', limit: 10 }),
      );
    case 'naive':
      return pool(bom.length, concurrency, (i) => clients.nexar.request(NAIVE, { q: bom[i].mpn ?? '' }));
    default:
      throw new Error(`unknown strategy ${strategy}`);
  }
}
