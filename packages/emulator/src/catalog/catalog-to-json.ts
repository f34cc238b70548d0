/** Serialises a catalog to its JSON file format (see catalog-json-format.ts). */
import type { CatalogJson, CompanyJson, DocumentJson } from './catalog-json-format.js';
import type { Catalog, Company, PartDocument } from './catalog-types.js';

function company(c: Company): CompanyJson {
  return {
    id: c.id,
    name: c.name,
    aliases: [...c.aliases],
    homepageUrl: c.homepageUrl,
    slug: c.slug,
    displayFlag: c.displayFlag,
    isVerified: c.isVerified,
    isDistributorApi: c.isDistributorApi,
  };
}

function document(d: PartDocument): DocumentJson {
  return {
    name: d.name,
    url: d.url,
    mimeType: d.mimeType,
    pageCount: d.pageCount,
    createdAt: d.createdAt,
    creditString: d.creditString,
    creditUrl: d.creditUrl,
  };
}

/** A plain JSON value; `JSON.stringify` of it is identical for identical catalogs. */
export function catalogToJson(catalog: Catalog): CatalogJson {
  return {
    version: 1,
    manufacturers: catalog.manufacturers.map(company),
    sellers: catalog.sellers.map(company),
    categories: catalog.categories.map((c) => ({
      id: c.id,
      parentId: c.parentId,
      name: c.name,
      path: c.path,
    })),
    attributes: catalog.attributes.map((a) => ({ ...a })),
    parts: catalog.parts.map((p) => ({
      id: p.id,
      mpn: p.mpn,
      manufacturer: p.manufacturer.id,
      category: p.category?.id ?? null,
      name: p.name,
      genericMpn: p.genericMpn,
      akaMpns: [...p.akaMpns],
      manufacturerUrl: p.manufacturerUrl,
      shortDescription: p.shortDescription,
      descriptions: p.descriptions.map((d) => ({ ...d })),
      specs: p.specs.map((s) => ({
        attribute: s.attribute.shortname,
        value: s.value,
        displayValue: s.displayValue,
        siValue: s.siValue,
      })),
      bestDatasheet: p.bestDatasheet ? document(p.bestDatasheet) : null,
      documentCollections: p.documentCollections.map((c) => ({
        name: c.name,
        documents: c.documents.map(document),
      })),
      bestImage: p.bestImage ? { ...p.bestImage } : null,
      images: p.images.map((i) => ({ ...i })),
      sellers: p.sellers.map((s) => ({
        company: s.company.id,
        country: s.country,
        isAuthorized: s.isAuthorized,
        isBroker: s.isBroker,
        isRfq: s.isRfq,
        offers: s.offers.map((o) => ({ ...o, prices: o.prices.map((price) => ({ ...price })) })),
      })),
      slug: p.slug,
      octopartUrl: p.octopartUrl,
      estimatedFactoryLeadDays: p.estimatedFactoryLeadDays,
      lifecycle: p.lifecycle,
      isRohsCompliant: p.isRohsCompliant,
    })),
  };
}
