/** Reads and validates a catalog in its JSON file format (see catalog-json-format.ts). */
import { CATALOG_BASE_TIME } from './build-context.js';
import {
  type Attribute,
  type Catalog,
  type Category,
  type Company,
  type Offer,
  PART_LIFE_CYCLES,
  type Part,
  type PartDocument,
  type PartImage,
  type PartSeller,
  type PricePoint,
  type Spec,
} from './catalog-types.js';
import { categoryPaths } from './categories.js';
import { isSupportedCurrency } from './currency.js';
import { childPath as at, type JsonObject, JsonReader, UniqueIds } from './json-reader.js';
import { slugify } from './slug.js';
import { clean, formatSi } from './spec-values.js';

const COMPANY_FIELDS = [
  'id',
  'name',
  'aliases',
  'homepageUrl',
  'slug',
  'displayFlag',
  'isVerified',
  'isDistributorApi',
];
const PART_FIELDS = [
  'id',
  'mpn',
  'manufacturer',
  'category',
  'name',
  'genericMpn',
  'akaMpns',
  'manufacturerUrl',
  'shortDescription',
  'descriptions',
  'specs',
  'bestDatasheet',
  'documentCollections',
  'bestImage',
  'images',
  'sellers',
  'slug',
  'octopartUrl',
  'estimatedFactoryLeadDays',
  'lifecycle',
  'isRohsCompliant',
];
const OFFER_FIELDS = [
  'id',
  'sku',
  'eligibleRegion',
  'inventoryLevel',
  'packaging',
  'moq',
  'orderMultiple',
  'factoryPackQuantity',
  'factoryLeadDays',
  'onOrderQuantity',
  'prices',
  'clickUrl',
  'updated',
  'isCustomPricing',
];

class CatalogParser {
  readonly r: JsonReader;
  readonly manufacturers = new Map<string, Company>();
  readonly sellers = new Map<string, Company>();
  readonly categories = new Map<string, Category>();
  readonly attributes = new Map<string, Attribute>();

  constructor(source?: string) {
    this.r = new JsonReader(source);
  }

  company(value: unknown, path: string): Company {
    const o = this.r.object(value, path, COMPANY_FIELDS);
    const name = this.r.string(o, 'name', path, { nonEmpty: true });
    return {
      id: this.r.string(o, 'id', path, { nonEmpty: true }),
      name,
      aliases: this.r.stringArray(o, 'aliases', path),
      homepageUrl: this.r.nullableString(o, 'homepageUrl', path),
      slug: this.r.optString(o, 'slug', path, slugify(name)),
      displayFlag: this.r.nullableString(o, 'displayFlag', path),
      isVerified: this.r.optBool(o, 'isVerified', path, true),
      isDistributorApi: this.r.optBool(o, 'isDistributorApi', path, false),
    };
  }

  companies(root: JsonObject, key: 'manufacturers' | 'sellers', into: Map<string, Company>): Company[] {
    const ids = new UniqueIds(this.r, key === 'sellers' ? 'seller id' : 'manufacturer id');
    return this.r.array(root[key], key).map((value, i) => {
      const company = this.company(value, at(key, i));
      ids.add(company.id, at(at(key, i), 'id'));
      into.set(company.id, company);
      return company;
    });
  }

  categoryList(root: JsonObject): Category[] {
    const ids = new UniqueIds(this.r, 'category id');
    const entries = this.r.optArray(root, 'categories', '').map((value, i) => {
      const path = at('categories', i);
      const o = this.r.object(value, path, ['id', 'parentId', 'name', 'path']);
      const id = this.r.string(o, 'id', path, { nonEmpty: true });
      ids.add(id, at(path, 'id'));
      return {
        id,
        parentId: this.r.string(o, 'parentId', path),
        name: this.r.string(o, 'name', path, { nonEmpty: true }),
        path: o.path === undefined ? undefined : this.r.string(o, 'path', path),
      };
    });
    const known = new Set(entries.map((e) => e.id));
    entries.forEach((e, i) => {
      if (e.parentId !== '0' && e.parentId !== '' && !known.has(e.parentId)) {
        this.r.fail(at(at('categories', i), 'parentId'), `unknown parent category id "${e.parentId}"`);
      }
    });
    const paths = categoryPaths(entries);
    return entries.map((e) => {
      const category = {
        id: e.id,
        parentId: e.parentId,
        name: e.name,
        path: e.path ?? paths.get(e.id) ?? '',
      };
      this.categories.set(category.id, category);
      return category;
    });
  }

  attributeList(root: JsonObject): Attribute[] {
    const ids = new UniqueIds(this.r, 'attribute id');
    const shortnames = new UniqueIds(this.r, 'attribute shortname');
    return this.r.optArray(root, 'attributes', '').map((value, i) => {
      const path = at('attributes', i);
      const o = this.r.object(value, path, [
        'id',
        'name',
        'shortname',
        'group',
        'valueType',
        'unitsName',
        'unitsSymbol',
        'shortDisplayname',
      ]);
      const name = this.r.string(o, 'name', path, { nonEmpty: true });
      const attribute: Attribute = {
        id: this.r.string(o, 'id', path, { nonEmpty: true }),
        name,
        shortname: this.r.string(o, 'shortname', path, { nonEmpty: true }),
        group: this.r.optString(o, 'group', path, ''),
        valueType: this.r.oneOf(o, 'valueType', path, ['text', 'number'], 'text'),
        unitsName: this.r.optString(o, 'unitsName', path, ''),
        unitsSymbol: this.r.optString(o, 'unitsSymbol', path, ''),
        shortDisplayname: this.r.optString(o, 'shortDisplayname', path, name),
      };
      ids.add(attribute.id, at(path, 'id'));
      shortnames.add(attribute.shortname, at(path, 'shortname'));
      this.attributes.set(attribute.id, attribute);
      this.attributes.set(attribute.shortname, attribute);
      return attribute;
    });
  }

  spec(value: unknown, path: string): Spec {
    const o = this.r.object(value, path, ['attribute', 'value', 'displayValue', 'siValue']);
    const ref = this.r.string(o, 'attribute', path);
    const attribute = this.attributes.get(ref);
    if (attribute === undefined)
      this.r.fail(at(path, 'attribute'), `unknown attribute "${ref}" (give its id or shortname)`);
    const raw = o.value;
    if (typeof raw !== 'string' && (typeof raw !== 'number' || !Number.isFinite(raw))) {
      this.r.fail(at(path, 'value'), 'expected a string or a number');
    }
    const text = typeof raw === 'number' ? String(clean(raw)) : raw;
    const numeric = Number(text);
    const display =
      attribute.valueType === 'number' &&
      attribute.unitsSymbol &&
      text.trim() !== '' &&
      Number.isFinite(numeric)
        ? formatSi(numeric, attribute.unitsSymbol)
        : text;
    return {
      attribute,
      value: text,
      siValue: this.r.optString(o, 'siValue', path, text),
      displayValue: this.r.optString(o, 'displayValue', path, display),
      valueType: attribute.valueType,
      units: attribute.unitsSymbol,
      unitsName: attribute.unitsName,
      unitsSymbol: attribute.unitsSymbol,
    };
  }

  document(value: unknown, path: string): PartDocument {
    const o = this.r.object(value, path, [
      'name',
      'url',
      'mimeType',
      'pageCount',
      'createdAt',
      'creditString',
      'creditUrl',
    ]);
    return {
      name: this.r.optString(o, 'name', path, 'Datasheet'),
      url: this.r.string(o, 'url', path, { nonEmpty: true }),
      mimeType: this.r.optString(o, 'mimeType', path, 'application/pdf'),
      pageCount: this.r.nullableInt(o, 'pageCount', path, 1),
      createdAt:
        o.createdAt === undefined || o.createdAt === null ? null : this.r.dateTime(o, 'createdAt', path),
      creditString: this.r.optString(o, 'creditString', path, ''),
      creditUrl: this.r.optString(o, 'creditUrl', path, ''),
    };
  }

  image(value: unknown, path: string): PartImage {
    const o = this.r.object(value, path, ['url', 'creditString', 'creditUrl']);
    return {
      url: this.r.string(o, 'url', path, { nonEmpty: true }),
      creditString: this.r.optString(o, 'creditString', path, ''),
      creditUrl: this.r.optString(o, 'creditUrl', path, ''),
    };
  }

  prices(o: JsonObject, path: string): PricePoint[] {
    const listPath = at(path, 'prices');
    const last = new Map<string, number>();
    return this.r.array(o.prices, listPath).map((value, i) => {
      const p = at(listPath, i);
      const po = this.r.object(value, p, ['quantity', 'price', 'currency']);
      const quantity = this.r.number(po, 'quantity', p, { min: 1, integer: true });
      const price = this.r.number(po, 'price', p, { min: 0 });
      const currency = this.r.optString(po, 'currency', p, 'USD');
      if (!isSupportedCurrency(currency) || currency !== currency.toUpperCase()) {
        this.r.fail(at(p, 'currency'), `unsupported currency "${currency}"`);
      }
      const previous = last.get(currency);
      if (previous !== undefined && quantity <= previous) {
        this.r.fail(
          at(p, 'quantity'),
          `price breaks of one currency must have increasing quantities (${quantity} after ${previous})`,
        );
      }
      last.set(currency, quantity);
      return { quantity, price, currency };
    });
  }

  offer(value: unknown, path: string, defaultId: string, sellerId: string): Offer {
    const o = this.r.object(value, path, OFFER_FIELDS);
    const sku = this.r.string(o, 'sku', path, { nonEmpty: true });
    return {
      id: this.r.optString(o, 'id', path, defaultId),
      sku,
      eligibleRegion: this.r.nullableString(o, 'eligibleRegion', path),
      inventoryLevel: this.r.number(o, 'inventoryLevel', path, { min: 0, integer: true }),
      packaging: this.r.nullableString(o, 'packaging', path),
      moq: this.r.nullableInt(o, 'moq', path, 1),
      orderMultiple: this.r.nullableInt(o, 'orderMultiple', path, 1),
      factoryPackQuantity: this.r.nullableInt(o, 'factoryPackQuantity', path, 1),
      factoryLeadDays: this.r.nullableInt(o, 'factoryLeadDays', path),
      onOrderQuantity: this.r.nullableInt(o, 'onOrderQuantity', path),
      prices: this.prices(o, path),
      clickUrl: this.r.optString(
        o,
        'clickUrl',
        path,
        `https://octopart.example.com/click/track?sid=${sellerId}&sku=${encodeURIComponent(sku)}`,
      ),
      updated: this.r.optDateTime(o, 'updated', path, new Date(CATALOG_BASE_TIME).toISOString()),
      isCustomPricing: this.r.optBool(o, 'isCustomPricing', path, false),
    };
  }

  seller(value: unknown, path: string, partId: string, index: number): PartSeller {
    const o = this.r.object(value, path, [
      'company',
      'country',
      'isAuthorized',
      'isBroker',
      'isRfq',
      'offers',
    ]);
    const ref = this.r.string(o, 'company', path);
    const company = this.sellers.get(ref);
    if (company === undefined) this.r.fail(at(path, 'company'), `unknown seller id "${ref}"`);
    const offersPath = at(path, 'offers');
    return {
      company,
      country: o.country === undefined ? company.displayFlag : this.r.nullableString(o, 'country', path),
      isAuthorized: this.r.bool(o, 'isAuthorized', path),
      isBroker: this.r.optBool(o, 'isBroker', path, false),
      isRfq: this.r.optBool(o, 'isRfq', path, false),
      offers: this.r
        .array(o.offers, offersPath)
        .map((offer, i) => this.offer(offer, at(offersPath, i), `${partId}-${index}-${i}`, company.id)),
    };
  }

  part(value: unknown, path: string): Part {
    const r = this.r;
    const o = r.object(value, path, PART_FIELDS);
    const id = r.string(o, 'id', path, { nonEmpty: true });
    const mpn = r.string(o, 'mpn', path, { nonEmpty: true });
    const mfrRef = r.string(o, 'manufacturer', path);
    const manufacturer =
      this.manufacturers.get(mfrRef) ??
      r.fail(at(path, 'manufacturer'), `unknown manufacturer id "${mfrRef}"`);
    let category: Category | null = null;
    if (o.category !== undefined && o.category !== null) {
      const ref = r.string(o, 'category', path);
      category = this.categories.get(ref) ?? r.fail(at(path, 'category'), `unknown category id "${ref}"`);
    }
    const shortDescription = r.optString(o, 'shortDescription', path, '');
    const descriptions =
      o.descriptions === undefined
        ? shortDescription
          ? [
              {
                text: shortDescription,
                creditString: manufacturer.name,
                creditUrl: manufacturer.homepageUrl ?? '',
              },
            ]
          : []
        : r.optArray(o, 'descriptions', path).map((d, i) => {
            const p = at(at(path, 'descriptions'), i);
            const dob = r.object(d, p, ['text', 'creditString', 'creditUrl']);
            return {
              text: r.string(dob, 'text', p),
              creditString: r.optString(dob, 'creditString', p, ''),
              creditUrl: r.optString(dob, 'creditUrl', p, ''),
            };
          });
    const bestDatasheetGiven =
      o.bestDatasheet === undefined || o.bestDatasheet === null
        ? null
        : this.document(o.bestDatasheet, at(path, 'bestDatasheet'));
    const collections =
      o.documentCollections === undefined
        ? bestDatasheetGiven
          ? [{ name: 'Datasheets', documents: [bestDatasheetGiven] }]
          : []
        : r.optArray(o, 'documentCollections', path).map((c, i) => {
            const p = at(at(path, 'documentCollections'), i);
            const co = r.object(c, p, ['name', 'documents']);
            const docsPath = at(p, 'documents');
            return {
              name: r.string(co, 'name', p),
              documents: r.array(co.documents, docsPath).map((d, j) => this.document(d, at(docsPath, j))),
            };
          });
    const bestDatasheet =
      o.bestDatasheet === undefined
        ? (collections.find((c) => c.name === 'Datasheets')?.documents[0] ?? null)
        : bestDatasheetGiven;
    const images = r.optArray(o, 'images', path).map((img, i) => this.image(img, at(at(path, 'images'), i)));
    const bestImage =
      o.bestImage === undefined
        ? (images[0] ?? null)
        : o.bestImage === null
          ? null
          : this.image(o.bestImage, at(path, 'bestImage'));
    const slug = r.optString(o, 'slug', path, `${slugify(mpn)}-${manufacturer.slug}-${id}`);
    return {
      id,
      name: r.optString(o, 'name', path, `${manufacturer.name} ${mpn}`),
      mpn,
      genericMpn: r.optString(o, 'genericMpn', path, mpn),
      akaMpns: r.stringArray(o, 'akaMpns', path),
      manufacturer,
      manufacturerUrl: r.nullableString(o, 'manufacturerUrl', path),
      category,
      shortDescription,
      descriptions,
      specs: r.optArray(o, 'specs', path).map((s, i) => this.spec(s, at(at(path, 'specs'), i))),
      bestDatasheet,
      documentCollections: collections,
      bestImage,
      images: o.images === undefined && bestImage ? [bestImage] : images,
      sellers: r
        .optArray(o, 'sellers', path)
        .map((s, i) => this.seller(s, at(at(path, 'sellers'), i), id, i)),
      slug,
      octopartUrl: r.optString(o, 'octopartUrl', path, `https://octopart.example.com/${slug}`),
      estimatedFactoryLeadDays: r.nullableInt(o, 'estimatedFactoryLeadDays', path),
      lifecycle: r.oneOf(o, 'lifecycle', path, PART_LIFE_CYCLES, 'ACTIVE'),
      isRohsCompliant: r.nullableBool(o, 'isRohsCompliant', path),
    };
  }

  catalog(value: unknown): Catalog {
    const root = this.r.object(value, '', [
      'version',
      'manufacturers',
      'sellers',
      'categories',
      'attributes',
      'parts',
    ]);
    if (root.version !== undefined && root.version !== 1)
      this.r.fail('version', `unsupported version ${String(root.version)} (expected 1)`);
    const manufacturers = this.companies(root, 'manufacturers', this.manufacturers);
    const sellers = this.companies(root, 'sellers', this.sellers);
    const categories = this.categoryList(root);
    const attributes = this.attributeList(root);
    const ids = new UniqueIds(this.r, 'part id');
    const parts = this.r.array(root.parts, 'parts').map((value, i) => {
      const part = this.part(value, at('parts', i));
      ids.add(part.id, at(at('parts', i), 'id'));
      return part;
    });
    return { manufacturers, sellers, categories, attributes, parts };
  }
}

/**
 * Validates a parsed JSON catalog and returns it as a Catalog. Throws a
 * `DataFormatError` naming the path of the first problem (and `source`, e.g.
 * the file name, when given).
 */
export function catalogFromJson(value: unknown, source?: string): Catalog {
  return new CatalogParser(source).catalog(value);
}
