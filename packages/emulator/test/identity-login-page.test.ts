import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APPLICATIONS } from '../src/applications.js';
import {
  authorizeUrl,
  browse,
  CookieJar,
  followToCallback,
  type IdentityHarness,
  pkce,
  startIdentity,
  tokenRequest,
} from './identity-harness.js';

const { design } = DEMO_APPLICATIONS;
const REDIRECT = 'http://localhost:3000/login';

let server: IdentityHarness;
beforeAll(async () => {
  server = await startIdentity({ autoLogin: false });
});
afterAll(() => server.close());

/** Starts an authorization and returns the login page's URL, its HTML and the verifier. */
/** A browser (cookie jar) that has signed in as Dana through the login form and reached the callback. */
async function signedInBrowser(): Promise<CookieJar> {
  const jar = new CookieJar();
  const { pageUrl, html } = await openLoginPage(jar);
  const submitted = await browse(jar, new URL(formAction(html, 'login-form'), pageUrl).href, {
    form: { email: 'dana@example.com', password: 'demo' },
  });
  await followToCallback(jar, new URL(submitted.headers.get('location') ?? '', server.url).href, server.url);
  return jar;
}

async function openLoginPage(jar: CookieJar, extra: Record<string, string> = {}) {
  const { verifier, challenge } = pkce();
  const start = await browse(
    jar,
    authorizeUrl(server.url, {
      clientId: design.clientId,
      redirectUri: REDIRECT,
      scope: 'openid design.domain user.access',
      challenge,
      state: 'xyz',
      ...extra,
    }),
  );
  expect(start.status).toBe(303);
  const pageUrl = new URL(start.headers.get('location') ?? '', server.url);
  expect(pageUrl.pathname).toMatch(/^\/interaction\/[\w-]+$/);
  const page = await browse(jar, pageUrl.href);
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  return { pageUrl, html: await page.text(), verifier };
}

function formAction(html: string, formId: string): string {
  const match = new RegExp(`<form id="${formId}" method="post" action="([^"]+)"`).exec(html);
  if (!match?.[1]) throw new Error(`no form #${formId}`);
  return match[1];
}

describe('login page', () => {
  it('lists the demo users and has stable, documented fields', async () => {
    const { html } = await openLoginPage(new CookieJar());
    expect(html).toContain('dana@example.com');
    expect(html).toContain('lee@example.com');
    expect(html).toContain('Demo design app');
    expect(html).toMatch(/<input id="email" name="email"/);
    expect(html).toMatch(/<input id="password" name="password" type="password"/);
    expect(html).toMatch(/<button id="sign-in" type="submit">/);
    expect(html).toMatch(/<button id="cancel" class="secondary" type="submit">/);
    // The sign-in button is the first submit button, so `button[type=submit]` selects it.
    expect(html.indexOf('type="submit"')).toBe(
      html.indexOf('id="sign-in" type="submit"') + 'id="sign-in" '.length,
    );
    expect(html).not.toMatch(/<script|https?:\/\/(?!127\.0\.0\.1)/);
  });

  it('signs in by form post and returns to the app with a code for that user', async () => {
    const jar = new CookieJar();
    const { pageUrl, html, verifier } = await openLoginPage(jar);
    const submitted = await browse(jar, new URL(formAction(html, 'login-form'), pageUrl).href, {
      form: { email: 'Lee@Example.com', password: 'demo' },
    });
    expect(submitted.status).toBe(303);
    const callback = await followToCallback(
      jar,
      new URL(submitted.headers.get('location') ?? '', server.url).href,
      server.url,
    );
    expect(callback.origin + callback.pathname).toBe(REDIRECT);
    expect(callback.searchParams.get('state')).toBe('xyz');
    const code = callback.searchParams.get('code') ?? '';

    const { status, body } = await tokenRequest(server.url, {
      grant_type: 'authorization_code',
      client_id: design.clientId,
      client_secret: design.clientSecret,
      code,
      code_verifier: verifier,
      redirect_uri: REDIRECT,
    });
    expect(status).toBe(200);
    expect((await server.identity.verifyAccessToken(body.access_token as string)).userId).toBe('user-lee');
  });

  it('shows a clear error for a wrong password and keeps the email, without echoing the password', async () => {
    const jar = new CookieJar();
    const { pageUrl, html } = await openLoginPage(jar);
    const action = new URL(formAction(html, 'login-form'), pageUrl).href;
    const failed = await browse(jar, action, {
      form: { email: 'dana@example.com', password: 'hunter2-wrong' },
    });
    expect(failed.status).toBe(401);
    const again = await failed.text();
    expect(again).toContain('id="error"');
    expect(again).toContain('Wrong email or password');
    expect(again).toContain('value="dana@example.com"');
    expect(again).not.toContain('hunter2-wrong');

    const unknownUser = await browse(jar, action, {
      form: { email: 'nobody@example.com', password: 'demo' },
    });
    expect(unknownUser.status).toBe(401);

    // The same interaction still completes after the failed attempts.
    const ok = await browse(jar, action, { form: { email: 'dana@example.com', password: 'demo' } });
    expect(ok.status).toBe(303);
    const callback = await followToCallback(
      jar,
      new URL(ok.headers.get('location') ?? '', server.url).href,
      server.url,
    );
    expect(callback.searchParams.has('code')).toBe(true);
  });

  it('turns cancel into error=access_denied on the redirect', async () => {
    const jar = new CookieJar();
    const { pageUrl, html } = await openLoginPage(jar);
    const cancelled = await browse(jar, new URL(formAction(html, 'cancel-form'), pageUrl).href, { form: {} });
    expect(cancelled.status).toBe(303);
    const callback = await followToCallback(
      jar,
      new URL(cancelled.headers.get('location') ?? '', server.url).href,
      server.url,
    );
    expect(callback.origin + callback.pathname).toBe(REDIRECT);
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(callback.searchParams.get('state')).toBe('xyz');
    expect(callback.searchParams.has('code')).toBe(false);
  });

  it('skips the page for a browser that is already signed in', async () => {
    const jar = await signedInBrowser();

    const { challenge } = pkce();
    const second = await browse(
      jar,
      authorizeUrl(server.url, {
        clientId: design.clientId,
        redirectUri: REDIRECT,
        scope: 'openid design.domain',
        challenge,
      }),
    );
    const location = new URL(second.headers.get('location') ?? '', server.url);
    expect(location.origin + location.pathname).toBe(REDIRECT);
    expect(location.searchParams.has('code')).toBe(true);
  });

  it('signs out through the end-session page, after which the login page is shown again', async () => {
    const jar = await signedInBrowser();

    const confirm = await browse(jar, `${server.url}/connect/endsession`);
    expect(confirm.status).toBe(200);
    const confirmHtml = await confirm.text();
    expect(confirmHtml).toContain('id="sign-out"');
    const action = /<form[^>]*action="([^"]+)"/.exec(confirmHtml)?.[1] ?? '';
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(confirmHtml)?.[1] ?? '';
    const signedOut = await browse(jar, new URL(action, server.url).href, { form: { xsrf, logout: 'yes' } });
    const done = await browse(jar, new URL(signedOut.headers.get('location') ?? '', server.url).href);
    expect(await done.text()).toContain('Signed out');

    await openLoginPage(jar);
  });

  it('refuses interaction pages without their cookie, and unknown interaction paths', async () => {
    const { pageUrl } = await openLoginPage(new CookieJar());
    const stranger = await fetch(pageUrl, { redirect: 'manual' });
    expect(stranger.status).toBe(400);
    expect(await stranger.text()).toContain('expired');
    const unknown = await fetch(`${pageUrl.href}/somewhere`, { method: 'POST', redirect: 'manual' });
    expect(unknown.status).toBe(404);
  });

  it('escapes whatever the user typed back into the page', async () => {
    const jar = new CookieJar();
    const { pageUrl, html } = await openLoginPage(jar);
    const failed = await browse(jar, new URL(formAction(html, 'login-form'), pageUrl).href, {
      form: { email: '"><script>alert(1)</script>', password: 'x' },
    });
    const text = await failed.text();
    expect(text).not.toContain('<script>alert(1)</script>');
    expect(text).toContain('&quot;&gt;&lt;script&gt;');
  });
});
