import { EnvHttpProxyAgent } from 'undici';
import { type EnvironmentSource, readProxyEnvironment } from '../environment.js';

export interface ProxyFetchOptions {
  /** Where HTTPS_PROXY / HTTP_PROXY / NO_PROXY are read (default `process.env`). */
  env?: EnvironmentSource;
  /** The fetch to send through (default: the global one, which takes undici's `dispatcher`). */
  fetch?: typeof globalThis.fetch;
}

/**
 * A fetch that honours `HTTPS_PROXY`, `HTTP_PROXY` and `NO_PROXY` (as curl does: lower-case names
 * too), through undici's `EnvHttpProxyAgent`. With none of them set it is the plain fetch. A failure
 * while a proxy is configured says so (the proxy's address without its credentials), so that the
 * error's hint can point at the proxy.
 */
export function proxyAwareFetch(options: ProxyFetchOptions = {}): typeof globalThis.fetch {
  const base = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const proxy = readProxyEnvironment(options.env);
  if (proxy.httpProxy === undefined && proxy.httpsProxy === undefined) return base;
  // Empty strings, not undefined: the agent must not read process.env behind the caller's back.
  const dispatcher = new EnvHttpProxyAgent({
    httpProxy: proxy.httpProxy ?? '',
    httpsProxy: proxy.httpsProxy ?? proxy.httpProxy ?? '',
    noProxy: proxy.noProxy ?? '',
  });
  const shown = [proxy.httpsProxy, proxy.httpProxy]
    .filter((url): url is string => url !== undefined)
    .map(withoutCredentials);
  return async (input, init) => {
    try {
      return await base(input, { ...init, dispatcher } as RequestInit);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      if (init?.signal?.aborted) throw error;
      throw new TypeError(`fetch failed with a proxy configured (${[...new Set(shown)].join(', ')})`, {
        cause: error,
      });
    }
  };
}

function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.origin;
  } catch {
    return 'an unreadable proxy address';
  }
}
