import { proxyAwareFetch } from '@nexar/auth/node';
import { createDesignClient as create, type DesignClientOptions } from '../create-design-client.js';
import type { DesignClient } from '../design-client.js';

/**
 * `createDesignClient()` of the main entry, with API calls (to every region) sent through
 * `HTTPS_PROXY` / `HTTP_PROXY` and `NO_PROXY` by default, as `@nexar/auth/node`'s login reaches the
 * identity server. A `fetch` or `client` you give is used as it is.
 */
export function createDesignClient(options: DesignClientOptions): DesignClient {
  if (typeof options !== 'object' || options === null || options.client) return create(options);
  return create({ ...options, fetch: options.fetch ?? proxyAwareFetch() });
}
