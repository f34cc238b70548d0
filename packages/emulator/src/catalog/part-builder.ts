/** Turns a compact part description (a blueprint) into a full catalog Part. */
import { type BuildContext, stableNumber } from './build-context.js';
import type { Part, PartDocument, PartLifeCycle, Spec } from './catalog-types.js';
import { commonSpecs } from './common-specs.js';
import { normalizeMpn } from './normalize.js';
import { type Availability, buildSellers, type PackagingKind } from './offers.js';
import type { Rng } from './prng.js';
import { slugify } from './slug.js';
import { clean, formatSi } from './spec-values.js';

/** `[attribute shortname, value, display value?]`; numbers are in SI units. */
export type SpecInput = readonly [shortname: string, value: number | string, display?: string];

export interface PartBlueprint {
  mpn: string;
  manufacturerId: string;
  categoryId: string;
  shortDescription: string;
  description?: string;
  specs: readonly SpecInput[];
  /** Reference unit price in USD at quantity 1. */
  priceUsd: number;
  packaging: PackagingKind;
  /** Reel/tube/tray size; defaults by packaging. */
  packQuantity?: number;
  /** Typical distributor stock; defaults by price. */
  stockScale?: number;
  genericMpn?: string;
  akaMpns?: readonly string[];
  lifecycle?: PartLifeCycle;
  availability?: Availability;
  hasDatasheet?: boolean;
  /** Parts of one series share a datasheet. */
  datasheetKey?: string;
  /** Image key, e.g. the package name. */
  imageKey?: string;
  sellerIds?: readonly string[];
  skus?: Readonly<Record<string, string>>;
}

const DEFAULT_PACK: Record<PackagingKind, number> = { reel: 4000, tube: 50, tray: 160, bulk: 100 };

function partId(ctx: BuildContext, manufacturerId: string, mpn: string): string {
  const key = `part|${manufacturerId}|${normalizeMpn(mpn)}`;
  return ctx.claim('part', (attempt) => String(stableNumber(`${key}|${attempt}`, 10_000_000, 99_999_999)));
}

function buildSpecs(ctx: BuildContext, inputs: readonly SpecInput[], mpn: string): Spec[] {
  return inputs.map(([shortname, value, display]) => {
    const key = `${shortname}|${value}|${display ?? ''}`;
    const built = ctx.specs.get(key);
    if (built) return built;
    const spec = buildSpec(ctx, shortname, value, display, mpn);
    ctx.specs.set(key, spec);
    return spec;
  });
}

function buildSpec(
  ctx: BuildContext,
  shortname: string,
  value: number | string,
  display: string | undefined,
  mpn: string,
): Spec {
  const attribute = ctx.attributes.get(shortname);
  if (attribute === undefined) throw new Error(`Unknown attribute "${shortname}" in ${mpn}`);
  const text = typeof value === 'number' ? String(clean(value)) : value;
  const shown =
    display ??
    (typeof value === 'number' && attribute.unitsSymbol ? formatSi(value, attribute.unitsSymbol) : text);
  return {
    attribute,
    value: text,
    siValue: text,
    displayValue: shown,
    valueType: attribute.valueType,
    units: attribute.unitsSymbol,
    unitsName: attribute.unitsName,
    unitsSymbol: attribute.unitsSymbol,
  };
}

export function buildPart(bp: PartBlueprint, rng: Rng, ctx: BuildContext): Part {
  const manufacturer = ctx.manufacturers.get(bp.manufacturerId);
  if (manufacturer === undefined)
    throw new Error(`Unknown manufacturer "${bp.manufacturerId}" for ${bp.mpn}`);
  const category = ctx.categories.get(bp.categoryId);
  if (category === undefined) throw new Error(`Unknown category "${bp.categoryId}" for ${bp.mpn}`);
  const company = manufacturer.company;
  const id = partId(ctx, bp.manufacturerId, bp.mpn);
  const availability = bp.availability ?? 'normal';
  const packQuantity = bp.packQuantity ?? DEFAULT_PACK[bp.packaging];
  const stockScale = bp.stockScale ?? (bp.priceUsd < 0.1 ? 200_000 : bp.priceUsd < 1 ? 20_000 : 3_000);
  const sellers = buildSellers(
    rng,
    {
      partId: id,
      mpn: bp.mpn,
      manufacturer: manufacturer.def,
      priceUsd: bp.priceUsd,
      packaging: bp.packaging,
      packQuantity,
      stockScale,
      availability,
      ...(bp.sellerIds ? { sellerIds: bp.sellerIds } : {}),
      ...(bp.skus ? { skus: bp.skus } : {}),
    },
    ctx,
  );
  const lifecycle = bp.lifecycle ?? (availability === 'obsolete' ? 'EOL' : 'ACTIVE');
  const datasheetKey = bp.datasheetKey ?? bp.mpn;
  const datasheet: PartDocument | null =
    bp.hasDatasheet === false
      ? null
      : {
          name: `${datasheetKey} Datasheet`,
          url: `https://datasheets.example.com/${company.slug}/${slugify(datasheetKey)}.pdf`,
          mimeType: 'application/pdf',
          pageCount: stableNumber(`pages|${datasheetKey}`, 4, 64),
          createdAt: new Date(
            Date.UTC(2015, 0, 1) + stableNumber(`ds|${datasheetKey}`, 0, 3650) * 86_400_000,
          ).toISOString(),
          creditString: company.name,
          creditUrl: company.homepageUrl ?? '',
        };
  const image = {
    url: `https://images.example.com/parts/${slugify(bp.imageKey ?? category.name)}.jpg`,
    creditString: company.name,
    creditUrl: company.homepageUrl ?? '',
  };
  const firstSeller = sellers[0]?.company;
  const leadDays = sellers
    .filter((seller) => seller.isAuthorized)
    .flatMap((seller) => seller.offers.map((offer) => offer.factoryLeadDays))
    .filter((days): days is number => days !== null);
  const slug = `${slugify(bp.mpn)}-${company.slug}-${id}`;
  return {
    id,
    name: `${company.name} ${bp.mpn}`,
    mpn: bp.mpn,
    genericMpn: bp.genericMpn ?? bp.mpn,
    akaMpns: [...(bp.akaMpns ?? [])],
    manufacturer: company,
    manufacturerUrl: null,
    category,
    shortDescription: bp.shortDescription,
    descriptions: [
      {
        text: bp.shortDescription,
        creditString: firstSeller?.name ?? company.name,
        creditUrl: firstSeller?.homepageUrl ?? company.homepageUrl ?? '',
      },
      ...(bp.description
        ? [{ text: bp.description, creditString: company.name, creditUrl: company.homepageUrl ?? '' }]
        : []),
    ],
    specs: buildSpecs(
      ctx,
      [
        ...bp.specs,
        ...commonSpecs({ categoryId: bp.categoryId, packaging: bp.packaging, lifecycle, specs: bp.specs }),
      ],
      bp.mpn,
    ),
    bestDatasheet: datasheet,
    documentCollections: datasheet ? [{ name: 'Datasheets', documents: [datasheet] }] : [],
    bestImage: image,
    images: [image],
    sellers,
    slug,
    octopartUrl: `https://octopart.example.com/${slug}`,
    estimatedFactoryLeadDays: leadDays.length > 0 ? Math.min(...leadDays) : null,
    lifecycle,
    isRohsCompliant: lifecycle === 'ACTIVE' || lifecycle === 'NEW' ? true : null,
  };
}
