import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { compareSchemas, formatReport } from './diff-report.js';

const before = buildSchema(/* GraphQL */ `
  type Query { part(id: ID!): Part, old: String }
  type Part { id: ID!, mpn: String! }
  enum Mode { FAST }
  input Filter { q: String }
  type Other { mode(m: Mode): Int, filter(f: Filter): Int }
`);
const after = buildSchema(/* GraphQL */ `
  type Query { part(id: ID!, currency: String): Part }
  type Part { id: ID!, mpn: String!, stock: Int }
  enum Mode { FAST SLOW }
  input Filter { q: String }
  type Other { mode(m: Mode): Int, filter(f: Filter): Int }
`);

describe('compareSchemas', () => {
  it('classifies changes and lists breaking ones first, then dangerous, then safe', async () => {
    const report = await compareSchemas(before, after);
    expect(report.changes.map((change) => [change.level, change.path])).toEqual([
      ['breaking', 'Query.old'],
      ['dangerous', 'Mode.SLOW'],
      ['dangerous', 'Query.part.currency'],
      ['safe', 'Part.stock'],
    ]);
    expect([report.breaking, report.dangerous, report.safe]).toEqual([1, 2, 1]);
  });

  it('reports nothing for the same schema', async () => {
    const report = await compareSchemas(
      before,
      buildSchema(/* GraphQL */ `
      type Other { filter(f: Filter): Int, mode(m: Mode): Int }
      input Filter { q: String }
      enum Mode { FAST }
      type Part { mpn: String!, id: ID! }
      type Query { old: String, part(id: ID!): Part }
    `),
    );
    expect(report.changes).toEqual([]);
    expect(formatReport(report)).toEqual(['No schema changes.']);
  });
});

describe('formatReport', () => {
  it('prints a summary, then one line per change with its level and path', async () => {
    const lines = formatReport(await compareSchemas(before, after));
    expect(lines[0]).toBe('Schema changes: 1 breaking, 2 dangerous, 1 safe');
    expect(lines[1]).toMatch(/^ {2}BREAKING {3}Query\.old: .*'old'.*removed/);
    expect(lines[2]).toMatch(/^ {2}DANGEROUS {2}Mode\.SLOW: /);
    expect(lines[3]).toMatch(/^ {2}DANGEROUS {2}Query\.part\.currency: /);
    expect(lines[4]).toMatch(/^ {2}SAFE {7}Part\.stock: /);
    expect(lines).toHaveLength(5);
  });
});
