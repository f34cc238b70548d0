import { describe, expect, it } from 'vitest';
import { bypassesProxy } from './no-proxy.js';

const url = (text: string) => new URL(text);

describe('bypassesProxy', () => {
  it('matches hosts, domains with their subdomains, ports and *', () => {
    expect(bypassesProxy(url('https://api.nexar.com/graphql'), 'nexar.com')).toBe(true);
    expect(bypassesProxy(url('https://api.nexar.com/graphql'), '.nexar.com')).toBe(true);
    expect(bypassesProxy(url('https://api.nexar.com/graphql'), '*.nexar.com')).toBe(true);
    expect(bypassesProxy(url('https://notnexar.com/'), 'nexar.com')).toBe(false);
    expect(bypassesProxy(url('http://127.0.0.1:4010/'), 'localhost, 127.0.0.1')).toBe(true);
    expect(bypassesProxy(url('http://127.0.0.1:4010/'), '127.0.0.1:4011')).toBe(false);
    expect(bypassesProxy(url('http://127.0.0.1:4010/'), '127.0.0.1:4010')).toBe(true);
    expect(bypassesProxy(url('https://identity.nexar.com/'), 'example.com:443,identity.nexar.com')).toBe(
      true,
    );
    expect(bypassesProxy(url('http://[::1]:3000/'), '::1')).toBe(true);
    expect(bypassesProxy(url('https://anything.example/'), '*')).toBe(true);
    expect(bypassesProxy(url('https://anything.example/'), '')).toBe(false);
  });
});
