// @nexar/schema installed alone: the shipped SDL file loads as a valid schema.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadSchema, schemaPath } from '@nexar/schema';

assert.ok(existsSync(schemaPath));
assert.equal(createRequire(import.meta.url).resolve('@nexar/schema/schema.graphql'), schemaPath);
const schema = loadSchema();
assert.ok(schema.getQueryType()?.getFields().supSearchMpn);
assert.ok(schema.getQueryType()?.getFields().desProjects);
console.log('schema ok');
