import type { IncomingMessage } from 'node:http';
import type Provider from 'oidc-provider';
import type { DemoUser } from '../users.js';
import { findUser } from './accounts.js';

/**
 * OpenID Connect lets a server drop `offline_access` unless `prompt=consent` is sent, and oidc-provider does.
 * identity.nexar.com issues the refresh token without it, and the emulator's consent is implied anyway
 * (see provider-config.ts), so a request asking `offline_access` is read as also asking consent.
 * Returns the query to use, or undefined when it stays as it is.
 */
export function impliedConsentQuery(query: URLSearchParams): URLSearchParams | undefined {
  const scopes = (query.get('scope') ?? '').split(' ');
  const prompts = (query.get('prompt') ?? '').split(' ').filter(Boolean);
  if (!scopes.includes('offline_access') || prompts.includes('consent') || prompts.includes('none')) {
    return undefined;
  }
  const rewritten = new URLSearchParams(query);
  rewritten.set('prompt', [...prompts, 'consent'].join(' '));
  return rewritten;
}

/**
 * With `autoLogin`, an authorization request arrives as if the browser were already signed in: the user is
 * `login_hint` when it names a demo user (id or email), else the auto-login user. Creates that session when
 * the request does not already carry one for the user, and points the request's session cookie at it, so
 * oidc-provider answers straight away with a redirect carrying the code.
 */
export async function signInAutomatically(options: {
  provider: Provider;
  req: IncomingMessage;
  query: URLSearchParams;
  users: readonly DemoUser[];
  defaultUser: DemoUser;
  sessionTtlSeconds: number;
}): Promise<void> {
  const { provider, req, query } = options;
  const hint = query.get('login_hint');
  const user = (hint ? findUser(options.users, hint) : undefined) ?? options.defaultUser;
  const cookieName = provider.cookieName('session');
  const cookies = parseCookies(req.headers.cookie);
  const current = cookies.get(cookieName);
  if (current) {
    const session = await provider.Session.find(current);
    if (session?.accountId === user.id) return;
  }
  const session = new provider.Session();
  session.loginAccount({ accountId: user.id });
  await session.save(options.sessionTtlSeconds);
  cookies.set(cookieName, session.jti);
  req.headers.cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
}

function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    cookies.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return cookies;
}
