import { describe, expect, it } from 'vitest';
import { basicClientId } from './token-endpoint.js';

const basic = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;

describe('basicClientId', () => {
  it('reads the form-encoded client id of a Basic header', () => {
    expect(basicClientId(basic('demo-supply-app', 'secret'))).toBe('demo-supply-app');
    expect(basicClientId(basic('my%20app', 'secret'))).toBe('my app');
    expect(basicClientId(basic('a+b', 'secret'))).toBe('a b');
    expect(basicClientId(`basic ${Buffer.from('x:y').toString('base64')}`)).toBe('x');
  });

  it('ignores other or malformed headers', () => {
    expect(basicClientId(undefined)).toBeUndefined();
    expect(basicClientId('Bearer abc')).toBeUndefined();
    expect(basicClientId(`Basic ${Buffer.from('no-colon').toString('base64')}`)).toBeUndefined();
    expect(basicClientId(basic('%E0%A4%A', 'x'))).toBeUndefined();
  });
});
