/**
 * Sellers and offers for one part: which distributors carry it (franchised or
 * not), their SKUs, stock, MOQ, order multiples, packaging and price breaks.
 */
import { type BuildContext, stableNumber } from './build-context.js';
import type { Offer, PartSeller, PricePoint } from './catalog-types.js';
import {
  MAJOR_DISTRIBUTORS,
  type ManufacturerDef,
  SELLER_DEFS,
  SELLER_IDS,
  type SellerDef,
} from './companies.js';
import { convertPrice, roundPrice } from './currency.js';
import type { Rng } from './prng.js';

/** How a part is packed by the factory. */
export type PackagingKind = 'reel' | 'tube' | 'tray' | 'bulk';
/** Market situation of a part. */
export type Availability = 'normal' | 'no-stock' | 'unauthorized-only' | 'obsolete';

export interface OfferPlan {
  partId: string;
  mpn: string;
  manufacturer: ManufacturerDef;
  /** Reference unit price in USD at quantity 1 from a franchised distributor. */
  priceUsd: number;
  packaging: PackagingKind;
  /** Reel, tube or tray size. */
  packQuantity: number;
  /** Typical stock a distributor holds. */
  stockScale: number;
  availability: Availability;
  /** Exact sellers (curated parts); otherwise chosen at random. */
  sellerIds?: readonly string[];
  /** SKU overrides by seller id (the first offer of that seller). */
  skus?: Readonly<Record<string, string>>;
}

const SELLER_ORDER = new Map(SELLER_DEFS.map((def, index) => [def.id, index]));
const LEAD_DAYS = [28, 42, 56, 70, 84, 98, 112, 126, 140, 182];

function chooseSellers(rng: Rng, plan: OfferPlan, franchise: readonly string[]): string[] {
  if (plan.sellerIds) return [...plan.sellerIds];
  const unauthorized = [SELLER_IDS.lcsc, SELLER_IDS.winsource, SELLER_IDS.quest].filter(
    (id) => !franchise.includes(id),
  );
  switch (plan.availability) {
    case 'unauthorized-only':
      return rng.sample(unauthorized, rng.int(2, unauthorized.length));
    case 'obsolete':
      return [SELLER_IDS.rochester, ...rng.sample([SELLER_IDS.winsource, SELLER_IDS.quest], rng.int(1, 2))];
    default: {
      const authorized = rng.sample(
        franchise,
        rng.int(Math.min(2, franchise.length), Math.min(5, franchise.length)),
      );
      const extra = authorized.length < 2 || rng.chance(0.35) ? 1 : 0;
      return [...authorized, ...rng.sample(unauthorized, extra)];
    }
  }
}

/** Steeper volume discounts for cheap parts, as real price lists show. */
function discountExponent(priceUsd: number): number {
  if (priceUsd < 0.05) return 0.42;
  if (priceUsd < 0.15) return 0.3;
  if (priceUsd < 2) return 0.15;
  return 0.08;
}

function priceList(
  quantities: readonly number[],
  unitUsd: number,
  exponent: number,
  currencies: readonly string[],
) {
  const prices: PricePoint[] = [];
  for (const currency of currencies) {
    let previous = Number.POSITIVE_INFINITY;
    for (const quantity of quantities) {
      let price = convertPrice(roundPrice(unitUsd * quantity ** -exponent), 'USD', currency);
      // Rounding must never make a larger quantity cost as much per unit as a smaller one.
      while (price >= previous) price = roundPrice(price * 0.99);
      prices.push({ quantity, price, currency });
      previous = price;
    }
  }
  return prices;
}

function sku(
  ctx: BuildContext,
  seller: SellerDef,
  plan: OfferPlan,
  variant: 'cut' | 'reel' | 'pack',
  override: string | undefined,
): string {
  const { mpn, manufacturer } = plan;
  const compact = mpn.replace(/\s+/g, '');
  const key = `${seller.id}|${manufacturer.id}|${mpn}`;
  return ctx.claim(`sku:${seller.id}`, (attempt) => {
    if (override !== undefined && attempt === 0) return override;
    const salt = `${key}|${attempt}`;
    switch (seller.skuStyle) {
      case 'digikey': {
        const suffix = variant === 'cut' ? '1' : variant === 'reel' ? '2' : '5';
        return `${manufacturer.digikeyPrefix || 'DK'}-${stableNumber(salt, 1000, 99999)}-${suffix}-ND`;
      }
      case 'mouser':
        return `${manufacturer.mouserPrefix || '241'}-${compact}${attempt > 0 ? `-${attempt}` : ''}`;
      case 'newark': {
        const n = stableNumber(salt, 0, 90 * 26 * 10000);
        const letter = String.fromCharCode(65 + (Math.floor(n / 10000) % 26));
        return `${10 + Math.floor(n / 260000)}${letter}${String(n % 10000).padStart(4, '0')}`;
      }
      case 'farnell':
        return String(stableNumber(salt, 1000000, 9999999));
      case 'rs': {
        const n = stableNumber(salt, 1000000, 9999999);
        return `${String(n).slice(0, 3)}-${String(n).slice(3)}`;
      }
      case 'lcsc':
        return `C${stableNumber(salt, 1000, 2999999)}`;
      case 'winsource':
        return `WS-${stableNumber(salt, 1000000, 9999999)}`;
      default: {
        const base = variant === 'reel' ? `${compact}-TR` : compact;
        if (attempt === 0) return base;
        return `${base}-${manufacturer.name
          .replace(/[^A-Za-z]/g, '')
          .slice(0, 3)
          .toUpperCase()}${attempt > 1 ? attempt : ''}`;
      }
    }
  });
}

interface OfferShape {
  variant: 'cut' | 'reel' | 'pack';
  packaging: string;
  moq: number;
  orderMultiple: number;
  quantities: number[];
}

function offerShapes(rng: Rng, seller: SellerDef, plan: OfferPlan): OfferShape[] {
  const pack = plan.packQuantity;
  const packBreaks = [pack, pack * 2, pack * 5, pack * 10];
  const single = (packaging: string, moq = 1): OfferShape => ({
    variant: 'cut',
    packaging,
    moq,
    orderMultiple: moq,
    quantities: seller.breaks.map((q) => q * moq),
  });
  const wholePacks = seller.id === SELLER_IDS.arrow || seller.id === SELLER_IDS.future;
  if (plan.packaging === 'reel') {
    const reel: OfferShape = {
      variant: 'reel',
      packaging: 'Tape & Reel',
      moq: pack,
      orderMultiple: pack,
      quantities: packBreaks,
    };
    if (seller.id === SELLER_IDS.digikey) return [single('Cut Tape'), reel];
    if (wholePacks) return [reel];
    if (seller.kind === 'broker') return [single('Cut Tape')];
    // Marketplaces and EU catalogue houses sell the cheapest passives in small multiples.
    const cheap = plan.priceUsd < 0.15;
    if (seller.id === SELLER_IDS.lcsc) return [single('Cut Tape', cheap ? rng.pick([50, 100]) : 1)];
    if (seller.id === SELLER_IDS.tme) return [single('Cut Tape', cheap ? 10 : 1)];
    return [single('Cut Tape')];
  }
  const packaging = plan.packaging === 'tube' ? 'Tube' : plan.packaging === 'tray' ? 'Tray' : 'Bulk';
  if (wholePacks && plan.packaging !== 'bulk') {
    return [{ variant: 'pack', packaging, moq: pack, orderMultiple: pack, quantities: packBreaks }];
  }
  return [{ ...single(packaging), variant: 'pack' }];
}

function stockFor(rng: Rng, plan: OfferPlan, seller: SellerDef, shape: OfferShape): number {
  if (plan.availability === 'no-stock') return 0;
  if (rng.chance(0.12)) return 0;
  const scale =
    seller.kind === 'broker' || plan.availability === 'obsolete'
      ? Math.min(plan.stockScale, 2000) / 10
      : plan.stockScale;
  const amount = Math.round(scale * 10 ** (rng.next() * 2.5 - 1.5));
  if (shape.variant === 'reel' || shape.moq > 1)
    return Math.max(1, Math.round(amount / shape.moq)) * shape.moq;
  return Math.max(1, amount);
}

export function buildSellers(rng: Rng, plan: OfferPlan, ctx: BuildContext): PartSeller[] {
  const franchise = plan.manufacturer.franchise ?? MAJOR_DISTRIBUTORS;
  const ids = chooseSellers(rng, plan, franchise).sort(
    (a, b) => (SELLER_ORDER.get(a) ?? 99) - (SELLER_ORDER.get(b) ?? 99),
  );
  const exponent = discountExponent(plan.priceUsd);
  let offerIndex = 0;
  const result: PartSeller[] = [];
  for (const id of ids) {
    const entry = ctx.sellers.get(id);
    if (entry === undefined) throw new Error(`Unknown seller id "${id}" for ${plan.mpn}`);
    const { def, company } = entry;
    const isAuthorized = franchise.includes(id) || id === SELLER_IDS.rochester;
    const unitUsd = plan.priceUsd * def.priceFactor * (0.95 + rng.next() * 0.1);
    const offers: Offer[] = offerShapes(rng, def, plan).map((shape, i) => {
      const inventoryLevel = stockFor(rng, plan, def, shape);
      const leadDays = def.kind === 'broker' || rng.chance(0.2) ? null : rng.pick(LEAD_DAYS);
      const onOrder = isAuthorized && rng.chance(0.25) ? plan.packQuantity * rng.int(1, 20) : null;
      const skuValue = sku(ctx, def, plan, shape.variant, i === 0 ? plan.skus?.[id] : undefined);
      const updated = new Date(ctx.baseTime - rng.int(0, 72 * 60) * 60_000).toISOString();
      return {
        id: `${plan.partId}${String(offerIndex++).padStart(2, '0')}`,
        sku: skuValue,
        eligibleRegion: null,
        inventoryLevel,
        packaging: shape.packaging,
        moq: shape.moq,
        orderMultiple: shape.orderMultiple,
        factoryPackQuantity: plan.packaging === 'bulk' ? null : plan.packQuantity,
        factoryLeadDays: leadDays,
        onOrderQuantity: onOrder,
        prices: priceList(shape.quantities, unitUsd, exponent, def.currencies),
        clickUrl: `https://octopart.example.com/click/track?sid=${def.id}&sku=${encodeURIComponent(skuValue)}`,
        updated,
        isCustomPricing: false,
      };
    });
    result.push({
      company,
      country: def.country,
      isAuthorized,
      isBroker: def.kind === 'broker',
      isRfq: false,
      offers,
    });
  }
  return result;
}
