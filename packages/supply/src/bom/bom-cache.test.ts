import { describe, expect, it } from 'vitest';
import { cacheKey } from '../cache/cache-key.js';
import { documentFingerprint } from '../fingerprint.js';
import { BomMatchDocument } from '../generated/graphql.js';
import { bomQueryCacheKey } from './bom-cache.js';

describe('bomQueryCacheKey', () => {
  it('is the canonical cacheKey of the query in its scope, for any query text', () => {
    const scope = { candidates: 3, country: 'DE', currency: 'EUR' };
    for (const key of ['mpn:LM358DR|mfr:texasinstruments', 'sku:"quoted"\\back', 'mpn:\u0000odd\u2028']) {
      expect(bomQueryCacheKey({ key }, scope)).toBe(
        cacheKey({
          operation: 'supMultiMatch',
          variables: { query: key, limit: 3 },
          country: 'DE',
          currency: 'EUR',
          fieldSet: `BomMatch#${documentFingerprint(BomMatchDocument)}`,
        }),
      );
    }
  });
});
