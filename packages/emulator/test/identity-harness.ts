import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApplicationRegistry, type ApplicationSpec, DEMO_APPLICATIONS } from '../src/applications.js';
import { createIdentity, type Identity, type IdentityOptions } from '../src/identity/index.js';
import { EmulatorStats } from '../src/stats.js';
import { DEMO_USERS } from '../src/users.js';

/** A public (secretless) code-flow app, next to the three demo apps. */
export const PUBLIC_APP = {
  name: 'Demo public app',
  clientId: 'demo-public-app',
  scopes: ['design.domain'],
} as const satisfies ApplicationSpec;

export interface IdentityHarness {
  url: string;
  identity: Identity;
  stats: EmulatorStats;
  applications: ApplicationRegistry;
  close(): Promise<void>;
}

/** Serves one identity on 127.0.0.1 (a free port), with the demo apps and users. */
export async function startIdentity(overrides: Partial<IdentityOptions> = {}): Promise<IdentityHarness> {
  let identity: Identity | undefined;
  const server: Server = createServer((req, res) => {
    if (identity) identity.handle(req, res);
    else res.writeHead(503).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const stats = new EmulatorStats();
  const applications = new ApplicationRegistry([...Object.values(DEMO_APPLICATIONS), PUBLIC_APP]);
  identity = await createIdentity({
    issuer: url,
    applications,
    users: DEMO_USERS,
    accessTokenTtlSeconds: 86400,
    refreshTokenTtlSeconds: 30 * 86400,
    autoLogin: false,
    tokenRateLimit: false,
    stats,
    ...overrides,
  });
  return {
    url,
    identity,
    stats,
    applications,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** POSTs a form to the token endpoint and returns the status, headers and parsed JSON body. */
export async function tokenRequest(
  url: string,
  form: Record<string, string>,
  init: { basic?: { clientId: string; clientSecret: string } } = {},
): Promise<{ status: number; headers: Headers; body: Record<string, unknown>; text: string }> {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (init.basic) {
    const user = encodeURIComponent(init.basic.clientId);
    const pass = encodeURIComponent(init.basic.clientSecret);
    headers.authorization = `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
  }
  const response = await fetch(`${url}/connect/token`, {
    method: 'POST',
    headers,
    body: new URLSearchParams(form),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: JSON.parse(text) as Record<string, unknown>,
    text,
  };
}

export interface Pkce {
  verifier: string;
  challenge: string;
}

export function pkce(): Pkce {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** An authorization URL for the code flow with PKCE S256. */
export function authorizeUrl(
  url: string,
  params: {
    clientId: string;
    redirectUri: string;
    scope: string;
    challenge: string;
    state?: string;
  } & Record<string, string>,
): string {
  const { clientId, redirectUri, challenge, ...rest } = params;
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: redirectUri,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...rest,
  });
  return `${url}/connect/authorize?${query}`;
}

/** A minimal cookie jar for following the login flow by hand (paths are ignored: one host, few cookies). */
export class CookieJar {
  readonly #cookies = new Map<string, string>();

  store(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (/expires=Thu, 01 Jan 1970/i.test(header) || value === '') this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/** GETs or POSTs without following redirects, carrying and updating the jar's cookies. */
export async function browse(
  jar: CookieJar,
  url: string,
  init: { method?: 'GET' | 'POST'; form?: Record<string, string> } = {},
): Promise<Response> {
  const headers: Record<string, string> = { cookie: jar.header() };
  if (init.form) headers['content-type'] = 'application/x-www-form-urlencoded';
  const response = await fetch(url, {
    method: init.method ?? (init.form ? 'POST' : 'GET'),
    headers,
    redirect: 'manual',
    ...(init.form ? { body: new URLSearchParams(init.form) } : {}),
  });
  jar.store(response);
  return response;
}

/** Follows redirects by hand until one points outside `base` (the app's callback), returning that URL. */
export async function followToCallback(jar: CookieJar, start: string, base: string): Promise<URL> {
  let next = start;
  for (let hop = 0; hop < 10; hop += 1) {
    const response = await browse(jar, next);
    await response.arrayBuffer();
    const location = response.headers.get('location');
    if (!location)
      throw new Error(`expected a redirect from ${new URL(next).pathname}, got ${response.status}`);
    const target = new URL(location, next);
    if (target.origin !== new URL(base).origin) return target;
    next = target.href;
  }
  throw new Error('too many redirects');
}
