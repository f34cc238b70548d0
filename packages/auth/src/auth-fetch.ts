import type { AccessToken, TokenProvider } from './access-token.js';

/**
 * A fetch that sends `Authorization: Bearer <token>` from `provider`. On a 401 it invalidates that
 * token, gets a new one and retries once; a second 401 is returned to the caller as is, and so is the
 * first when the provider has no other token (a static one). When getting a new token fails, that
 * error is thrown. Bodies are buffered by `Request.clone()` so the retry can resend them.
 */
export function authFetch(
  provider: TokenProvider,
  fetch: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, init),
): typeof globalThis.fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const token = await provider.getToken({ signal: request.signal });
    const retry = request.clone();
    const response = await fetch(withBearer(request, token));
    if (response.status !== 401) return response;

    provider.invalidate(token.accessToken);
    let fresh: AccessToken;
    try {
      fresh = await provider.getToken({ signal: request.signal });
    } catch (error) {
      // Why no new token could be had (e.g. "log in again") says more than the API's 401.
      await response.body?.cancel().catch(() => undefined);
      throw error;
    }
    // Same token again (a static token): retrying would only earn the same 401.
    if (fresh.accessToken === token.accessToken) return response;
    await response.body?.cancel().catch(() => undefined);
    return fetch(withBearer(retry, fresh));
  };
}

function withBearer(request: Request, token: AccessToken): Request {
  const headers = new Headers(request.headers);
  headers.set('authorization', `Bearer ${token.accessToken}`);
  return new Request(request, { headers });
}
