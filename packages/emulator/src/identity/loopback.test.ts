import { describe, expect, it } from 'vitest';
import { isLoopbackOrigin, isLoopbackRedirectUri } from './loopback.js';

describe('isLoopbackRedirectUri', () => {
  it.each([
    'http://localhost:3000/login',
    'http://localhost/',
    'http://127.0.0.1:53111/callback?x=1',
    'http://[::1]:8080/auth/done',
  ])('accepts %s', (uri) => {
    expect(isLoopbackRedirectUri(uri)).toBe(true);
  });

  it.each([
    'https://localhost:3000/login',
    'http://localhost.evil.example/login',
    'http://evil.example/?http://localhost/',
    'http://user:pass@localhost:3000/login',
    'http://localhost:3000/login#fragment',
    'http://10.0.0.1:3000/login',
    'https://api.nexar.com/graphql',
    'not a url',
  ])('refuses %s', (uri) => {
    expect(isLoopbackRedirectUri(uri)).toBe(false);
  });
});

describe('isLoopbackOrigin', () => {
  it('accepts loopback http origins only', () => {
    expect(isLoopbackOrigin('http://localhost:5173')).toBe(true);
    expect(isLoopbackOrigin('http://127.0.0.1:3000')).toBe(true);
    expect(isLoopbackOrigin('https://localhost:5173')).toBe(false);
    expect(isLoopbackOrigin('http://example.com')).toBe(false);
    expect(isLoopbackOrigin('http://localhost:5173/path')).toBe(false);
    expect(isLoopbackOrigin('null')).toBe(false);
  });
});
