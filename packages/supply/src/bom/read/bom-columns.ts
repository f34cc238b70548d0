/**
 * Which column holds what, from the header names BOM exports use: KiCad (`Reference`, `Refs`,
 * `Value`, `Qty`, `Qnty`, fields such as `MPN`, `Manufacturer_Part_Number`, `LCSC`), KiBoM
 * (`References`, `Quantity Per PCB`), Altium (`Designator`, `Comment`, `Manufacturer Part Number 1`,
 * `Supplier Part Number 1`), Eagle (`Parts`, `MF`, `MPN`), JLCPCB and EasyEDA (`LCSC Part #`,
 * `Manufacturer Part`, `Supplier Part`), distributors (`Digi-Key Part Number`, `Mouser #`,
 * `Mfr. #`) and the Octopart BOM tool (`Manf Part #`, `Manf`, `Schematic Reference`).
 */
import { type FitColumn, fitColumnOf } from './row-policy.js';

/**
 * What a column can hold. `value` (a `Value` or `Comment` column) gives part numbers only when the
 * file has no part-number column, and only for cells that are not component values such as `100nF`.
 */
export type BomField =
  | 'mpn'
  | 'manufacturer'
  | 'sku'
  | 'seller'
  | 'quantity'
  | 'designators'
  | 'reference'
  | 'value';

/** A field's columns, best first; `seller` is the seller a SKU column names (`LCSC Part #`). */
export interface FieldColumn {
  index: number;
  header: string;
  seller?: string;
  /** A numbered column after the first (`Manufacturer Part Number 2`): alternates for part numbers. */
  extra?: boolean;
}

export type BomColumns = Partial<Record<BomField, FieldColumn[]>>;

export interface HeaderMap {
  columns: BomColumns;
  /** Columns saying whether a part is fitted (`Fitted`, `DNP`). */
  fit: Map<number, FitColumn>;
  /** Free-text columns, where words like "DNP" do not mark a row. */
  description: Set<number>;
}

/** Case, spaces and punctuation do not matter, and `#` reads as "number": `Mfr. #` = `mfrnumber`. */
export function headerKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/#/g, 'number')
    .replace(/\(optional\)|（optional）/g, '')
    .replace(/[^a-z0-9µäöüß]/g, '');
}

const SELLERS: readonly [RegExp, string][] = [
  [/^(lcsc|jlcpcb|jlc|easyeda)/, 'LCSC'],
  [/^(digikey|digi|dk)/, 'Digi-Key'],
  [/^mouser/, 'Mouser'],
  [/^(ocfarnell|farnell|element14)/, 'Farnell'],
  [/^(ocnewark|newark)/, 'Newark'],
  [/^tme/, 'TME'],
  [/^(rscomponents|rsonline|rs)/, 'RS Components'],
  [/^arrow/, 'Arrow Electronics'],
];
const SKU_TAIL =
  /^(part|partnumber|partno|partnum|partnr|pn|p|number|no|nr|num|sku|ref|reference|code|ordercode|ordernumber|orderno|stockno|stocknumber|symbol|id|item|itemnumber|catalognumber|partnumberoptional|partoptional|)$/;

const NUMBER = '(number|no|nr|num|pn)';
const MAKER = '(manufacturer|manufacture|manufactuer|manuf|manf|mfr|mfg|mf)';

/** The field (and rank: lower is better) a header names, or undefined. */
function classify(
  key: string,
): { field: BomField; rank: number; seller?: string; extra?: boolean } | undefined {
  const numbered = /^(.*?[a-z])(\d)$/.exec(key);
  const base = numbered ? (numbered[1] as string) : key;
  const extra = numbered !== null && numbered[2] !== '1' && numbered[2] !== '0';
  const tag = (field: BomField, rank: number, seller?: string) => ({
    field,
    rank: rank + (extra ? 10 : 0),
    ...(seller ? { seller } : {}),
    ...(extra ? { extra: true } : {}),
  });
  if (base === 'mpn' || base === 'mpns' || new RegExp(`^${MAKER}s?(part${NUMBER}?|${NUMBER})$`).test(base)) {
    return tag('mpn', 0);
  }
  if (
    /^(partnumber|partno|partnum|partnr|pn|pnumber|pnno|manufacturerspartnumber|componentpartnumber)$/.test(
      base,
    )
  ) {
    return tag('mpn', 1);
  }
  for (const [pattern, seller] of SELLERS) {
    const match = pattern.exec(base);
    if (match && SKU_TAIL.test(base.slice(match[0].length)) && base !== 'dk') return tag('sku', 0, seller);
  }
  if (
    /^(sku|supplierpartnumber|supplierpart|supplierpn|supplierno|suppliernumber|supplierref|supplierreference|suppliercode|distributorpartnumber|distributorpart|distributorpn|distributorno|distributornumber|vendorpartnumber|vendorpn|vendorpart|sellerpartnumber|sellerpart|ordercode|ordernumber|orderingcode)$/.test(
      base,
    )
  ) {
    return tag('sku', 1);
  }
  if (new RegExp(`^${MAKER}s?(name)?$|^(maker|brand|make|hersteller)$`).test(base))
    return tag('manufacturer', 0);
  if (/^(supplier|distributor|seller|vendor|suppliername|distributorname)$/.test(base))
    return tag('seller', 0);
  if (
    /^(quantityperpcb|qtyperpcb|qtyperboard|quantityperboard|qtypcb|qtyboard|qtyperunit|quantityperunit|qtyper|qtyeach|quantityperassembly|qtyperassembly)$/.test(
      base,
    )
  ) {
    return tag('quantity', 0);
  }
  if (
    /^(qty|quantity|qnty|qnt|qte|quantite|count|menge|anzahl|stk|pcs|amount|cantidad|quantita)$/.test(base)
  ) {
    return tag('quantity', 1);
  }
  if (/^(orderqty|orderquantity|qtyorder|qtytoorder)$/.test(base)) return tag('quantity', 2);
  if (
    /^(references|reference|referencedesignators|referencedesignator|refdes|refdesignators|refdesignator|refs|ref|designators|designator|schematicreference|schematicreferences|partreferences|partreference|refdess|referenzen|bauteil)$/.test(
      base,
    )
  ) {
    return tag('designators', 0);
  }
  if (base === 'parts') return tag('designators', 1);
  if (base === 'part') return tag('designators', 2);
  if (
    /^(internalpartnumber|ipn|customerreference|customerpartnumber|customernumber|customerno|customerpn|lineid|lineitem|bomline|itemid|ourpartnumber|companypartnumber)$/.test(
      base,
    )
  ) {
    return tag('reference', 0);
  }
  if (/^(value|values|val|wert)$/.test(base)) return tag('value', 0);
  if (base === 'comment') return tag('value', 1);
  if (base === 'designation') return tag('value', 2);
  if (/^(name|partname|componentname)$/.test(base)) return tag('value', 3);
  return undefined;
}

/** The columns a header row names. */
export function mapHeader(cells: readonly string[]): HeaderMap {
  const found: { field: BomField; rank: number; column: FieldColumn }[] = [];
  const fit = new Map<number, FitColumn>();
  const description = new Set<number>();
  cells.forEach((cell, index) => {
    const header = cell.trim();
    const key = headerKey(header);
    if (key === '') return;
    const fits = fitColumnOf(key);
    if (fits) fit.set(index, fits);
    if (/desc|note|remark|comment|datasheet|url|link/.test(key) && key !== 'comment') description.add(index);
    const kind = classify(key);
    if (!kind) return;
    found.push({
      field: kind.field,
      rank: kind.rank,
      column: {
        index,
        header,
        ...(kind.seller ? { seller: kind.seller } : {}),
        ...(kind.extra ? { extra: true } : {}),
      },
    });
  });
  const columns: BomColumns = {};
  for (const field of FIELDS) {
    const mine = found
      .filter((f) => f.field === field)
      .sort((a, b) => a.rank - b.rank || a.column.index - b.column.index);
    if (mine.length === 0) continue;
    // The best rank, plus (for part numbers and SKUs) the other columns of that kind.
    const best = mine[0]?.rank ?? 0;
    const keep =
      field === 'sku' || field === 'mpn'
        ? mine.filter((f) => f.rank < 20 && (f.rank === best || f.column.extra || field === 'sku'))
        : mine.filter((f) => f.rank === best);
    columns[field] = keep.map((f) => f.column);
  }
  return { columns, fit, description };
}

const FIELDS: readonly BomField[] = [
  'mpn',
  'manufacturer',
  'sku',
  'seller',
  'quantity',
  'designators',
  'reference',
  'value',
];

/** Whether a header row names enough to read lines from. */
export function isBomHeader(map: HeaderMap): boolean {
  const { columns } = map;
  if (columns.mpn || columns.sku) return true;
  return columns.value !== undefined && (columns.designators !== undefined || columns.quantity !== undefined);
}

/**
 * Columns named by the caller (`{ mpn: 'Manf Part #' }`) replace the detected ones for those fields;
 * every other field keeps its detected column. Names not in the row are returned in `missing`.
 */
export function nameColumns(
  map: HeaderMap,
  cells: readonly string[],
  names: Partial<Record<BomField, string>>,
): { map: HeaderMap; missing: string[] } {
  const keys = cells.map(headerKey);
  const columns: BomColumns = { ...map.columns };
  const missing: string[] = [];
  const used = new Set<number>();
  for (const [field, name] of Object.entries(names) as [BomField, string | undefined][]) {
    if (name === undefined) continue;
    const key = headerKey(name);
    const index = keys.indexOf(key);
    if (index < 0) {
      missing.push(name);
      continue;
    }
    const seller = field === 'sku' ? classify(key)?.seller : undefined;
    columns[field] = [{ index, header: cells[index]?.trim() ?? name, ...(seller ? { seller } : {}) }];
    used.add(index);
  }
  // A column named for one field no longer counts for another.
  for (const field of FIELDS) {
    if (names[field] !== undefined) continue;
    const left = columns[field]?.filter((column) => !used.has(column.index));
    if (left && left.length > 0) columns[field] = left;
    else delete columns[field];
  }
  return { map: { ...map, columns }, missing };
}

/** Header names the reader recognises, for messages. */
export const EXAMPLE_HEADERS = {
  mpn: ['MPN', 'Manufacturer Part Number', 'Mfr. #', 'Manf Part #', 'Part Number'],
  sku: ['LCSC Part #', 'Digi-Key Part Number', 'Mouser #', 'SKU', 'Supplier Part Number 1'],
} as const;
