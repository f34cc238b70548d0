import type { IncomingHttpHeaders } from 'node:http';

/** The access token of a request: `Authorization: Bearer <token>`, or Nexar's alternative `token: <token>` header. */
export function bearerToken(headers: IncomingHttpHeaders): string | undefined {
  const authorization = headers.authorization;
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    return match?.[1];
  }
  const token = headers.token;
  const value = Array.isArray(token) ? token[0] : token;
  return value?.trim() || undefined;
}
