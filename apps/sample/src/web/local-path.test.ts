import { describe, expect, it } from 'vitest';
import { localPath, MAX_LOCAL_PATH_LENGTH } from './local-path.js';

const ORIGIN = 'http://localhost:3000';

describe('localPath', () => {
  it('keeps paths on this site, percent-encoded, and turns same-origin addresses into paths', () => {
    expect(localPath('/project?id=1&qty=5', ORIGIN)).toBe('/project?id=1&qty=5');
    expect(localPath(`${ORIGIN}/search?q=x#top`, ORIGIN)).toBe('/search?q=x#top');
    expect(localPath('/ü?x=Ā y', ORIGIN)).toBe('/%C3%BC?x=%C4%80%20y');
    expect(localPath('/\r\nX:1', ORIGIN)).toBe('/X:1'); // a browser drops the newline too
  });

  it('refuses other sites however they are written', () => {
    for (const value of [
      '//evil.example/x',
      '/\\evil.example',
      '/\t/evil.example/',
      '/\n/evil.example/',
      '/.//evil.example',
      '/%2e%2e//evil.example',
      'https://evil.example',
      'https:evil.example',
      'javascript:alert(1)',
      'http://127.0.0.1:3000/',
      'http://localhost:3001/',
      'http://localhost:3000@evil.example/',
    ]) {
      expect(localPath(value, ORIGIN), JSON.stringify(value)).toBe('/');
    }
  });

  it('refuses nothing, unparseable and overlong values', () => {
    expect(localPath(null, ORIGIN)).toBe('/');
    expect(localPath('', ORIGIN)).toBe('/');
    expect(localPath('http://[', ORIGIN)).toBe('/');
    expect(localPath(`/${'a'.repeat(MAX_LOCAL_PATH_LENGTH)}`, ORIGIN)).toBe('/');
    // Short as typed, too long once encoded.
    expect(localPath(`/${'Ā'.repeat(MAX_LOCAL_PATH_LENGTH / 2)}`, ORIGIN)).toBe('/');
    expect(localPath(`/${'a'.repeat(MAX_LOCAL_PATH_LENGTH - 1)}`, ORIGIN)).toHaveLength(
      MAX_LOCAL_PATH_LENGTH,
    );
  });
});
