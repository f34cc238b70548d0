import { describe, expect, it } from 'vitest';
import { SplicedJson } from './spliced-json.js';

describe('SplicedJson', () => {
  it('writes placeholders as their JSON, byte for byte what JSON.stringify writes for the whole', () => {
    const parts = [
      { id: '1', mpn: 'LM358', description: 'Op amp, 1 kΩ ±5 %' },
      { id: '2', mpn: 'NE555', sellers: [{ name: 'Müller', prices: [0.1, 2e-7] }] },
    ];
    const spliced = new SplicedJson();
    const answer = {
      data: {
        matches: parts.map((part, i) => ({
          reference: `line ${i} "quoted" {"id":"`,
          parts: [spliced.placeholder(Buffer.from(JSON.stringify(part)))],
        })),
      },
    };
    const expected = {
      data: {
        matches: parts.map((part, i) => ({ reference: `line ${i} "quoted" {"id":"`, parts: [part] })),
      },
    };
    expect(spliced.size).toBe(2);
    expect(spliced.stringify(answer).equals(Buffer.from(JSON.stringify(expected)))).toBe(true);
  });

  it('leaves objects that only look like placeholders as JSON.stringify writes them', () => {
    const spliced = new SplicedJson();
    spliced.placeholder(Buffer.from('{"id":"x"}'));
    const answer = { a: [{ id: '0' }, { id: 'abc:0' }, { id: '{"id":"' }] };
    expect(spliced.stringify(answer).toString()).toBe(JSON.stringify(answer));
  });

  it('placeholders belong to one answer: another leaves them alone, and an unknown number is an error', () => {
    const one = new SplicedJson();
    const other = new SplicedJson();
    const stray = one.placeholder(Buffer.from('{}'));
    other.placeholder(Buffer.from('[]'));
    expect(one.stringify({ part: stray }).toString()).toBe('{"part":{}}');
    expect(other.stringify({ part: stray }).toString()).toBe(JSON.stringify({ part: stray }));
    expect(() => one.stringify({ part: { id: stray.id.replace(/\d+$/, '7') } })).toThrow(/does not have/);
  });
});
