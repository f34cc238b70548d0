import { describe, expect, it } from 'vitest';
import { authorizedStock, choosePart } from './choose-part.js';
import type { SellerInput } from './offer-types.js';

const stockAt = (isAuthorized: boolean, inventoryLevel: number): SellerInput => ({
  company: { id: 'x', name: 'X' },
  isAuthorized,
  offers: [
    { id: 'o', sku: 's', inventoryLevel, moq: null, orderMultiple: null, packaging: null, prices: [] },
  ],
});

const part = (id: string, name: string, aliases: string[], sellers: SellerInput[] = []) => ({
  id,
  manufacturer: { name, aliases },
  sellers,
});

const st = part('1010', 'STMicroelectronics', ['ST'], [stockAt(true, 100), stockAt(false, 9000)]);
const onsemi = part('1011', 'onsemi', ['ON Semiconductor'], [stockAt(true, 500)]);

describe('choosePart', () => {
  it('matched: exactly one hit', () => {
    expect(choosePart({ hits: 1, parts: [st], error: null })).toEqual({
      status: 'matched',
      part: st,
      chosenBy: 'only-candidate',
    });
  });

  it('not-found: zero hits; error: the answer carries an error', () => {
    expect(choosePart({ hits: 0, parts: [], error: null })).toEqual({ status: 'not-found' });
    expect(choosePart({ hits: 0, parts: [], error: 'bad query' })).toEqual({
      status: 'error',
      error: 'bad query',
    });
    expect(choosePart({ hits: 2, parts: [], error: null }).status).toBe('error');
  });

  it('ambiguous: the manufacturer decides first (by name or alias)', () => {
    expect(choosePart({ hits: 2, parts: [st, onsemi], error: null }, 'ON Semiconductor')).toEqual({
      status: 'ambiguous',
      part: onsemi,
      chosenBy: 'manufacturer',
    });
  });

  it('ambiguous: then the authorised stock', () => {
    expect(authorizedStock(st)).toBe(100);
    expect(choosePart({ hits: 2, parts: [st, onsemi], error: null })).toMatchObject({
      part: onsemi,
      chosenBy: 'authorized-stock',
    });
    expect(choosePart({ hits: 2, parts: [st, onsemi], error: null }, 'Nobody')).toMatchObject({
      part: onsemi,
    });
  });

  it('ambiguous: more hits than returned, or a tie, keeps the API’s first', () => {
    expect(choosePart({ hits: 4, parts: [st], error: null })).toEqual({
      status: 'ambiguous',
      part: st,
      chosenBy: 'first-result',
    });
    const twin = part('2', 'STMicroelectronics', [], [stockAt(true, 100)]);
    expect(choosePart({ hits: 2, parts: [st, twin], error: null })).toMatchObject({
      part: st,
      chosenBy: 'first-result',
    });
  });
});
