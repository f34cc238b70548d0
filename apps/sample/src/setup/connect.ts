/**
 * The one place the sample decides where it talks to: the real Nexar API when app credentials are set
 * (NEXAR_CLIENT_ID / NEXAR_CLIENT_SECRET, and NEXAR_IDENTITY_URL / NEXAR_API_URL to point elsewhere),
 * else an emulator started in this process with its demo app that has both scopes.
 */
import { inspect } from 'node:util';
import {
  type AuthEventListener,
  authorizationCode,
  clientCredentials,
  DEFAULT_API_URL,
  DEFAULT_IDENTITY_URL,
  DEFAULT_REDIRECT_URI,
  MemoryTokenStore,
  NexarAuthError,
  type NodeAuthorizationCodeProvider,
  proxyAwareFetch,
  readNexarEnvironment,
  type TokenStore,
} from '@nexar/auth/node';
import type { DesignClient } from '@nexar/design/node';
import type { Emulator, EmulatorOptions } from '@nexar/emulator';
import { createSupplyClient, FileResultCache, type SupplyClient } from '@nexar/supply/node';
import { DeferredTokenStore } from './deferred-token-store.js';
import { chooseTokenStore } from './token-store-choice.js';

/** What a user signs in for: design data, the user's own details, and a refresh token to stay signed in. */
export const DESIGN_SCOPE = 'openid design.domain user.access offline_access';

export interface ConnectOptions {
  /** Where the NEXAR_* variables are read from (default `process.env`). */
  env?: NodeJS.ProcessEnv;
  /** Options of the embedded emulator, used when no credentials are set (e.g. `{ autoLogin: true }`). */
  emulator?: EmulatorOptions;
  /** The token file of signed-in users (default `~/.nexar/tokens.json`; emulator mode keeps tokens in memory). */
  tokenFile?: string;
  /** Folder of the supply result cache (default `~/.nexar/supply-cache`; emulator mode caches in memory). */
  cacheDir?: string;
  /** A hard budget of parts for the supply client: calls that could cost more are refused before sending. */
  maxParts?: number;
  /** Told what the token providers do (e.g. printed by `--debug`); events never hold a token. */
  onEvent?: AuthEventListener;
}

export interface SampleConnection {
  mode: 'emulator' | 'nexar';
  /** One plain line for the user: where the sample talks to, and how to change it. */
  banner: string;
  identityUrl: string;
  apiUrl: string;
  /** Supply data with the app's own token (client credentials, `supply.domain`). */
  supply: SupplyClient;
  /** The signed-in user's tokens (authorization code + PKCE, `DESIGN_SCOPE`); one provider per connection. */
  designProvider(): NodeAuthorizationCodeProvider;
  /**
   * A new provider of the same app and scope for one more user, e.g. one per web session: a provider
   * holds one user's tokens. Its tokens stay in memory unless a store is given.
   */
  newDesignProvider(options: { redirectUri: string; store?: TokenStore }): NodeAuthorizationCodeProvider;
  /** Design data on `designProvider()`; one client per connection (@nexar/design is loaded on first use). */
  design(): Promise<DesignClient>;
  /** Where the signed-in user's tokens are kept (keychain, or the plain-text file as a fallback). */
  tokenStoreNote(): Promise<string>;
  /** The embedded emulator, in emulator mode. */
  emulator?: Emulator;
  close(): Promise<void>;
}

interface Target {
  mode: SampleConnection['mode'];
  clientId: string;
  clientSecret: string | undefined;
  identityUrl: string;
  apiUrl: string;
  emulator?: Emulator;
}

export async function connect(options: ConnectOptions = {}): Promise<SampleConnection> {
  const env = options.env ?? process.env;
  const target = await resolveTarget(env, options.emulator);
  const { mode, clientId, clientSecret, identityUrl, apiUrl, emulator } = target;
  const onEvent = options.onEvent ? { onEvent: options.onEvent } : {};
  // HTTPS_PROXY / HTTP_PROXY / NO_PROXY for the API too (the providers of @nexar/auth/node honour them already).
  const fetch = proxyAwareFetch({ env });
  try {
    // Signed in once, for later commands too (an embedded emulator is new on every run: nothing to keep).
    // Chosen when first used: a command that never signs a user in does not probe the keychain.
    const kept = emulator ? undefined : new DeferredTokenStore(() => chooseTokenStore(options.tokenFile));
    const supply = createSupplyClient({
      auth: clientCredentials({ clientId, clientSecret, identityUrl, env, ...onEvent }),
      endpoint: apiUrl,
      fetch,
      maxParts: options.maxParts,
      // An embedded emulator is new on every run: nothing to keep. Against an API, answers are kept between runs.
      cache: emulator
        ? undefined
        : new FileResultCache(options.cacheDir ? { directory: options.cacheDir } : {}),
    });

    const newDesignProvider: SampleConnection['newDesignProvider'] = ({ redirectUri, store }) =>
      authorizationCode({
        clientId,
        clientSecret,
        identityUrl,
        env,
        scope: DESIGN_SCOPE,
        redirectUri,
        store: store ?? new MemoryTokenStore(),
        ...onEvent,
      });
    let provider: NodeAuthorizationCodeProvider | undefined;
    const designProvider = () => {
      provider ??= newDesignProvider({
        // Nexar accepts the redirect the app registered (Nexar's examples use this one); an emulator takes any loopback port.
        redirectUri: isLoopback(identityUrl) ? 'http://localhost:0/login' : DEFAULT_REDIRECT_URI,
        ...(kept ? { store: kept } : {}),
      });
      return provider;
    };
    let design: Promise<DesignClient> | undefined;

    const connection: SampleConnection = {
      mode,
      banner: bannerFor(target),
      identityUrl,
      apiUrl,
      supply,
      designProvider,
      newDesignProvider,
      tokenStoreNote: async () => (await kept?.chosen())?.note ?? 'Tokens are kept in memory for this run.',
      design: () => {
        design ??= import('@nexar/design/node').then(({ createDesignClient }) =>
          createDesignClient({ auth: designProvider(), endpoint: apiUrl, fetch }),
        );
        return design;
      },
      ...(emulator ? { emulator } : {}),
      close: async () => {
        await emulator?.close();
      },
    };
    // Printing the connection shows where it points, never a credential (the emulator object lists its demo apps' secrets).
    const shown = () => ({ mode, banner: connection.banner, identityUrl, apiUrl });
    Object.defineProperties(connection, {
      toJSON: { value: shown },
      [inspect.custom]: { value: shown },
    });
    return connection;
  } catch (error) {
    await emulator?.close();
    throw error;
  }
}

async function resolveTarget(source: NodeJS.ProcessEnv, emulatorOptions?: EmulatorOptions): Promise<Target> {
  const env = readNexarEnvironment(source);
  if (env.clientId) {
    const { clientId, clientSecret, identityUrl, apiUrl } = env;
    return { mode: 'nexar', clientId, clientSecret, identityUrl, apiUrl };
  }
  if (env.apiUrl !== DEFAULT_API_URL || env.identityUrl !== DEFAULT_IDENTITY_URL) {
    throw new NexarAuthError(
      'missing_credentials',
      'NEXAR_API_URL or NEXAR_IDENTITY_URL is set but NEXAR_CLIENT_ID is not.',
      {
        hint: 'Set NEXAR_CLIENT_ID and NEXAR_CLIENT_SECRET of an app of that server (`pnpm emulator` prints its demo apps), or unset both URLs to use the embedded emulator.',
      },
    );
  }
  const { startEmulator } = await loadEmulator();
  const emulator = await startEmulator(emulatorOptions);
  const { clientId, clientSecret } = emulator.clients.both;
  return {
    mode: 'emulator',
    clientId,
    clientSecret,
    identityUrl: emulator.url,
    apiUrl: emulator.graphqlUrl,
    emulator,
  };
}

/**
 * Loaded only here: against an API the emulator (its OAuth and GraphQL servers, its catalog) is never
 * imported, so commands start faster. It is an optional dependency: without it, credentials are needed.
 */
async function loadEmulator(): Promise<typeof import('@nexar/emulator')> {
  try {
    return await import('@nexar/emulator');
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new NexarAuthError(
      'missing_credentials',
      'No NEXAR_CLIENT_ID is set and @nexar/emulator is not installed.',
      {
        hint: 'Set NEXAR_CLIENT_ID and NEXAR_CLIENT_SECRET to use the Nexar API, or install @nexar/emulator to run against a local one.',
      },
    );
  }
}

function bannerFor({ mode, apiUrl }: Target): string {
  return mode === 'emulator'
    ? `No NEXAR_CLIENT_ID/NEXAR_CLIENT_SECRET set: using a local Nexar emulator (demo data) at ${apiUrl}. Set them to use the real API.`
    : `Using the Nexar API at ${apiUrl}.`;
}

function isLoopback(url: string): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(new URL(url).hostname);
}
