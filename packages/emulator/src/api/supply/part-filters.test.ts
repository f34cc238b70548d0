import { beforeAll, describe, expect, it } from 'vitest';
import { CatalogIndex, loadCatalogFile, SMALL_CATALOG_FIXTURE } from '../../catalog/index.js';
import { type FilterArgs, parseFilters } from './part-filters.js';

let catalog: CatalogIndex;
beforeAll(async () => {
  catalog = new CatalogIndex(await loadCatalogFile(SMALL_CATALOG_FIXTURE));
});

function ids(args: FilterArgs): string[] {
  const filters = parseFilters(catalog, 'supSearch', args);
  return catalog.parts.filter((part) => filters.test(part)).map((part) => part.id);
}

describe('parseFilters', () => {
  it('lets everything through without filters', () => {
    const filters = parseFilters(catalog, 'supSearch', {});
    expect(filters.none).toBe(true);
    expect(ids({})).toHaveLength(catalog.parts.length);
    expect(filters.applied()).toEqual([]);
  });

  it('matches manufacturers by id, name or alias (any value)', () => {
    expect(ids({ filters: { manufacturer_id: ['TI'] } })).toEqual(['1001', '1004', '1005']);
    expect(ids({ filters: { manufacturerId: ['onsemi', 'Vishay'] } })).toEqual([
      '1002',
      '1011',
      '1012',
      '1013',
    ]);
  });

  it('matches distributors that offer the part', () => {
    expect(ids({ filters: { distributor_id: ['Win Source'] } })).toEqual(['1004', '1007']);
  });

  it('includes a category and its descendants, and reports it as the applied category', () => {
    const filters = parseFilters(catalog, 'supSearch', { filters: { category_id: ['11'] } });
    expect(filters.appliedCategory?.name).toBe('Amplifiers');
    expect(ids({ filters: { category_id: ['11'] } })).toEqual(['1001', '1002', '1003', '1004']);
  });

  it('requires every key to match', () => {
    expect(ids({ filters: { manufacturer_id: ['st'], case_package: ['TO-220'] } })).toEqual(['1010', '1021']);
  });

  it('matches attribute values by value, display value or number, and numeric ranges', () => {
    expect(ids({ filters: { resistance: ['10 kΩ'] } })).toEqual(['1009']);
    expect(ids({ filters: { resistance: ['10000'] } })).toEqual(['1009']);
    expect(ids({ filters: { capacitance: ['1e-7'] } })).toEqual(['1008']);
    expect(ids({ filters: { outputvoltage: ['(3__4)'] } })).toEqual(['1007']);
    expect(ids({ filters: { outputvoltage: ['(4__)'] } })).toEqual(['1021']);
    expect(ids({ filters: { frequency: ['(__1e6)'] } })).toEqual(['1015']);
    expect(ids({ filters: { case_package: 'to-220' } })).toEqual(['1010', '1011', '1021']);
  });

  it('describes the applied filters for display', () => {
    const filters = parseFilters(catalog, 'supSearch', {
      filters: { manufacturer_id: ['TI'], resistance: ['10000', '(1__100)'], category_id: ['22'] },
    });
    expect(filters.applied()).toEqual([
      {
        shortname: 'manufacturer_id',
        name: 'Manufacturer',
        values: ['TI'],
        displayValues: ['Texas Instruments'],
        unitsSymbol: null,
      },
      {
        shortname: 'resistance',
        name: 'Resistance',
        values: ['10000', '(1__100)'],
        displayValues: ['10 kΩ', '1 to 100'],
        unitsSymbol: 'Ω',
      },
      {
        shortname: 'category_id',
        name: 'Category',
        values: ['22'],
        displayValues: ['Chip Resistors'],
        unitsSymbol: null,
      },
    ]);
  });

  it('applies the boolean filters', () => {
    expect(ids({ inStockOnly: true })).not.toContain('1006');
    expect(ids({ inStockOnly: true })).toHaveLength(catalog.parts.length - 1);
    expect(ids({ hasDatasheetOnly: true })).not.toContain('1016');
    expect(ids({ authorizedOnly: true })).not.toEqual(expect.arrayContaining(['1004', '1007']));
    expect(ids({ authorizedOnly: true })).toHaveLength(catalog.parts.length - 2);
  });

  it('ignores an empty value list', () => {
    expect(parseFilters(catalog, 'supSearch', { filters: { manufacturer_id: [] } }).none).toBe(true);
  });

  it('rejects unknown keys, malformed maps and bad ranges with INVALID_ARGUMENT', () => {
    expect(() => parseFilters(catalog, 'supSearch', { filters: { colour: ['red'] } })).toThrow(
      'supSearch: unknown filters key "colour"; use manufacturer_id, distributor_id, category_id or an attribute shortname',
    );
    expect(() => parseFilters(catalog, 'supSearch', { filters: ['ti'] })).toThrow(
      'filters must be an object mapping a key to a list of values',
    );
    expect(() => parseFilters(catalog, 'supSearch', { filters: { case_package: [{ a: 1 }] } })).toThrow(
      'filters.case_package must be a list of strings',
    );
    expect(() => parseFilters(catalog, 'supSearch', { filters: { resistance: ['(a__b)'] } })).toThrow(
      'has a bound that is not a number',
    );
  });
});
