import { proxyAwareFetch } from '@nexar/auth/node';
import {
  createNexarClient as createClient,
  type NexarClient,
  type NexarClientOptions,
} from '../create-client.js';

/**
 * `createNexarClient()` of the main entry, with API calls sent through `HTTPS_PROXY` / `HTTP_PROXY`
 * and `NO_PROXY` by default, as `@nexar/auth/node` reaches the token endpoint. A `fetch` you give is
 * used as it is.
 */
export function createNexarClient(options: NexarClientOptions): NexarClient {
  return createClient({ ...options, fetch: options.fetch ?? proxyAwareFetch() });
}
