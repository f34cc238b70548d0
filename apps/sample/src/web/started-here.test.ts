import { describe, expect, it } from 'vitest';
import { startedHere } from './started-here.js';

const ORIGIN = 'http://localhost:3000';

describe('startedHere', () => {
  it('trusts Sec-Fetch-Site when the browser sends it: this origin or the address bar only', () => {
    expect(startedHere({ fetchSite: 'same-origin', origin: undefined }, ORIGIN)).toBe(true);
    expect(startedHere({ fetchSite: 'none', origin: undefined }, ORIGIN)).toBe(true);
    expect(startedHere({ fetchSite: 'same-site', origin: undefined }, ORIGIN)).toBe(false);
    expect(startedHere({ fetchSite: 'cross-site', origin: undefined }, ORIGIN)).toBe(false);
    expect(startedHere({ fetchSite: 'cross-site', origin: ORIGIN }, ORIGIN)).toBe(false);
    expect(startedHere({ fetchSite: 'something-new', origin: undefined }, ORIGIN)).toBe(false);
  });

  it("falls back to Origin, and takes a request with neither as the user's own", () => {
    expect(startedHere({ fetchSite: undefined, origin: ORIGIN }, ORIGIN)).toBe(true);
    expect(startedHere({ fetchSite: undefined, origin: 'https://evil.example' }, ORIGIN)).toBe(false);
    expect(startedHere({ fetchSite: undefined, origin: 'null' }, ORIGIN)).toBe(false);
    expect(startedHere({ fetchSite: undefined, origin: undefined }, ORIGIN)).toBe(true);
  });
});
