import { describe, expect, it } from 'vitest';
import { currencyCode, parseFlags, portNumber, positiveInteger } from './args.js';
import { UsageError } from './errors.js';
import { CLI } from './invocation.js';

describe('args', () => {
  it('parses a command’s flags and positionals', () => {
    const { values, positionals } = parseFlags(
      ['a.csv', '--qty', '5', '--json'],
      {
        qty: { type: 'string' },
        json: { type: 'boolean' },
      },
      'bom',
    );
    expect(values).toEqual({ qty: '5', json: true });
    expect(positionals).toEqual(['a.csv']);
  });

  it('turns an unknown flag into one line naming the command', () => {
    expect(() => parseFlags(['--nope'], {}, 'bom')).toThrow(
      new UsageError(`bom: Unknown option '--nope'. See \`${CLI} help\`.`),
    );
  });

  it('checks numbers and currency codes', () => {
    expect(positiveInteger(undefined, '--qty', 1)).toBe(1);
    expect(positiveInteger('25', '--qty', 1)).toBe(25);
    for (const bad of ['0', '-2', '2.5', 'ten', '', '1e3']) {
      expect(() => positiveInteger(bad, '--qty', 1)).toThrow(UsageError);
    }
    expect(portNumber('0')).toBe(0);
    expect(() => portNumber('65536')).toThrow(UsageError);
    expect(currencyCode('eur')).toBe('EUR');
    expect(() => currencyCode('euro')).toThrow(/three-letter/);
  });
});
