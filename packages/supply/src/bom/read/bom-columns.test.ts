import { describe, expect, it } from 'vitest';
import { type BomField, headerKey, mapHeader } from './bom-columns.js';

/** The header names each field is read from, for a header row. */
function fields(header: string): Partial<Record<BomField, string[]>> {
  const { columns } = mapHeader(header.split('|'));
  return Object.fromEntries(
    Object.entries(columns).map(([field, list]) => [
      field,
      list.map((c) => (c.seller ? `${c.header}@${c.seller}` : c.header)),
    ]),
  );
}

describe('mapHeader: the header names of real exports', () => {
  it.each<[string, string, Partial<Record<BomField, string[]>>]>([
    [
      'KiCad grouped extra',
      'Item|Qty|Reference(s)|Value|LibPart|Footprint|Datasheet|Manufacturer|MPN',
      {
        mpn: ['MPN'],
        manufacturer: ['Manufacturer'],
        quantity: ['Qty'],
        designators: ['Reference(s)'],
        value: ['Value'],
      },
    ],
    [
      'KiBoM',
      'Component|Description|Part|References|Value|Footprint|Quantity Per PCB|Build Quantity|Datasheet',
      { quantity: ['Quantity Per PCB'], designators: ['References'], value: ['Value'] },
    ],
    [
      'Altium order-style',
      'Line #|Manufacturer 1|Manufacturer Part Number 1|Manufacturer 2|Manufacturer Part Number 2|Supplier 1|Supplier Part Number 1|Supplier Order Qty 1|Quantity',
      {
        mpn: ['Manufacturer Part Number 1', 'Manufacturer Part Number 2'],
        manufacturer: ['Manufacturer 1'],
        sku: ['Supplier Part Number 1'],
        seller: ['Supplier 1'],
        quantity: ['Quantity'],
      },
    ],
    [
      'Eagle with distributor attributes',
      'Qty|Value|Device|Package|Parts|Description|MF|MPN|OC_FARNELL|OC_NEWARK|DIGIKEY_PN',
      {
        mpn: ['MPN'],
        manufacturer: ['MF'],
        sku: ['OC_FARNELL@Farnell', 'OC_NEWARK@Newark', 'DIGIKEY_PN@Digi-Key'],
        quantity: ['Qty'],
        designators: ['Parts'],
        value: ['Value'],
      },
    ],
    [
      'JLCPCB template',
      'Comment|Designator|Footprint|JLCPCB Part #（optional）',
      { sku: ['JLCPCB Part #（optional）@LCSC'], designators: ['Designator'], value: ['Comment'] },
    ],
    [
      'EasyEDA',
      'ID|Name|Designator|Footprint|Quantity|Manufacturer Part|Manufacturer|Supplier|Supplier Part',
      {
        mpn: ['Manufacturer Part'],
        manufacturer: ['Manufacturer'],
        sku: ['Supplier Part'],
        seller: ['Supplier'],
        quantity: ['Quantity'],
        designators: ['Designator'],
        value: ['Name'],
      },
    ],
    [
      'LCSC cart',
      'LCSC Part Number|Manufacture Part Number|Manufacturer|Customer NO.|Package|Order Qty.|Unit Price($)',
      {
        mpn: ['Manufacture Part Number'],
        manufacturer: ['Manufacturer'],
        sku: ['LCSC Part Number@LCSC'],
        quantity: ['Order Qty.'],
        reference: ['Customer NO.'],
      },
    ],
    [
      'Digi-Key cart',
      'Index|Quantity|Digi-Key Part Number|Manufacturer Part Number|Description|Customer Reference|Available|Backorder',
      {
        mpn: ['Manufacturer Part Number'],
        sku: ['Digi-Key Part Number@Digi-Key'],
        quantity: ['Quantity'],
        reference: ['Customer Reference'],
      },
    ],
    [
      'Mouser cart',
      'Mouser #|Mfr. #|Manufacturer|Customer #|Description|Order Qty.|Price (USD)',
      {
        mpn: ['Mfr. #'],
        manufacturer: ['Manufacturer'],
        sku: ['Mouser #@Mouser'],
        quantity: ['Order Qty.'],
        reference: ['Customer #'],
      },
    ],
    [
      'Octopart BOM tool',
      'Qty|Manf Part #|Manf|Description|Schematic Reference|Internal Part Number',
      {
        mpn: ['Manf Part #'],
        manufacturer: ['Manf'],
        quantity: ['Qty'],
        designators: ['Schematic Reference'],
        reference: ['Internal Part Number'],
      },
    ],
    [
      'hand-made',
      'PN|MF|Quantity Per PCB|Ref Des',
      { mpn: ['PN'], manufacturer: ['MF'], quantity: ['Quantity Per PCB'], designators: ['Ref Des'] },
    ],
    [
      'hand-made with P/N',
      'Mfr|Mfr P/N|Qty/PCB|RefDes|Vendor|Vendor Part #',
      {
        mpn: ['Mfr P/N'],
        manufacturer: ['Mfr'],
        sku: ['Vendor Part #'],
        seller: ['Vendor'],
        quantity: ['Qty/PCB'],
        designators: ['RefDes'],
      },
    ],
    [
      'a generic Part Number next to a manufacturer one',
      'Part Number|Manufacturer Part Number|Qty',
      { mpn: ['Manufacturer Part Number'], quantity: ['Qty'] },
    ],
  ])('%s', (_name, header, expected) => {
    expect(fields(header)).toEqual(expected);
  });

  it('keys headers without case, spaces or punctuation, reading # as "number"', () => {
    expect(headerKey('Manufacturer_Part_Number')).toBe('manufacturerpartnumber');
    expect(headerKey('Mfr. #')).toBe('mfrnumber');
    expect(headerKey('LCSC Part #（optional）')).toBe('lcscpartnumber');
  });

  it('knows fitted and do-not-place columns and free-text columns', () => {
    const map = mapHeader(['Ref', 'MPN', 'Fitted', 'DNP', 'Description', 'Notes']);
    expect([...map.fit]).toEqual([
      [2, 'fitted'],
      [3, 'not-fitted'],
    ]);
    expect([...map.description]).toEqual([4, 5]);
  });
});
