/**
 * HTTP in and out: the host check, the session cookie, the routes, the friendly error page, and the
 * security headers every answer carries.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorPage } from './error-page.js';
import { homePage } from './home-page.js';
import { projectPage } from './project-page.js';
import { projectsPage } from './projects-page.js';
import { searchPage } from './search-page.js';
import { clearedSessionCookie, readSessionId } from './session-cookie.js';
import { CALLBACK_PATH, callback, signIn, signOut } from './sign-in.js';
import { describeError, errorView, notFound, WebError } from './web-errors.js';
import type { Route, WebContext, WebRequest, WebResponse } from './web-types.js';

const ROUTES: Record<string, Partial<Record<'GET' | 'POST', Route>>> = {
  '/': { GET: homePage },
  '/projects': { GET: projectsPage },
  '/project': { GET: projectPage },
  '/search': { GET: searchPage },
  '/auth/sign-in': { GET: signIn },
  [CALLBACK_PATH]: { GET: callback },
  '/auth/sign-out': { POST: signOut },
};

const HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  // No script at all, styles inline only, forms post back here only, never framed.
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  // The callback URL carries the authorization code: it is not passed on to other sites. (Not
  // `no-referrer`: it would also blank the Origin of the page's own form posts.)
  'referrer-policy': 'same-origin',
  // Pages hold a user's data: not kept by the browser or a proxy.
  'cache-control': 'no-store',
};

export function createRequestHandler(context: WebContext, serverSignal: AbortSignal) {
  const host = new URL(context.origin).host;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    req.resume(); // no route reads a body
    const url = requestUrl(req.url, context.origin);
    if (!url) return send(res, { status: 400 });
    // One origin only, so the session cookie and the sign-in callback always meet (and DNS rebinding finds nothing).
    if (req.headers.host !== host) {
      if (req.method === 'GET' || req.method === 'HEAD')
        return send(res, { status: 308, location: url.href });
      return send(res, { status: 421 });
    }
    const finished = new AbortController();
    res.on('close', () => finished.abort());
    const request: WebRequest = {
      method: req.method ?? 'GET',
      url,
      session: context.sessions.get(readSessionId(req.headers.cookie)),
      origin: req.headers.origin,
      fetchSite: header(req.headers['sec-fetch-site']),
      signal: AbortSignal.any([finished.signal, serverSignal]),
    };
    send(res, await respond(request, context));
  };
}

async function respond(request: WebRequest, context: WebContext): Promise<WebResponse> {
  try {
    const methods = ROUTES[request.url.pathname];
    if (!methods) throw notFound();
    const route = methods[request.method === 'HEAD' ? 'GET' : (request.method as 'GET' | 'POST')];
    if (!route) {
      throw new WebError({
        status: 405,
        title: 'Not allowed',
        message: 'This address does not take that kind of request.',
        action: { href: '/', label: 'Back to the start page' },
      });
    }
    // A form post must come from this page itself (SameSite=Lax already keeps the cookie off cross-site posts).
    if (request.method === 'POST' && request.origin !== context.origin) {
      throw new WebError({
        status: 403,
        title: 'Not allowed',
        message: 'That form was not sent from this page. Use the buttons on the page.',
        action: { href: '/', label: 'Back to the start page' },
      });
    }
    return await route(request, context);
  } catch (error) {
    const view = errorView(error);
    if (view.unexpected) {
      context.log(`${request.method} ${request.url.pathname} failed: ${describeError(error)}`);
    }
    if (view.signedOut && request.session) {
      context.sessions.delete(request.session.id);
      return {
        ...errorPage({ ...request, session: undefined }, context, view),
        cookie: clearedSessionCookie(),
      };
    }
    return errorPage(request, context, view);
  }
}

/**
 * The request's address on this page's origin. Only a path (origin-form, as browsers send) is read:
 * `//host/x` stays a path here, and an absolute or unparseable target gets a 400.
 */
function requestUrl(target: string | undefined, origin: string): URL | undefined {
  if (!target?.startsWith('/')) return undefined;
  try {
    return new URL(origin + target);
  } catch {
    return undefined;
  }
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

function send(res: ServerResponse, response: WebResponse): void {
  if (res.destroyed) return;
  res.writeHead(response.status, {
    ...HEADERS,
    ...(response.location === undefined ? {} : { location: response.location }),
    ...(response.cookie === undefined ? {} : { 'set-cookie': response.cookie }),
  });
  res.end(response.body?.value);
}
