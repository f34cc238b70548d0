/**
 * The emulator's supply catalog. Field names follow the Nexar GraphQL types
 * (SupPart, SupCompany, SupCategory, SupPartSeller, SupOffer, SupPricePoint,
 * SupSpec, SupAttribute, SupDocument, SupImage) so resolvers map them 1:1.
 * Everything is plain, JSON-serialisable data: nested objects are shared
 * references (a part's `manufacturer` is the same object as the entry in
 * `Catalog.manufacturers`). Values the API computes per request (converted
 * prices, totals, category children) are left to the index and resolvers.
 */

/** SupPartLifeCycle. */
export type PartLifeCycle =
  | 'UNKNOWN'
  | 'NEW'
  | 'ACTIVE'
  | 'NRFND'
  | 'EOL'
  | 'DISCONTINUED'
  | 'ACTIVE_UNCONFIRMED'
  | 'DISCONTINUED_UNCONFIRMED'
  | 'CONTACT_MFR'
  | 'TRANSFERRED';

export const PART_LIFE_CYCLES: readonly PartLifeCycle[] = [
  'UNKNOWN',
  'NEW',
  'ACTIVE',
  'NRFND',
  'EOL',
  'DISCONTINUED',
  'ACTIVE_UNCONFIRMED',
  'DISCONTINUED_UNCONFIRMED',
  'CONTACT_MFR',
  'TRANSFERRED',
];

/** SupCompany: a manufacturer or a seller. */
export interface Company {
  id: string;
  name: string;
  /** Other names users write for it ("TI", "ON Semiconductor"); matched case-insensitively. */
  aliases: string[];
  homepageUrl: string | null;
  slug: string;
  /** Two-letter country code of the flag shown next to a seller; null for manufacturers. */
  displayFlag: string | null;
  isVerified: boolean;
  isDistributorApi: boolean;
}

/** SupCategory without the computed fields (ancestors, children, numParts). */
export interface Category {
  id: string;
  /** `'0'` for the root category. */
  parentId: string;
  name: string;
  /** Slash-separated slugs from the root, e.g. `/electronic-parts/passive-components/resistors`. */
  path: string;
}

/** SupAttribute. Strings are `''` when not applicable, as on Nexar. */
export interface Attribute {
  id: string;
  name: string;
  shortname: string;
  group: string;
  /** `'number'` or `'text'`. */
  valueType: string;
  unitsName: string;
  unitsSymbol: string;
  shortDisplayname: string;
}

/** SupSpec. `value`/`siValue` are plain numbers in SI units for numeric attributes. */
export interface Spec {
  attribute: Attribute;
  value: string;
  siValue: string;
  displayValue: string;
  valueType: string;
  units: string;
  unitsName: string;
  unitsSymbol: string;
}

/** SupDocument. */
export interface PartDocument {
  name: string;
  url: string;
  mimeType: string;
  pageCount: number | null;
  /** ISO 8601 or null. */
  createdAt: string | null;
  creditString: string;
  creditUrl: string;
}

/** SupDocumentCollection. */
export interface DocumentCollection {
  name: string;
  documents: PartDocument[];
}

/** SupImage (without the deprecated size variants). */
export interface PartImage {
  url: string;
  creditString: string;
  creditUrl: string;
}

/** SupDescription. */
export interface PartDescription {
  text: string;
  creditString: string;
  creditUrl: string;
}

/** SupPricePoint as the seller quotes it (conversion is done per request). */
export interface PricePoint {
  quantity: number;
  price: number;
  /** ISO 4217 code, e.g. `USD`, `EUR`. */
  currency: string;
}

/** SupOffer. */
export interface Offer {
  id: string;
  sku: string;
  eligibleRegion: string | null;
  inventoryLevel: number;
  /** `Cut Tape`, `Tape & Reel`, `Tube`, `Tray`, `Bulk`, ... */
  packaging: string | null;
  moq: number | null;
  orderMultiple: number | null;
  factoryPackQuantity: number | null;
  factoryLeadDays: number | null;
  onOrderQuantity: number | null;
  /** Sorted by currency, then ascending quantity; unit prices fall as quantity rises. */
  prices: PricePoint[];
  clickUrl: string;
  /** ISO 8601 timestamp of the last stock/price update. */
  updated: string;
  isCustomPricing: boolean;
}

/** SupPartSeller. */
export interface PartSeller {
  company: Company;
  /** Two-letter country code of the seller's stock location. */
  country: string | null;
  isAuthorized: boolean;
  isBroker: boolean;
  isRfq: boolean;
  offers: Offer[];
}

/** SupPart (plus `lifecycle`, which Nexar exposes as `extras.lifeCycle`). */
export interface Part {
  id: string;
  /** Manufacturer name and MPN, e.g. `Texas Instruments LM358DR`. */
  name: string;
  mpn: string;
  genericMpn: string;
  akaMpns: string[];
  manufacturer: Company;
  manufacturerUrl: string | null;
  category: Category | null;
  shortDescription: string;
  descriptions: PartDescription[];
  specs: Spec[];
  bestDatasheet: PartDocument | null;
  documentCollections: DocumentCollection[];
  bestImage: PartImage | null;
  images: PartImage[];
  sellers: PartSeller[];
  slug: string;
  octopartUrl: string;
  estimatedFactoryLeadDays: number | null;
  lifecycle: PartLifeCycle;
  isRohsCompliant: boolean | null;
}

/** A whole catalog: the lists the `sup*` list queries return, and every part. */
export interface Catalog {
  manufacturers: Company[];
  sellers: Company[];
  categories: Category[];
  attributes: Attribute[];
  parts: Part[];
}
