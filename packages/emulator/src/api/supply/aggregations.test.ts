import { beforeAll, describe, expect, it } from 'vitest';
import { CatalogIndex, loadCatalogFile, type Part, SMALL_CATALOG_FIXTURE } from '../../catalog/index.js';
import {
  categoryAgg,
  distributorAgg,
  inStockAgg,
  manufacturerAgg,
  specsViewAttributeGroups,
  suggestedFilters,
} from './aggregations.js';
import { specAggs } from './spec-aggs.js';

let catalog: CatalogIndex;
let regulators: Part[];
beforeAll(async () => {
  catalog = new CatalogIndex(await loadCatalogFile(SMALL_CATALOG_FIXTURE));
  // Category 15: AMS1117-3.3, LM317T (ST), LM317T (onsemi), L7805CV.
  regulators = catalog.parts.filter((part) => part.category?.id === '15');
});

describe('company and category aggregations', () => {
  it('counts parts per manufacturer, most first, then by name, up to size', () => {
    expect(manufacturerAgg(regulators, 10).map((b) => [b.company.id, b.count])).toEqual([
      ['st', 2],
      ['ams', 1],
      ['onsemi', 1],
    ]);
    expect(manufacturerAgg(regulators, 1)).toHaveLength(1);
  });

  it('counts parts per seller, brokers included', () => {
    expect(distributorAgg(regulators, 10).map((b) => [b.company.id, b.count])).toEqual([
      ['digikey', 2],
      ['lcsc', 1],
      ['mouser', 1],
      ['winsource', 1],
    ]);
  });

  it('counts parts per category over the whole catalog', () => {
    const buckets = categoryAgg(catalog.parts, 2);
    // Linear Voltage Regulators before Op Amps: equal counts go by name.
    expect(buckets.map((b) => [b.category.id, b.count])).toEqual([
      ['15', 4],
      ['12', 4],
    ]);
  });

  it('splits in-stock and out-of-stock parts, leaving out empty buckets', () => {
    expect(inStockAgg(catalog.parts)).toEqual([
      { isInStock: true, count: catalog.parts.length - 1 },
      { isInStock: false, count: 1 },
    ]);
    expect(inStockAgg(regulators)).toEqual([{ isInStock: true, count: 4 }]);
  });
});

describe('attribute aggregations', () => {
  it('suggests the attributes the hits have, most common first', () => {
    expect(suggestedFilters(regulators).map((a) => a.shortname)).toEqual(['case_package', 'outputvoltage']);
  });

  it('groups the used attributes for a specs view', () => {
    const groups = specsViewAttributeGroups(catalog.attributes(), regulators);
    expect(groups.map((g) => [g.name, g.attributes.map((a) => a.shortname)])).toEqual([
      ['Physical', ['case_package']],
      ['Technical', ['outputvoltage']],
    ]);
  });

  it('buckets values and finds the numeric range of a named attribute', () => {
    const [agg] = specAggs(catalog, regulators, {
      attributeNames: ['outputvoltage'],
      attributeSelection: 'EXPLICIT',
      size: 10,
    });
    expect(agg).toMatchObject({
      valueType: 'number',
      min: 3.3,
      max: 5,
      siMin: '3.3',
      siMax: '5',
      displayMin: '3.3 V',
      displayMax: '5 V',
      unitsSymbol: 'V',
      buckets: [
        { displayValue: '3.3 V', floatValue: 3.3, count: 1 },
        { displayValue: '5 V', floatValue: 5, count: 1 },
      ],
    });
  });

  it('orders text buckets by count and cuts them at size', () => {
    const [agg] = specAggs(catalog, regulators, {
      attributeNames: ['case_package'],
      attributeSelection: 'EXPLICIT',
      size: 1,
    });
    expect(agg?.buckets).toEqual([{ displayValue: 'TO-220', floatValue: null, count: 3 }]);
    expect(agg?.min).toBeNull();
  });

  it('adds suggested or all used attributes on request, skipping unknown names', () => {
    const names = (selection: 'EXPLICIT' | 'WITH_SUGGESTED' | 'ALL', attributeNames: string[]) =>
      specAggs(catalog, regulators, { attributeNames, attributeSelection: selection, size: 10 }).map(
        (agg) => agg.attribute.shortname,
      );
    expect(names('EXPLICIT', ['nonsense', 'tolerance'])).toEqual(['tolerance']);
    expect(names('WITH_SUGGESTED', [])).toEqual(['case_package', 'outputvoltage']);
    // Every part shows a Lifecycle Status, so ALL aggregates it too.
    expect(names('ALL', ['tolerance'])).toEqual([
      'tolerance',
      'case_package',
      'outputvoltage',
      'lifecyclestatus',
    ]);
  });
});
