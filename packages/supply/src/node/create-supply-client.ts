import { clientCredentials, proxyAwareFetch } from '@nexar/auth/node';
import { createSupplyClient as create, type SupplyClientOptions } from '../create-supply-client.js';
import type { SupplyClient } from '../supply-client.js';

/**
 * `createSupplyClient()` of the main entry, reaching the token endpoint and the API through
 * `HTTPS_PROXY` / `HTTP_PROXY` and `NO_PROXY` by default (TLS and proxy failures come with a hint).
 * An `auth`, `fetch` or `client` you give is used as it is.
 */
export function createSupplyClient(options: SupplyClientOptions = {}): SupplyClient {
  // Malformed options and a given transport are the main entry's to judge.
  if (typeof options !== 'object' || options === null || options.client) return create(options);
  return create({
    ...options,
    auth: options.auth ?? clientCredentials(),
    fetch: options.fetch ?? proxyAwareFetch(),
  });
}
