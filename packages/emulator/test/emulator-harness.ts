import { type Emulator, startEmulator } from '../src/index.js';
import type { EmulatorOptions } from '../src/options.js';

/** Starts an emulator without the token rate limit (tests ask for many tokens) unless told otherwise. */
export function startTestEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  return startEmulator({ tokenRateLimit: false, ...options });
}

/** A client-credentials access token for one of the emulator's demo applications. */
export async function appToken(
  emulator: Emulator,
  app: 'supply' | 'design' | 'both' = 'supply',
): Promise<string> {
  const { clientId, clientSecret } = emulator.clients[app];
  const response = await fetch(emulator.tokenUrl, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
      scope: 'supply.domain',
    }),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`no token for the ${app} app: HTTP ${response.status}`);
  return body.access_token;
}

export interface GraphQLAnswer {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

/** POSTs a GraphQL request; `headers` replaces the default bearer header when given. */
export async function graphql(
  url: string,
  query: string,
  auth: { token?: string; headers?: Record<string, string> } = {},
  variables?: Record<string, unknown>,
): Promise<GraphQLAnswer> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
    ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}),
    ...auth.headers,
  };
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: JSON.parse(text) as GraphQLAnswer['body'],
  };
}
