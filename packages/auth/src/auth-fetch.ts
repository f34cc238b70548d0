import type { AccessToken, TokenProvider } from './access-token.js';
import { NexarAuthError } from './errors.js';

type FetchInput = Parameters<typeof globalThis.fetch>[0];
type FetchInit = NonNullable<Parameters<typeof globalThis.fetch>[1]>;

/**
 * A fetch that sends `Authorization: Bearer <token>` from `provider`. On a 401 it invalidates that
 * token, gets a new one and retries once. A 401 on that new token too is reported to the provider and
 * thrown as a `token_rejected` NexarAuthError: the provider then asks for no new token for a while, so
 * an API that refuses every token cannot cause a token request per call. The first 401 is returned as
 * is when the provider has no other token (a static one). When getting a new token fails (e.g. the
 * provider's own `token_rejected` during that pause), that error is thrown.
 */
export function authFetch(
  provider: TokenProvider,
  fetch: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, init),
): typeof globalThis.fetch {
  return async (input, init) => {
    const send = resender(input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    const token = await provider.getToken(signal ? { signal } : {});
    const response = await send(fetch, token);
    if (response.status !== 401) return response;

    provider.invalidate(token.accessToken);
    let fresh: AccessToken;
    try {
      fresh = await provider.getToken(signal ? { signal } : {});
    } catch (error) {
      // Why no new token could be had (e.g. "log in again") says more than the API's 401.
      await response.body?.cancel().catch(() => undefined);
      throw error;
    }
    // Same token again (a static token): retrying would only earn the same 401.
    if (fresh.accessToken === token.accessToken) return response;
    await response.body?.cancel().catch(() => undefined);
    const retried = await send(fetch, fresh);
    if (retried.status !== 401) return retried;
    provider.invalidate(fresh.accessToken, { replacement: true });
    await retried.body?.cancel().catch(() => undefined);
    throw new NexarAuthError(
      'token_rejected',
      'The API refused a token that had just been issued (HTTP 401 twice: on the cached token and on a new one).',
      {
        status: 401,
        hint: 'Check that the API URL (NEXAR_API_URL) belongs to the identity server that issued the token (NEXAR_IDENTITY_URL), and that the app has the scope this API needs.',
      },
    );
  };
}

type Send = (fetch: typeof globalThis.fetch, token: AccessToken) => Promise<Response>;

/**
 * How to send the request (again) with a given token. A URL with a body that can be sent twice as is
 * (the common case: a JSON string) goes straight to fetch; anything else (a `Request`, a stream) is
 * buffered once with `Request.clone()` so the retry can resend it.
 */
function resender(input: FetchInput, init: FetchInit | undefined): Send {
  if (!(input instanceof Request) && isResendable(init?.body)) {
    return (fetch, token) => {
      const headers = new Headers(init?.headers);
      headers.set('authorization', `Bearer ${token.accessToken}`);
      return fetch(input, { ...init, headers });
    };
  }
  const request = new Request(input, init);
  let spare: Request | undefined = request.clone();
  let first = true;
  return (fetch, token) => {
    const base = first ? request : (spare ?? request.clone());
    if (!first) spare = undefined;
    first = false;
    const headers = new Headers(base.headers);
    headers.set('authorization', `Bearer ${token.accessToken}`);
    return fetch(new Request(base, { headers }));
  };
}

function isResendable(body: FetchInit['body']): boolean {
  return (
    body == null ||
    typeof body === 'string' ||
    body instanceof URLSearchParams ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body) ||
    body instanceof Blob ||
    body instanceof FormData
  );
}
