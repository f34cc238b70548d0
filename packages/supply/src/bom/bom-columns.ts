/**
 * Which column holds what, from the header names of common BOM exports: KiCad (`Reference`,
 * `Value`, `Qty`, `MPN` / `Manufacturer_Part_Number`), Altium (`Designator`, `Quantity`,
 * `Manufacturer Part Number 1`, `Manufacturer 1`, `Supplier Part Number 1`) and the Octopart BOM
 * tool (`Qty`, `MPN`, `Manufacturer`, `Schematic Reference`, `Internal Part Number`, `SKU`).
 */

export type BomField = 'mpn' | 'manufacturer' | 'sku' | 'quantity' | 'designators' | 'reference';

export type BomColumns = Partial<Record<BomField, number>>;

/** Header names per field, compared after {@link headerKey}; earlier names win over later ones. */
const HEADER_NAMES: Record<BomField, readonly string[]> = {
  mpn: [
    'mpn',
    'manufacturerpartnumber',
    'manufacturerpartnumber1',
    'mfrpartnumber',
    'mfrpn',
    'mfrpartno',
    'mfgpartnumber',
    'mfgpn',
    'manufacturerpn',
    'manufacturerpartno',
    'mpn1',
    'partnumber',
  ],
  manufacturer: [
    'manufacturer',
    'manufacturer1',
    'manufacturername',
    'manufacturername1',
    'mfr',
    'mfg',
    'mfrname',
  ],
  sku: [
    'sku',
    'supplierpartnumber',
    'supplierpartnumber1',
    'distributorpartnumber',
    'distributorpartnumber1',
    'supplierpn',
    'sellerpartnumber',
  ],
  quantity: ['qty', 'quantity', 'qnty', 'qtyperboard', 'quantityperboard', 'qtyperpcb', 'count'],
  designators: [
    'reference',
    'references',
    'designator',
    'designators',
    'schematicreference',
    'refdes',
    'refdesignators',
    'ref',
    'refs',
  ],
  reference: ['internalpartnumber', 'lineid', 'lineitem', 'bomline', 'itemid'],
};

/** Case, spaces, underscores and punctuation do not matter: `Manufacturer_Part_Number` = `manufacturer part number`. */
export function headerKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The columns a row names, or undefined when it does not look like a BOM header (no MPN or SKU column). */
export function columnsOfHeader(cells: readonly string[]): BomColumns | undefined {
  const keys = cells.map(headerKey);
  const columns: BomColumns = {};
  for (const field of Object.keys(HEADER_NAMES) as BomField[]) {
    for (const name of HEADER_NAMES[field]) {
      const index = keys.indexOf(name);
      if (index >= 0 && !Object.values(columns).includes(index)) {
        columns[field] = index;
        break;
      }
    }
  }
  if (columns.mpn === undefined && columns.sku === undefined) return undefined;
  return columns;
}

/** Columns named explicitly (`{ mpn: 'Comment' }`) in a header row; names that are not there are listed. */
export function columnsByName(
  cells: readonly string[],
  names: Partial<Record<BomField, string>>,
): { columns: BomColumns; missing: string[] } {
  const keys = cells.map(headerKey);
  const columns: BomColumns = {};
  const missing: string[] = [];
  for (const [field, name] of Object.entries(names) as [BomField, string | undefined][]) {
    if (name === undefined) continue;
    const index = keys.indexOf(headerKey(name));
    if (index >= 0) columns[field] = index;
    else missing.push(name);
  }
  return { columns, missing };
}

export const ACCEPTED_HEADERS = HEADER_NAMES;
