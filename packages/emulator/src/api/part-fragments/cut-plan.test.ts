import { loadSchemaSource } from '@nexar/schema';
import { buildSchema, type GraphQLObjectType, getOperationAST, parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { planCut } from './cut-plan.js';

const schema = buildSchema(loadSchemaSource());
const partType = schema.getType('SupPart') as GraphQLObjectType;

function plan(query: string) {
  const document = parse(query);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  return planCut(schema, document, operation, partType);
}

const compact = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('planCut', () => {
  it('replaces every part selection by a placeholder and keeps the original nodes for the fragments', () => {
    const cut = plan(`
      query Match($queries: [SupPartMatchQuery!]!, $currency: String!) {
        supMultiMatch(queries: $queries, currency: $currency) {
          reference
          parts { ...Part sellers(authorizedOnly: true) { company { name } } }
        }
        supSearchMpn(q: "LM358") { results { part { mpn similarParts { id } } } }
      }
      fragment Part on SupPart { id mpn ... on SupPart { specs { value } } }
    `);
    expect(cut).toBeDefined();
    const outer = compact(print(cut?.outer ?? parse('{a}')));
    expect(outer).toContain('reference parts { id }');
    expect(outer).toContain('results { part { id } }');
    expect(cut?.originals.size).toBe(2);
    const originals = [...(cut?.originals.values() ?? [])].map((node) => compact(print(node)));
    expect(originals).toEqual([
      'parts { ...Part sellers(authorizedOnly: true) { company { name } } }',
      'part { mpn similarParts { id } }',
    ]);
    expect([...(cut?.fragments.keys() ?? [])]).toEqual(['Part']);
  });

  it('leaves a query whole when a part could answer differently for the same part and pricing', () => {
    // A variable in the part's selection: its answer depends on the request.
    expect(
      plan('query($a: Boolean) { supParts(ids: ["1"]) { sellers(authorizedOnly: $a) { isAuthorized } } }'),
    ).toBe(undefined);
    expect(plan('query($a: Boolean!) { supParts(ids: ["1"]) { mpn @include(if: $a) } }')).toBeUndefined();
    // A generated field below a part (its values can depend on where the part stands in the answer).
    expect(plan('{ supParts(ids: ["1"]) { mpn v3uid } }')).toBeUndefined();
    expect(
      plan('{ supParts(ids: ["1"]) { ...P } } fragment P on SupPart { cadModels { id } }'),
    ).toBeUndefined();
    // One part field left whole would be merged with a cut one: all or nothing.
    expect(
      plan('{ a: supParts(ids: ["1"]) { mpn } b: supParts(ids: ["2"]) { extras { id } } }'),
    ).toBeUndefined();
  });

  it('cuts literal @include/@skip, and leaves queries without part fields alone', () => {
    expect(plan('{ supParts(ids: ["1"]) { mpn @include(if: true) id @skip(if: true) } }')).toBeDefined();
    expect(plan('{ supCategories { id name } }')).toBeUndefined();
  });
});
