// @nexar/client installed alone: a typed request with a document parsed by graphql-js, and a typed error.
import assert from 'node:assert/strict';
import { clientCredentials } from '@nexar/auth';
import { createNexarClient, NexarGraphQLError } from '@nexar/client';
import { parse } from 'graphql';

const nexar = createNexarClient({ auth: clientCredentials(), userAgent: 'packed-smoke/1.0' });
const search = parse(
  'query Search($q: String!) { supSearchMpn(q: $q, limit: 2) { hits results { part { mpn } } } }',
);
const data = await nexar.request(search, { q: 'LM358' });
assert.ok(data.supSearchMpn.hits > 0);
assert.match(data.supSearchMpn.results[0].part.mpn, /^LM358/);

const tooMany = parse('{ supSearchMpn(q: "LM358", limit: 1000) { hits } }');
await assert.rejects(nexar.request(tooMany), NexarGraphQLError);
console.log('client ok');
