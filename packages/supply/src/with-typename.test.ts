import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, isInterfaceType, isObjectType, parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PART_TYPENAME } from './count-parts.js';
import { PART_FIELD_NAMES, withTypename } from './with-typename.js';

describe('withTypename', () => {
  const document = parse(`
    query Q($q: String!) {
      supSearchMpn(q: $q) { hits results { part { id } alias: part { mpn } } }
      supMultiMatch(queries: []) { reference parts { ...P } }
    }
    fragment P on SupPart { id manufacturer { name } similarParts { id } }
  `);
  const printed = print(withTypename(document));

  it('asks for __typename where part objects are selected, and only there', () => {
    expect(printed).toContain('part {\n        id\n        __typename\n      }');
    expect(printed).toContain('alias: part {\n        mpn\n        __typename\n      }');
    expect(printed).toContain('parts {\n      ...P\n      __typename\n    }');
    expect(printed).toContain(
      'fragment P on SupPart {\n  id\n  manufacturer {\n    name\n  }\n  similarParts {\n    id\n    __typename\n  }\n  __typename\n}',
    );
    expect(printed.match(/__typename/g)?.length).toBe(5);
  });

  it('adds nothing where __typename is already asked for', () => {
    const once = print(withTypename(parse('{ supParts(ids: ["1"]) { __typename id } }')));
    expect(once.match(/__typename/g)?.length).toBe(1);
  });

  it('returns the same document object for the same input', () => {
    expect(withTypename(document)).toBe(withTypename(document));
  });

  it('knows every field of the schema snapshot whose type is SupPart', () => {
    const snapshot = buildSchema(
      readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'),
    );
    const partFields = Object.values(snapshot.getTypeMap()).flatMap((type) =>
      isObjectType(type) || isInterfaceType(type)
        ? Object.values(type.getFields())
            .filter((field) => getNamedType(field.type).name === PART_TYPENAME)
            .map((field) => field.name)
        : [],
    );
    expect(partFields.length).toBeGreaterThan(0);
    for (const name of partFields) expect(PART_FIELD_NAMES).toContain(name);
  });
});
