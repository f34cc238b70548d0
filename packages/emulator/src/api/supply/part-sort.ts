/**
 * `sort` / `sortDir` of supSearch and supSearchMpn. Without a sort key (or with
 * `_score` / `relevance`) hits stay in relevance order, best first, whatever
 * `sortDir` says. Keys, as on Nexar: `mpn`, `manufacturer.displayname`,
 * `median_price_1000` (in the asked currency), `avg_avail`, `avg_price` (mean
 * of each offer's smallest-quantity price), `num_authsuppliers`, or any
 * attribute shortname (numeric specs by value, text specs alphabetically).
 * `sortDir` defaults to `asc`; parts without a value go last in both directions;
 * ties keep relevance order.
 */
import {
  type Attribute,
  avgAvail,
  type CatalogIndex,
  convertPrice,
  medianPrice1000,
  type Part,
  type PartHit,
} from '../../catalog/index.js';
import { invalidArgument } from '../api-errors.js';
import { attributeNamed, specOf } from './attribute-lookup.js';

type SortValue = number | string | null;
type SortKey = (part: Part, currency: string) => SortValue;

const RELEVANCE = new Set(['', '_score', 'relevance']);

const KEYS: Record<string, SortKey> = {
  mpn: (part) => part.mpn.toUpperCase(),
  'manufacturer.displayname': (part) => part.manufacturer.name.toLowerCase(),
  median_price_1000: (part, currency) => medianPrice1000(part, currency)?.price ?? null,
  avg_avail: (part) => avgAvail(part),
  avg_price: averagePrice,
  num_authsuppliers: (part) => part.sellers.filter((seller) => seller.isAuthorized).length,
};

export const SORT_KEYS: readonly string[] = Object.keys(KEYS);

function averagePrice(part: Part, currency: string): number | null {
  const prices: number[] = [];
  for (const seller of part.sellers) {
    for (const offer of seller.offers) {
      const first = offer.prices.reduce<(typeof offer.prices)[number] | undefined>(
        (best, point) => (best === undefined || point.quantity < best.quantity ? point : best),
        undefined,
      );
      if (first) prices.push(convertPrice(first.price, first.currency, currency));
    }
  }
  return prices.length === 0 ? null : prices.reduce((a, b) => a + b, 0) / prices.length;
}

function attributeKey(attribute: Attribute): SortKey {
  return (part) => {
    const spec = specOf(part, attribute);
    if (spec === undefined) return null;
    const number = Number(spec.siValue);
    return spec.siValue !== '' && Number.isFinite(number) ? number : spec.value.toLowerCase();
  };
}

export interface SortArgs {
  sort?: string | null;
  sortDir?: 'asc' | 'desc' | null;
}

/** Hits in the asked order (a new array; `hits` must be in relevance order). */
export function sortHits(
  catalog: CatalogIndex,
  field: string,
  hits: readonly PartHit[],
  args: SortArgs,
  currency: string,
): PartHit[] {
  const name = (args.sort ?? '').trim();
  if (RELEVANCE.has(name)) return [...hits];
  const attribute = KEYS[name] ? undefined : attributeNamed(catalog, name);
  const key = KEYS[name] ?? (attribute?.shortname === name ? attributeKey(attribute) : undefined);
  if (key === undefined) {
    throw invalidArgument(
      `${field}: unknown sort ${JSON.stringify(name)}; use one of ${SORT_KEYS.join(', ')}, ` +
        'an attribute shortname (see supAttributes), or leave it out for relevance.',
    );
  }
  const sign = args.sortDir === 'desc' ? -1 : 1;
  const keyed = hits.map((hit, rank) => ({ hit, rank, value: key(hit.part, currency) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      return a.value === b.value ? a.rank - b.rank : a.value === null ? 1 : -1;
    }
    const order =
      typeof a.value === 'number' && typeof b.value === 'number'
        ? a.value - b.value
        : String(a.value) < String(b.value)
          ? -1
          : String(a.value) > String(b.value)
            ? 1
            : 0;
    return sign * order || a.rank - b.rank;
  });
  return keyed.map((entry) => entry.hit);
}
