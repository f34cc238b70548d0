import { REDACTED, redactWith } from './redact.js';

export const DEFAULT_IDENTITY_URL = 'https://identity.nexar.com';
export const DEFAULT_API_URL = 'https://api.nexar.com/graphql';

/** The variables the SDK reads, and only ever as defaults that options override. */
export const ENVIRONMENT_VARIABLES = {
  clientId: 'NEXAR_CLIENT_ID',
  clientSecret: 'NEXAR_CLIENT_SECRET',
  identityUrl: 'NEXAR_IDENTITY_URL',
  apiUrl: 'NEXAR_API_URL',
  token: 'NEXAR_TOKEN',
} as const;

export interface NexarEnvironment {
  readonly clientId?: string;
  readonly clientSecret?: string;
  /** `NEXAR_IDENTITY_URL`, default https://identity.nexar.com (the OAuth issuer). */
  readonly identityUrl: string;
  /** `NEXAR_API_URL`, default https://api.nexar.com/graphql. */
  readonly apiUrl: string;
  /** `NEXAR_TOKEN`: a ready access token (e.g. one generated in the portal). */
  readonly token?: string;
}

export type EnvironmentSource = Readonly<Record<string, string | undefined>>;

/**
 * The one place the SDK reads environment variables. Empty values count as unset. The result redacts
 * the secret and token in `JSON.stringify` and `util.inspect`.
 */
export function readNexarEnvironment(
  env: EnvironmentSource = (globalThis as { process?: { env?: EnvironmentSource } }).process?.env ?? {},
): NexarEnvironment {
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const clientId = read(ENVIRONMENT_VARIABLES.clientId);
  const clientSecret = read(ENVIRONMENT_VARIABLES.clientSecret);
  const token = read(ENVIRONMENT_VARIABLES.token);
  const result: NexarEnvironment = {
    ...(clientId === undefined ? {} : { clientId }),
    ...(clientSecret === undefined ? {} : { clientSecret }),
    identityUrl: stripTrailingSlash(read(ENVIRONMENT_VARIABLES.identityUrl) ?? DEFAULT_IDENTITY_URL),
    apiUrl: read(ENVIRONMENT_VARIABLES.apiUrl) ?? DEFAULT_API_URL,
    ...(token === undefined ? {} : { token }),
  };
  return Object.freeze(
    redactWith(result, 'NexarEnvironment', () => ({
      ...result,
      ...(clientSecret === undefined ? {} : { clientSecret: REDACTED }),
      ...(token === undefined ? {} : { token: REDACTED }),
    })),
  );
}

export interface IdentityEndpoints {
  /** The OAuth issuer: ID tokens and authorization responses must name it. */
  issuer: string;
  tokenUrl: string;
  authorizeUrl: string;
  revocationUrl: string;
}

/**
 * Endpoints from options first, then from the environment's identity URL. Without an explicit issuer
 * or identity URL, a token URL ending in `/connect/token` (Nexar's layout) names the issuer before it.
 */
export function resolveIdentityEndpoints(
  options: {
    identityUrl?: string;
    issuer?: string;
    tokenUrl?: string;
    authorizeUrl?: string;
    revocationUrl?: string;
  },
  environment: NexarEnvironment,
): IdentityEndpoints {
  const fromTokenUrl = options.tokenUrl?.match(/^(.*)\/connect\/token\/?$/)?.[1];
  const base = stripTrailingSlash(
    options.identityUrl ?? options.issuer ?? fromTokenUrl ?? environment.identityUrl,
  );
  return {
    issuer: stripTrailingSlash(options.issuer ?? base),
    tokenUrl: options.tokenUrl ?? `${base}/connect/token`,
    authorizeUrl: options.authorizeUrl ?? `${base}/connect/authorize`,
    revocationUrl: options.revocationUrl ?? `${base}/connect/revocation`,
  };
}

function stripTrailingSlash(url: string): string {
  return url.endsWith('/') ? url.slice(0, -1) : url;
}

/** The proxy settings the Node entry honours (upper- or lower-case names; lower case wins, as in curl). */
export interface ProxyEnvironment {
  readonly httpProxy?: string;
  readonly httpsProxy?: string;
  readonly noProxy?: string;
}

/** `HTTP_PROXY`, `HTTPS_PROXY` and `NO_PROXY` (or their lower-case forms); empty values count as unset. */
export function readProxyEnvironment(
  env: EnvironmentSource = (globalThis as { process?: { env?: EnvironmentSource } }).process?.env ?? {},
): ProxyEnvironment {
  const read = (name: string): string | undefined =>
    env[name.toLowerCase()]?.trim() || env[name]?.trim() || undefined;
  const httpProxy = read('HTTP_PROXY');
  const httpsProxy = read('HTTPS_PROXY');
  const noProxy = read('NO_PROXY');
  return {
    ...(httpProxy === undefined ? {} : { httpProxy }),
    ...(httpsProxy === undefined ? {} : { httpsProxy }),
    ...(noProxy === undefined ? {} : { noProxy }),
  };
}
