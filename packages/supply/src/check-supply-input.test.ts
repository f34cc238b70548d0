/** What JavaScript callers and typos get from the typed methods: a typed error, and nothing sent. */
import { staticToken } from '@nexar/auth';
import { describe, expect, it } from 'vitest';
import { createSupplyClient } from './create-supply-client.js';
import type { SupplyClient } from './supply-client.js';

function offlineClient(): { supply: SupplyClient; sent: () => number } {
  let sent = 0;
  const supply = createSupplyClient({
    auth: staticToken('test-token'),
    endpoint: 'http://127.0.0.1:9/graphql',
    fetch: async () => {
      sent += 1;
      throw new Error('nothing should be sent');
    },
  });
  return { supply, sent: () => sent };
}

/** Calls the method with arguments its types would not allow, as JavaScript may. */
const loose = (supply: SupplyClient) => supply as unknown as Record<string, (...args: unknown[]) => unknown>;

describe('typed methods: wrong argument types', () => {
  it('refuses inputs that are not objects with a TypeError naming the method', async () => {
    const { supply, sent } = offlineClient();
    const calls = loose(supply);
    await expect(async () => calls.searchMpn?.(undefined)).rejects.toThrow(
      new TypeError("searchMpn needs an input object such as { q: 'LM358' }, got undefined."),
    );
    await expect(async () => calls.multiMatch?.('x')).rejects.toThrow(
      new TypeError(
        "multiMatch needs an input object such as { queries: [{ mpn: 'LM358' }] }, got 'x' (a string).",
      ),
    );
    await expect(async () => calls.multiMatch?.({ queries: 'LM358' })).rejects.toThrow(
      /multiMatch needs \{ queries: .*got queries 'LM358' \(a string\)/,
    );
    await expect(async () => calls.partsByIds?.({ ids: '1005' })).rejects.toThrow(TypeError);
    await expect(async () => calls.suggest?.(null)).rejects.toThrow(/suggest needs an input object/);
    await expect(async () => loose(supply.dryRun as never).searchMpn?.(null)).rejects.toThrow(TypeError);
    expect(sent()).toBe(0);
  });
});

describe('typed methods: nonsense refused before sending', () => {
  it('refuses blank, missing and overlong search text, quoting it', async () => {
    const { supply, sent } = offlineClient();
    await expect(supply.searchMpn({ q: '  ' })).rejects.toThrow(
      new RangeError("searchMpn: q is blank: give the text to search for, got '  ' (a string)."),
    );
    await expect(supply.searchMpn({} as never)).rejects.toThrow(/searchMpn: q is needed/);
    await expect(supply.searchMpn({ q: 'x'.repeat(501) })).rejects.toThrow(/longer than 500 characters/);
    await expect(supply.search({ q: ' \t ' })).rejects.toThrow(/search: q is blank/);
    await expect(supply.suggest({ q: '' })).rejects.toThrow(/suggest: q is blank/);
    await expect(supply.spellingCorrection({ q: ' ' })).rejects.toThrow(/spellingCorrection: q is blank/);
    await expect(supply.multiMatch({ queries: [{ mpn: 'LM358' }, { mpn: ' ' }] })).rejects.toThrow(
      /queries\[1\]\.mpn is blank/,
    );
    expect(sent()).toBe(0);
  });

  it('refuses an unknown country code and quotes page values as given', async () => {
    const { supply, sent } = offlineClient();
    await expect(supply.searchMpn({ q: 'LM358', country: 'UK' })).rejects.toThrow(
      new RangeError(
        "searchMpn: country must be an ISO 3166-1 alpha-2 country code such as 'US', 'DE' or 'GB', got 'UK' (a string).",
      ),
    );
    await expect(supply.multiMatch({ queries: [{ mpn: 'A' }], country: 'XX' })).rejects.toThrow(/'XX'/);
    await expect(supply.searchMpn({ q: 'LM358', limit: '10' as unknown as number })).rejects.toThrow(
      new TypeError(
        "searchMpn: limit must be a whole number from 1 to 100, got '10' (a string). Nexar refuses such a request, so it was not sent.",
      ),
    );
    expect(sent()).toBe(0);
  });
});

describe('createSupplyClient: numeric and country options', () => {
  const auth = staticToken('test-token');
  it('names the option and quotes the value as given', () => {
    expect(() => createSupplyClient({ auth, maxParts: Number.NaN })).toThrow(
      new RangeError('maxParts must be a whole number 0 or more, got NaN.'),
    );
    expect(() => createSupplyClient({ auth, maxParts: '500' as unknown as number })).toThrow(
      new TypeError("maxParts must be a whole number 0 or more, got '500' (a string)."),
    );
    expect(() => createSupplyClient({ auth, cacheTtlMs: Number.POSITIVE_INFINITY })).toThrow(
      /cacheTtlMs .*got Infinity\./,
    );
    expect(() => createSupplyClient({ auth, timeoutMs: Number.NaN })).toThrow(/timeoutMs .*got NaN\./);
    expect(() => createSupplyClient({ auth, country: 'ZZ' })).toThrow(/country must be an ISO 3166-1/);
    expect(() => createSupplyClient(null as never)).toThrow(TypeError);
    expect(createSupplyClient({ auth, country: 'de' }).country).toBe('DE');
  });
});
