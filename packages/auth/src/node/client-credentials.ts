import {
  type ClientCredentialsOptions,
  type ClientCredentialsProvider,
  clientCredentials as createClientCredentials,
} from '../client-credentials.js';
import { proxyAwareFetch } from './proxy-fetch.js';

/** `clientCredentials()` of the main entry, with the token endpoint reached through HTTPS_PROXY / NO_PROXY by default. */
export function clientCredentials(options: ClientCredentialsOptions = {}): ClientCredentialsProvider {
  return createClientCredentials({
    ...options,
    fetch: options.fetch ?? proxyAwareFetch(options.env === undefined ? {} : { env: options.env }),
  });
}
