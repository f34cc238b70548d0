/**
 * The catalog's JSON file format (version 1). Lists hold each company,
 * category and attribute once; parts refer to them by id:
 *
 * ```json
 * {
 *   "version": 1,
 *   "manufacturers": [{ "id": "370", "name": "Texas Instruments", "aliases": ["TI"] }],
 *   "sellers": [{ "id": "459", "name": "Digi-Key", "displayFlag": "US" }],
 *   "categories": [{ "id": "4161", "parentId": "0", "name": "Electronic Parts" }],
 *   "attributes": [{ "id": "548", "name": "Case/Package", "shortname": "case_package" }],
 *   "parts": [{
 *     "id": "1001", "mpn": "LM358DR", "manufacturer": "370", "category": "4161",
 *     "shortDescription": "Dual op amp",
 *     "specs": [{ "attribute": "case_package", "value": "SOIC-8" }],
 *     "sellers": [{ "company": "459", "isAuthorized": true, "offers": [{
 *       "sku": "296-1014-1-ND", "inventoryLevel": 1200, "moq": 1, "orderMultiple": 1,
 *       "packaging": "Cut Tape",
 *       "prices": [{ "quantity": 1, "price": 0.42, "currency": "USD" }]
 *     }] }]
 *   }]
 * }
 * ```
 *
 * Required: ids, names, `part.mpn`, `part.manufacturer`, `seller.company`,
 * `seller.isAuthorized`, `offer.sku`, `offer.inventoryLevel`, `offer.prices`
 * and each price's `quantity` and `price`. Everything else has a default
 * (nulls, empty lists, `currency: "USD"`, `lifecycle: "ACTIVE"`, derived
 * name/slug/URLs). A spec's `attribute` is an attribute id or shortname; its
 * units come from the attribute. Unknown fields are errors, so typos are caught.
 * `catalogToJson` writes every field, and reading that back gives an equal catalog.
 */
import type { PartLifeCycle } from './catalog-types.js';

export interface CompanyJson {
  id: string;
  name: string;
  aliases?: string[];
  homepageUrl?: string | null;
  slug?: string;
  displayFlag?: string | null;
  isVerified?: boolean;
  isDistributorApi?: boolean;
}

export interface CategoryJson {
  id: string;
  parentId: string;
  name: string;
  path?: string;
}

export interface AttributeJson {
  id: string;
  name: string;
  shortname: string;
  group?: string;
  valueType?: string;
  unitsName?: string;
  unitsSymbol?: string;
  shortDisplayname?: string;
}

export interface SpecJson {
  attribute: string;
  value: string | number;
  displayValue?: string;
  siValue?: string;
}

export interface DocumentJson {
  name?: string;
  url: string;
  mimeType?: string;
  pageCount?: number | null;
  createdAt?: string | null;
  creditString?: string;
  creditUrl?: string;
}

export interface ImageJson {
  url: string;
  creditString?: string;
  creditUrl?: string;
}

export interface PricePointJson {
  quantity: number;
  price: number;
  currency?: string;
}

export interface OfferJson {
  id?: string;
  sku: string;
  eligibleRegion?: string | null;
  inventoryLevel: number;
  packaging?: string | null;
  moq?: number | null;
  orderMultiple?: number | null;
  factoryPackQuantity?: number | null;
  factoryLeadDays?: number | null;
  onOrderQuantity?: number | null;
  prices: PricePointJson[];
  clickUrl?: string;
  updated?: string;
  isCustomPricing?: boolean;
}

export interface PartSellerJson {
  company: string;
  country?: string | null;
  isAuthorized: boolean;
  isBroker?: boolean;
  isRfq?: boolean;
  offers: OfferJson[];
}

export interface PartJson {
  id: string;
  mpn: string;
  manufacturer: string;
  category?: string | null;
  name?: string;
  genericMpn?: string;
  akaMpns?: string[];
  manufacturerUrl?: string | null;
  shortDescription?: string;
  descriptions?: { text: string; creditString?: string; creditUrl?: string }[];
  specs?: SpecJson[];
  bestDatasheet?: DocumentJson | null;
  documentCollections?: { name: string; documents: DocumentJson[] }[];
  bestImage?: ImageJson | null;
  images?: ImageJson[];
  sellers?: PartSellerJson[];
  slug?: string;
  octopartUrl?: string;
  estimatedFactoryLeadDays?: number | null;
  lifecycle?: PartLifeCycle;
  isRohsCompliant?: boolean | null;
}

export interface CatalogJson {
  version?: 1;
  manufacturers: CompanyJson[];
  sellers: CompanyJson[];
  categories?: CategoryJson[];
  attributes?: AttributeJson[];
  parts: PartJson[];
}
