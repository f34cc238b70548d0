import { describe, expect, it } from 'vitest';
import { fieldSetName, fieldVariables } from './field-presets.js';

describe('field presets', () => {
  it('switches the optional groups on per preset, basic by default', () => {
    expect(fieldVariables()).toEqual({ withSpecs: false, withDocuments: false, withLeadTimes: false });
    expect(fieldVariables('standard')).toEqual({
      withSpecs: true,
      withDocuments: true,
      withLeadTimes: false,
    });
    expect(fieldVariables('full')).toEqual({ withSpecs: true, withDocuments: true, withLeadTimes: true });
    expect(fieldVariables({ leadTimes: true })).toEqual({
      withSpecs: false,
      withDocuments: false,
      withLeadTimes: true,
    });
  });

  it('names a field set by its preset, or by its groups', () => {
    expect(fieldSetName()).toBe('basic');
    expect(fieldSetName({ specs: true, documents: true })).toBe('standard');
    expect(fieldSetName({ specs: true, leadTimes: true })).toBe('specs+leadTimes');
    expect(fieldSetName({})).toBe('basic');
  });

  it('refuses an unknown preset', () => {
    expect(() => fieldVariables('pro' as 'basic')).toThrow(TypeError);
  });
});
