import type { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { dateTimeField, enumField, filterWhere, stringField } from './where-filter.js';

interface Row {
  name: string;
  note: string | null;
  kind: string;
  at: string;
}

const rows: Row[] = [
  { name: 'Motor Controller', note: 'rev A', kind: 'PCB_PROJECT', at: '2024-03-01T00:00:00.000Z' },
  { name: 'Sensor Hub', note: null, kind: 'PCB_PROJECT', at: '2024-04-01T00:00:00.000Z' },
  { name: 'Harness', note: 'loom', kind: 'HARNESS_DESIGN', at: '2024-05-01T00:00:00.000Z' },
];
const fields = {
  name: stringField<Row>((r) => r.name),
  note: stringField<Row>((r) => r.note),
  kind: enumField<Row>((r) => r.kind),
  at: dateTimeField<Row>((r) => r.at),
};
const names = (where: Record<string, unknown> | null) => filterWhere(rows, where, fields).map((r) => r.name);

describe('filterWhere', () => {
  it('keeps everything without a filter', () => {
    expect(names(null)).toEqual(['Motor Controller', 'Sensor Hub', 'Harness']);
  });

  it('applies string operations case-sensitively, nulls included', () => {
    expect(names({ name: { contains: 'o' } })).toEqual(['Motor Controller', 'Sensor Hub']);
    expect(names({ name: { contains: 'motor' } })).toEqual([]);
    expect(names({ name: { startsWith: 'S', nendsWith: 'x' } })).toEqual(['Sensor Hub']);
    expect(names({ name: { in: ['Harness', 'Nope'] } })).toEqual(['Harness']);
    expect(names({ note: { eq: null } })).toEqual(['Sensor Hub']);
    expect(names({ note: { ncontains: 'rev' } })).toEqual(['Sensor Hub', 'Harness']);
    expect(names({ name: { or: [{ eq: 'Harness' }, { endsWith: 'Hub' }] } })).toEqual([
      'Sensor Hub',
      'Harness',
    ]);
  });

  it('applies enum and date-time operations', () => {
    expect(names({ kind: { neq: 'PCB_PROJECT' } })).toEqual(['Harness']);
    expect(names({ kind: { nin: ['HARNESS_DESIGN'] } })).toEqual(['Motor Controller', 'Sensor Hub']);
    expect(names({ at: { gt: '2024-03-15T00:00:00Z' } })).toEqual(['Sensor Hub', 'Harness']);
    expect(names({ at: { lte: '2024-04-01T00:00:00Z', ngt: '2024-03-01T00:00:00Z' } })).toEqual([
      'Motor Controller',
    ]);
    expect(names({ at: { in: ['2024-05-01T00:00:00Z'] } })).toEqual(['Harness']);
  });

  it('combines fields, and/or', () => {
    expect(names({ kind: { eq: 'PCB_PROJECT' }, name: { contains: 'Hub' } })).toEqual(['Sensor Hub']);
    expect(names({ or: [{ name: { eq: 'Harness' } }, { note: { eq: 'rev A' } }] })).toEqual([
      'Motor Controller',
      'Harness',
    ]);
    expect(
      names({ and: [{ kind: { eq: 'PCB_PROJECT' } }, { at: { gte: '2024-04-01T00:00:00Z' } }] }),
    ).toEqual(['Sensor Hub']);
  });

  it('rejects unparseable dates and null operands with INVALID_ARGUMENT', () => {
    for (const where of [{ at: { gt: 'yesterday' } }, { name: { contains: null } }, { other: { eq: 'x' } }]) {
      let error: GraphQLError | undefined;
      try {
        names(where);
      } catch (caught) {
        error = caught as GraphQLError;
      }
      expect(error?.extensions.code).toBe('INVALID_ARGUMENT');
    }
  });
});
