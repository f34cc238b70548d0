import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type Provider from 'oidc-provider';
import type { EmulatorStats } from '../stats.js';
import { IDENTITY_PATHS } from './paths.js';
import { BodyTooLargeError, isFormRequest, readBody } from './read-body.js';
import type { TokenRateLimiter } from './token-rate-limiter.js';

type ProviderMiddleware = Parameters<Provider['use']>[0];

interface ReadTokenRequest {
  body: Buffer;
  grantType: string | undefined;
}

export interface TokenEndpointGate {
  /**
   * Reads a token request and applies the per-client rate limit. Resolves to false when the request has
   * been answered here (429, or 400 for an oversized body), true when oidc-provider should handle it.
   */
  admit(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  /** oidc-provider middleware: gives it the body read by `admit` and counts every token request. */
  middleware: ProviderMiddleware;
}

/**
 * The part of the token endpoint the emulator adds around oidc-provider: Nexar's rate limit (which needs the
 * client id, so the form is read first) and the token request counters in `stats`.
 */
export function tokenEndpointGate(options: {
  limiter: TokenRateLimiter | undefined;
  stats: EmulatorStats;
}): TokenEndpointGate {
  const { limiter, stats } = options;
  const read = new WeakMap<IncomingMessage, ReadTokenRequest>();

  return {
    async admit(req, res) {
      let body: Buffer;
      try {
        body = await readBody(req);
      } catch (error) {
        if (!(error instanceof BodyTooLargeError)) throw error;
        stats.countTokenRequest(undefined, true);
        sendJson(res, 400, { error: 'invalid_request', error_description: 'request body too large' });
        return false;
      }
      const form = isFormRequest(req) ? new URLSearchParams(body.toString('utf8')) : new URLSearchParams();
      const grantType = form.get('grant_type') ?? undefined;
      const clientId = basicClientId(req.headers.authorization) ?? form.get('client_id') ?? undefined;
      if (limiter && clientId) {
        const decision = limiter.admit(clientId);
        if (!decision.admitted) {
          stats.countTokenRequest(grantType, true);
          sendJson(
            res,
            429,
            {
              error: 'slow_down',
              error_description: `too many token requests for this client; retry after ${decision.retryAfterSeconds} s`,
            },
            { 'retry-after': String(decision.retryAfterSeconds) },
          );
          return false;
        }
      }
      read.set(req, { body, grantType });
      return true;
    },

    async middleware(ctx, next) {
      // CORS preflights are not token requests.
      if (ctx.path !== IDENTITY_PATHS.token || ctx.method === 'OPTIONS') return next();
      const request = read.get(ctx.req);
      if (request) {
        // The body was consumed by `admit`; oidc-provider reads `ctx.req`, so hand it a stream of the same
        // bytes (headers, including Content-Length, still come from the original request).
        ctx.req = Object.assign(Readable.from([request.body], { objectMode: false }), {
          headers: ctx.req.headers,
        }) as unknown as IncomingMessage;
      }
      let rejected = true;
      try {
        await next();
        rejected = ctx.status >= 400;
      } finally {
        stats.countTokenRequest(request?.grantType, rejected);
      }
    },
  };
}

/** The client id of an HTTP Basic `Authorization` header (form-encoded, as RFC 6749 section 2.3.1 says). */
export function basicClientId(authorization: string | undefined): string | undefined {
  const match = /^basic\s+(\S+)$/i.exec(authorization ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return undefined;
  try {
    return decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, '%20'));
  } catch {
    return undefined;
  }
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: object,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify(body));
}
