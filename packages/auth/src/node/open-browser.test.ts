import { describe, expect, it } from 'vitest';
import { browserCommand, openSystemBrowser } from './open-browser.js';

describe('browserCommand', () => {
  const url = 'http://127.0.0.1:1/connect/authorize?a=1&b=2';

  it('passes the URL as one argument, never through a shell', () => {
    expect(browserCommand(url, 'darwin')).toEqual(['open', [url]]);
    expect(browserCommand(url, 'linux')).toEqual(['xdg-open', [url]]);
    expect(browserCommand(url, 'win32')).toEqual(['rundll32', ['url.dll,FileProtocolHandler', url]]);
  });

  it('opens only http and https URLs', async () => {
    await expect(openSystemBrowser('file:///etc/passwd')).rejects.toThrow(TypeError);
  });
});
