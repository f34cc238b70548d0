/**
 * The web page against the embedded emulator, as `pnpm sample web` runs it (no credentials, the
 * emulator's real login form), plus what the tests need around it: every token the identity server
 * hands out (to prove none reaches the browser) and a small cookie-keeping HTTP client.
 */
import { vi } from 'vitest';
import { connect, type SampleConnection } from '../src/setup/index.js';
import { startWebApp, type WebApp } from '../src/web/index.js';

export interface WebHarness {
  connection: SampleConnection;
  app: WebApp;
  /** Every access, refresh and ID token the identity server has issued in this process so far. */
  tokens: IssuedToken[];
  /** Lines the server logged. */
  logged: string[];
  close(): Promise<void>;
}

export async function startWebHarness(): Promise<WebHarness> {
  const tokens = recordIssuedTokens();
  // The token endpoint's rate limit is Nexar's; these tests sign in more often than a person would.
  const connection = await connect({ env: {}, emulator: { autoLogin: false, tokenRateLimit: false } });
  const logged: string[] = [];
  const app = await startWebApp({ connection, port: 0, log: (line) => logged.push(line) });
  return {
    connection,
    app,
    tokens,
    logged,
    close: async () => {
      await app.close();
      await connection.close();
      vi.restoreAllMocks();
    },
  };
}

/** Watches the token endpoint's answers as they pass (the requests themselves go out unchanged). */
export interface IssuedToken {
  kind: 'access_token' | 'refresh_token' | 'id_token';
  value: string;
}

function recordIssuedTokens(): IssuedToken[] {
  const tokens: IssuedToken[] = [];
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const response = await realFetch(input, init);
    const url = input instanceof Request ? input.url : String(input);
    if (new URL(url).pathname === '/connect/token' && response.ok) {
      const body = (await response.clone().json()) as Record<string, unknown>;
      for (const kind of ['access_token', 'refresh_token', 'id_token'] as const) {
        const value = body[kind];
        if (typeof value === 'string') tokens.push({ kind, value });
      }
    }
    return response;
  });
  return tokens;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  body: string;
  location: string | null;
}

/** A browser's minimum over HTTP: cookies per host, redirects followed by hand. */
export class HttpClient {
  readonly #cookies = new Map<string, Map<string, string>>();
  /** Every response's status, headers and body, to search for tokens. */
  readonly seen: { url: string; status: number; headers: string; body: string }[] = [];

  async request(
    url: string,
    init: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {},
  ): Promise<HttpResponse> {
    const target = new URL(url);
    const jar = this.#cookies.get(target.host) ?? new Map<string, string>();
    this.#cookies.set(target.host, jar);
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(target, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      redirect: 'manual',
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        ...init.headers,
      },
      ...(init.form ? { body: new URLSearchParams(init.form).toString() } : {}),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const [name = '', ...value] = pair.split('=');
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (expired || value.join('=') === '') jar.delete(name.trim());
      else jar.set(name.trim(), value.join('='));
    }
    const body = await response.text();
    this.seen.push({
      url: target.href,
      status: response.status,
      headers: JSON.stringify([...response.headers]),
      body,
    });
    return {
      status: response.status,
      headers: response.headers,
      body,
      location: response.headers.get('location'),
    };
  }

  cookie(host: string, name: string): string | undefined {
    return this.#cookies.get(host)?.get(name);
  }

  /** Requests `url` and follows redirects while they stay off `until`'s origin; returns the first response there (unrequested) or the last one. */
  async follow(url: string, until?: string): Promise<{ response: HttpResponse; next: string | undefined }> {
    let next = url;
    for (let hops = 0; hops < 10; hops++) {
      const response = await this.request(next);
      if (!response.location) return { response, next: undefined };
      next = new URL(response.location, next).href;
      if (until && next.startsWith(until)) return { response, next };
    }
    throw new Error('too many redirects');
  }
}

/** Signs in on the app through the emulator's login form, as a person would; returns the callback's response. */
export async function signInOverHttp(
  client: HttpClient,
  app: WebApp,
  user: { email: string; password: string },
  start = `${app.url}/auth/sign-in`,
): Promise<HttpResponse> {
  // To the emulator's login page (its redirects, away from the app).
  const first = await client.request(start);
  if (!first.location) throw new Error('sign-in did not redirect');
  const { response: loginPage, next } = await client.follow(first.location, app.url);
  if (next) throw new Error('the emulator skipped its login page');
  const action = /<form id="login-form" method="post" action="([^"]+)"/.exec(loginPage.body)?.[1];
  if (!action) throw new Error('no login form');
  const loginUrl = client.seen[client.seen.length - 1]?.url ?? '';
  const posted = await client.request(new URL(action.replaceAll('&amp;', '&'), loginUrl).href, {
    form: user,
  });
  if (!posted.location) throw new Error(`login form answered ${posted.status}`);
  const back = await client.follow(new URL(posted.location, loginUrl).href, app.url);
  if (!back.next) throw new Error('the emulator did not return to the app');
  return client.request(back.next);
}
