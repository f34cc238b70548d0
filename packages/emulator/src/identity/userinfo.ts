import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DemoUser } from '../users.js';
import { AccessTokenError } from './access-token-error.js';
import type { AccessTokenVerifier } from './access-tokens.js';
import { isLoopbackOrigin } from './loopback.js';

/**
 * `/connect/userinfo`, served by the emulator rather than oidc-provider because, as on identity.nexar.com,
 * it accepts the API's JWT access token (oidc-provider only accepts tokens without an audience there).
 */
export function userinfoHandler(options: { verifier: AccessTokenVerifier; users: readonly DemoUser[] }) {
  const { verifier, users } = options;

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const origin = req.headers.origin;
    if (origin && isLoopbackOrigin(origin)) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('vary', 'Origin');
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'access-control-allow-methods': 'GET, POST',
        'access-control-allow-headers': 'Authorization',
        'access-control-max-age': '3600',
      });
      res.end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'POST') {
      res.writeHead(405, { allow: 'GET, POST, OPTIONS' });
      res.end();
      return;
    }
    req.resume();

    const token = /^bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!token) {
      bearerError(res, 401, 'invalid_request', 'send the access token in an Authorization: Bearer header');
      return;
    }
    let claims: Awaited<ReturnType<AccessTokenVerifier['verify']>>;
    try {
      claims = await verifier.verify(token);
    } catch (error) {
      const description = error instanceof AccessTokenError ? error.message : 'the access token is not valid';
      bearerError(res, 401, 'invalid_token', description);
      return;
    }
    const user =
      claims.userId === undefined ? undefined : users.find((candidate) => candidate.id === claims.userId);
    if (!user || !claims.scopes.includes('openid')) {
      bearerError(res, 403, 'insufficient_scope', 'userinfo needs a user token with the openid scope');
      return;
    }
    const body: Record<string, unknown> = { sub: user.id };
    if (claims.scopes.includes('profile')) body.name = user.name;
    if (claims.scopes.includes('email')) Object.assign(body, { email: user.email, email_verified: true });
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };
}

function bearerError(res: ServerResponse, status: number, error: string, description: string): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'www-authenticate': `Bearer error="${error}", error_description="${description.replace(/["\\]/g, '')}"`,
  });
  res.end(JSON.stringify({ error, error_description: description }));
}
