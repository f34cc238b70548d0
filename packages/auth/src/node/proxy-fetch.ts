import type { Dispatcher } from 'undici';
import { type EnvironmentSource, readProxyEnvironment } from '../environment.js';
import { bypassesProxy } from './no-proxy.js';

export interface ProxyFetchOptions {
  /** Where HTTPS_PROXY / HTTP_PROXY / NO_PROXY are read (default `process.env`). */
  env?: EnvironmentSource;
  /** The fetch to send through (default: the global one, which takes undici's `dispatcher`). */
  fetch?: typeof globalThis.fetch;
}

/**
 * A fetch that honours `HTTPS_PROXY`, `HTTP_PROXY` and `NO_PROXY` as curl does (lower-case names
 * too; `HTTPS_PROXY` falls back to `HTTP_PROXY`), through undici's `ProxyAgent`. With no proxy set it
 * is the plain fetch. A failure through a proxy names it (its address without credentials), so that
 * the error's hint can point at the proxy settings.
 */
export function proxyAwareFetch(options: ProxyFetchOptions = {}): typeof globalThis.fetch {
  const base = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const proxy = readProxyEnvironment(options.env);
  const httpsUrl = proxy.httpsProxy ?? proxy.httpProxy;
  if (proxy.httpProxy === undefined && httpsUrl === undefined) return base;
  // undici is loaded on the first request through this fetch: without a proxy it is never loaded.
  let loaded: Promise<typeof import('undici')> | undefined;
  const undici = () => {
    loaded ??= import('undici');
    return loaded;
  };
  const agents = new Map<string, Dispatcher>();
  const agentFor = async (proxyUrl: string) => {
    let agent = agents.get(proxyUrl);
    if (!agent) {
      agent = new (await undici()).ProxyAgent(proxyUrl);
      agents.set(proxyUrl, agent);
    }
    return agent;
  };
  let direct: Dispatcher | undefined;
  return async (input, init) => {
    const target = new URL(input instanceof Request ? input.url : String(input));
    const proxyUrl = bypassesProxy(target, proxy.noProxy)
      ? undefined
      : target.protocol === 'https:'
        ? httpsUrl
        : proxy.httpProxy;
    if (proxyUrl === undefined) {
      direct ??= new (await undici()).Agent();
      return base(input, { ...init, dispatcher: direct } as RequestInit);
    }
    try {
      return await base(input, { ...init, dispatcher: await agentFor(proxyUrl) } as RequestInit);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      if (init?.signal?.aborted) throw error;
      throw new TypeError(`fetch failed through the proxy ${withoutCredentials(proxyUrl)}`, { cause: error });
    }
  };
}

function withoutCredentials(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '(an unreadable proxy address)';
  }
}
