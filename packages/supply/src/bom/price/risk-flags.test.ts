import { describe, expect, it } from 'vitest';
import { lifecycleOf } from './risk-flags.js';

const withStatus = (value: string) => ({
  specs: [{ attribute: { shortname: 'lifecyclestatus' }, value, displayValue: value }],
});

describe('lifecycleOf', () => {
  it("reads the part's Lifecycle Status spec as Octopart words it", () => {
    expect(lifecycleOf(withStatus('Obsolete'))).toBe('obsolete');
    expect(lifecycleOf(withStatus('EOL'))).toBe('obsolete');
    expect(lifecycleOf(withStatus('NRND'))).toBe('nrnd');
    expect(lifecycleOf(withStatus('Not Recommended for New Designs'))).toBe('nrnd');
    expect(lifecycleOf(withStatus('Production (Last Updated: 2 months ago)'))).toBe('active');
    expect(lifecycleOf({ specs: [] })).toBe('unknown');
  });
});
