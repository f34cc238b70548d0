import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient, signInOverHttp, startWebHarness, type WebHarness } from './web-harness.js';

// Where the page sends the browser after sign-in (`next`): the page's own addresses only, and always
// a header value HTTP can carry, whatever the query string holds.
const DANA = { email: 'dana@example.com', password: 'demo' };

let web: WebHarness;
let signedIn: HttpClient;
beforeAll(async () => {
  web = await startWebHarness();
  signedIn = new HttpClient();
  await signInOverHttp(signedIn, web.app, DANA);
});
afterAll(() => web?.close());

const signInWith = (next: string) => `${web.app.url}/auth/sign-in?${new URLSearchParams({ next })}`;

/** A Location the browser resolves to this page's own origin, in printable ASCII only. */
function expectOwnPath(location: string | null, what: string) {
  expect(location, what).toMatch(/^\/[\x21-\x7e]*$/);
  expect(new URL(location ?? '', web.app.url).origin, what).toBe(web.app.url);
}

async function expectServerUp() {
  const home = await new HttpClient().request(`${web.app.url}/`);
  expect(home.status).toBe(200);
}

describe('the return path after sign-in', () => {
  it('a next with CR/LF or characters above U+00FF never reaches a header raw, and the server stays up', async () => {
    for (const next of ['/\r\nX:1', '/\nSet-Cookie: a=b', '/ĀΩ?q=✓', '/x\u2028y', '/\u0000']) {
      const again = await signedIn.request(signInWith(next));
      expect(again.status, JSON.stringify(next)).toBe(303);
      expect(again.headers.get('x'), JSON.stringify(next)).toBeNull();
      expect(again.headers.get('set-cookie'), JSON.stringify(next)).toBeNull();
      expectOwnPath(again.location, JSON.stringify(next));
    }
    expect((await signedIn.request(signInWith('/ĀΩ?q=✓'))).location).toBe('/%C4%80%CE%A9?q=%E2%9C%93');
    await expectServerUp();
  });

  it('the sign-in callback of a user not signed in yet goes to a safe path', async () => {
    // The repro: /auth/sign-in?next=/%0d%0aX:1, then sign in.
    const done = await signInOverHttp(
      new HttpClient(),
      web.app,
      DANA,
      `${web.app.url}/auth/sign-in?next=/%0d%0aX:1`,
    );
    expect(done.status).toBe(303);
    expect(done.headers.get('x')).toBeNull();
    expect(done.location).toBe('/X:1');
    await expectServerUp();
  });

  it('never leads to another site', async () => {
    const other = web.app.url.replace('localhost', '127.0.0.1');
    const hostile = [
      '/\t/evil.example/',
      '/\n/evil.example/',
      '/\r/evil.example/',
      '/\r\n/evil.example/',
      '\t//evil.example/',
      ' //evil.example/',
      '//evil.example/',
      '///evil.example/',
      '/\\evil.example/',
      '\\/evil.example/',
      '\\\\evil.example/',
      '/\\/evil.example/',
      '/./\\evil.example/',
      '/.//evil.example/',
      '/a/..//evil.example/',
      '/%2e%2e//evil.example/',
      '/%2e//evil.example',
      'https://evil.example/',
      'HTTPS://EVIL.EXAMPLE',
      'https:evil.example',
      'https:/evil.example',
      'ftp://evil.example/',
      `http://localhost:${new URL(web.app.url).port}@evil.example/`,
      'javascript:alert(1)',
      'JavaScript:alert(document.cookie)//',
      'data:text/html,<script>alert(1)</script>',
      `${other}/`,
      'http://localhost:1/',
      '//localhost:1/',
      `/${'a'.repeat(10_000)}`,
      '',
    ];
    for (const next of hostile) {
      const what = JSON.stringify(next.slice(0, 60));
      const answer = await signedIn.request(signInWith(next));
      expect(answer.status, what).toBe(303);
      expectOwnPath(answer.location, what);
      expect(answer.location, what).not.toMatch(/evil|^\/\/|^\/\\/);
    }
    // The repro, through the whole sign-in: back on this page, at its start.
    const done = await signInOverHttp(
      new HttpClient(),
      web.app,
      DANA,
      `${web.app.url}/auth/sign-in?next=/%09/evil.example/`,
    );
    expect(done.location).toBe('/');
    await expectServerUp();
  });

  it('keeps a return path of up to 2,048 characters through the sign-in, and none longer', async () => {
    const fits = `/search?q=${'a'.repeat(2_048 - '/search?q='.length)}`;
    const kept = await signInOverHttp(new HttpClient(), web.app, DANA, signInWith(fits));
    expect(kept.location).toBe(fits);
    const tooLong = await signInOverHttp(new HttpClient(), web.app, DANA, signInWith(`${fits}b`));
    expect(tooLong.location).toBe('/');
  });

  it("keeps this site's own paths, and same-origin absolute addresses as paths", async () => {
    const kept: [string, string][] = [
      ['/project?id=prj-1&qty=5', '/project?id=prj-1&qty=5'],
      ['/search?q=LM358%20N', '/search?q=LM358%20N'],
      [`${web.app.url}/projects?workspace=x`, '/projects?workspace=x'],
      ['/a/../search', '/search'],
      ['search', '/search'], // relative to the page's root, like a browser reads it
    ];
    for (const [next, location] of kept) {
      expect((await signedIn.request(signInWith(next))).location, next).toBe(location);
    }
  });
});
