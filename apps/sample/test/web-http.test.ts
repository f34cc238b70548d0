import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient, signInOverHttp, startWebHarness, type WebHarness } from './web-harness.js';

const DANA = { email: 'dana@example.com', password: 'demo' };
const SESSION = 'nexar_sample_session';

let web: WebHarness;
let host: string;
beforeAll(async () => {
  web = await startWebHarness();
  host = new URL(web.app.url).host;
});
afterAll(() => web?.close());

/** Every response a client saw: no token of any kind in a header, cookie or page. */
function expectNoTokenIn(client: HttpClient) {
  expect(web.tokens.map((t) => t.kind)).toEqual(
    expect.arrayContaining(['access_token', 'refresh_token', 'id_token']),
  );
  for (const seen of client.seen.filter((s) => s.url.startsWith(web.app.url))) {
    for (const { value: token } of web.tokens) {
      expect(seen.headers).not.toContain(token);
      expect(seen.body).not.toContain(token);
    }
  }
}

describe('the web page over HTTP', () => {
  it('serves the start page with no session, security headers and a plain demo-data notice', async () => {
    const client = new HttpClient();
    const page = await client.request(`${web.app.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('set-cookie')).toBeNull();
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.body).toMatch(/<p class="notice" id="demo-notice" role="note"><strong>Demo data\.<\/strong>/);
    expect(page.body).toContain('href="/auth/sign-in"');
    // Searching spends the app's parts: the start page says to sign in for it, and offers no search form.
    expect(page.body).toContain('Sign in to search parts');
    expect(page.body).toContain('href="/auth/sign-in?next=%2Fsearch"');
    expect(page.body).not.toContain('id="search-form"');
  });

  it('answers an unknown address with a friendly 404 page', async () => {
    const page = await new HttpClient().request(`${web.app.url}/no/such/page?x=<b>`);
    expect(page.status).toBe(404);
    expect(page.body).toContain('<h1>Not found</h1>');
    expect(page.body).toContain('href="/"');
    expect(page.body).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
  });

  it('sends pages that need a user to sign in first, and back afterwards', async () => {
    const client = new HttpClient();
    for (const path of ['/projects?workspace=x', '/project?id=prj-1&qty=5', '/search?q=LM358']) {
      const page = await client.request(`${web.app.url}${path}`);
      expect(page.status).toBe(303);
      const location = new URL(page.location ?? '', web.app.url);
      expect(location.pathname).toBe('/auth/sign-in');
      expect(location.searchParams.get('next')).toBe(path);
    }
  });

  it('starts sign-in with a PKCE request to Nexar and an HTTP-only, SameSite=Lax session cookie', async () => {
    const client = new HttpClient();
    const started = await client.request(`${web.app.url}/auth/sign-in`);
    expect(started.status).toBe(303);
    const authorize = new URL(started.location ?? '');
    expect(authorize.origin + authorize.pathname).toBe(web.connection.emulator?.authorizeUrl);
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${web.app.url}/auth/callback`);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('state')).toMatch(/^[\w-]{20,}$/);
    const cookie = started.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(new RegExp(`^${SESSION}=[\\w-]{43}; Path=/; HttpOnly; SameSite=Lax$`));
  });

  it('signs in through the emulator login form, rotates the session id, shows the workspaces, and never sends a token', async () => {
    const client = new HttpClient();
    await client.request(`${web.app.url}/auth/sign-in`);
    const before = client.cookie(host, SESSION);
    const done = await signInOverHttp(client, web.app, DANA, `${web.app.url}/auth/sign-in?next=/search`);
    expect(done.status).toBe(303);
    expect(done.location).toBe('/search');
    expect(done.headers.get('set-cookie')).toMatch(/; HttpOnly; SameSite=Lax$/);
    const after = client.cookie(host, SESSION);
    expect(after).toBeDefined();
    expect(after).not.toBe(before);

    const home = await client.request(`${web.app.url}/`);
    expect(home.body).toContain('Signed in as Dana Demo');
    expect(home.body).toContain('Acme Robotics');
    // The id from before the sign-in is worth nothing now.
    const stale = await fetch(`${web.app.url}/`, { headers: { cookie: `${SESSION}=${before}` } });
    expect(await stale.text()).not.toContain('Signed in as');

    // Signed in already: sign-in goes straight to where it was asked to.
    const again = await client.request(`${web.app.url}/auth/sign-in?next=/search`);
    expect(again.status).toBe(303);
    expect(again.location).toBe('/search');

    const project = await client.request(`${web.app.url}/project?id=prj-acme-robotics-01&qty=10`);
    expect(project.status).toBe(200);
    expect(project.body).toContain('<table id="bom">');
    expectNoTokenIn(client);
  });

  it('escapes what the user typed', async () => {
    const client = new HttpClient();
    await signInOverHttp(client, web.app, DANA);
    const page = await client.request(
      `${web.app.url}/search?${new URLSearchParams({ q: '"><script>alert(1)</script>', qty: '5' })}`,
    );
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('<script>alert(1)</script>');
    expect(page.body).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it('refuses a bad quantity with a page that says what to enter', async () => {
    const client = new HttpClient();
    await signInOverHttp(client, web.app, DANA);
    const page = await client.request(`${web.app.url}/search?q=LM358&qty=-3`);
    expect(page.status).toBe(400);
    expect(page.body).toContain('a whole number from 1 to 1,000,000');
    expect(page.body).toContain('href="/search?q=LM358"');
  });

  it('a callback with no sign-in waiting, or with another state, gives a friendly page and no session', async () => {
    const stray = await new HttpClient().request(`${web.app.url}/auth/callback?code=abc&state=xyz`);
    expect(stray.status).toBe(400);
    expect(stray.body).toContain('Sign-in not completed');

    const client = new HttpClient();
    await client.request(`${web.app.url}/auth/sign-in`);
    const forged = await client.request(`${web.app.url}/auth/callback?code=abc&state=not-the-one`);
    expect(forged.status).toBe(400);
    expect(forged.body).toContain('Start again');
    expect((await client.request(`${web.app.url}/`)).body).not.toContain('Signed in as');
  });

  it('signs out only from its own page: clears the session and revokes the refresh token', async () => {
    const client = new HttpClient();
    const issuedBefore = web.tokens.length;
    await signInOverHttp(client, web.app, DANA);
    const id = client.cookie(host, SESSION);
    const refreshTokens = web.tokens.slice(issuedBefore).filter((t) => t.kind === 'refresh_token');
    expect(refreshTokens).toHaveLength(1);

    const foreign = await client.request(`${web.app.url}/auth/sign-out`, {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    expect((await client.request(`${web.app.url}/`)).body).toContain('Signed in as');

    const out = await client.request(`${web.app.url}/auth/sign-out`, {
      method: 'POST',
      headers: { origin: web.app.url },
    });
    expect(out.status).toBe(303);
    expect(out.location).toBe('/');
    expect(out.headers.get('set-cookie')).toBe(`${SESSION}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`);
    const again = await fetch(`${web.app.url}/project?id=prj-acme-robotics-01`, {
      headers: { cookie: `${SESSION}=${id}` },
      redirect: 'manual',
    });
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toMatch(/^\/auth\/sign-in\?/);
    // The provider's logout revoked the refresh token at Nexar: it no longer gets a token.
    const { clientId, clientSecret } = web.connection.emulator?.clients.both ?? {};
    const refresh = await fetch(web.connection.emulator?.tokenUrl ?? '', {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: refreshTokens[0]?.value ?? '',
        client_id: clientId ?? '',
        client_secret: clientSecret ?? '',
      }),
    });
    expect(refresh.status).toBe(400);
    expect(((await refresh.json()) as { error: string }).error).toBe('invalid_grant');
  });

  it('tells the user to sign in again when Nexar ends the session', async () => {
    const client = new HttpClient();
    await signInOverHttp(client, web.app, DANA);
    const emulator = web.connection.emulator;
    if (!emulator) throw new Error('no emulator');
    emulator.revokeAccessTokens();
    await emulator.revokeRefreshTokens();
    const page = await client.request(`${web.app.url}/`);
    expect(page.status).toBe(401);
    expect(page.body).toContain('Session expired');
    expect(page.body).toContain('href="/auth/sign-in"');
    expect(page.headers.get('set-cookie')).toContain('Max-Age=0');
    expect(page.body).not.toContain('Signed in as');
  });

  it('answers only on its own host name, so the cookie and the callback always meet', async () => {
    const other = await fetch(web.app.url.replace('localhost', '127.0.0.1'), { redirect: 'manual' });
    expect(other.status).toBe(308);
    expect(other.headers.get('location')).toBe(`${web.app.url}/`);
  });
});
