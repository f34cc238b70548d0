// @nexar/supply installed alone: a search and a BOM matched and priced against the emulator.
import assert from 'node:assert/strict';
import { createSupplyClient, matchBom, parseBomCsv } from '@nexar/supply';

const supply = createSupplyClient(); // NEXAR_* from the environment
const { hits, results } = await supply.searchMpn({ q: 'LM358', limit: 3 });
assert.ok(hits > 0);
assert.ok(results && results.length > 0 && results.length <= 3);
assert.equal(supply.parts.used, results.length);

const lines = parseBomCsv('MPN,Manufacturer,Quantity\nLM358DR,Texas Instruments,2\nNO-SUCH-PART-XYZ,,1\n');
const result = await matchBom(lines, { client: supply, buildQuantity: 10 });
assert.equal(result.lines.length, 2);
assert.equal(result.lines[0].status, 'matched');
assert.equal(result.lines[0].need, 20);
assert.equal(result.lines[1].status, 'not-found');
assert.equal(result.summary.lines, 2);
assert.ok(result.total.amount > 0);
console.log('supply ok');
