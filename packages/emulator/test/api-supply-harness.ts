/** Shared helpers of the supply API integration tests: an emulator on the small fixture, tokens over HTTP, queries. */
import { createHash, randomBytes } from 'node:crypto';
import { SMALL_CATALOG_FIXTURE } from '../src/catalog/index.js';
import { type Emulator, startEmulator } from '../src/index.js';

export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors: GraphQLErrorBody[] | undefined;
}

export function startSupplyEmulator(): Promise<Emulator> {
  return startEmulator({ catalog: SMALL_CATALOG_FIXTURE, tokenRateLimit: false, autoLogin: true });
}

/** An application token (client credentials, supply.domain). */
export async function clientToken(emu: Emulator, client: { clientId: string; clientSecret: string }) {
  const response = await fetch(emu.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: client.clientId,
      client_secret: client.clientSecret,
      scope: 'supply.domain',
    }),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`client credentials refused: ${response.status}`);
  return body.access_token;
}

/** A user's token through authorization code + PKCE, the emulator logging the demo user in by itself. */
export async function userToken(
  emu: Emulator,
  client: { clientId: string; clientSecret: string },
  scope: string,
): Promise<string> {
  const verifier = randomBytes(32).toString('base64url');
  const redirectUri = 'http://127.0.0.1:49152/callback';
  const authorize = new URL(emu.authorizeUrl);
  authorize.search = new URLSearchParams({
    response_type: 'code',
    client_id: client.clientId,
    redirect_uri: redirectUri,
    scope,
    state: 'supply-tests',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  }).toString();
  const redirect = await fetch(authorize, { redirect: 'manual' });
  await redirect.arrayBuffer();
  const code = new URL(redirect.headers.get('location') ?? '', emu.url).searchParams.get('code');
  if (!code) throw new Error(`no authorization code (status ${redirect.status})`);
  const response = await fetch(emu.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: client.clientId,
      client_secret: client.clientSecret,
      code,
      code_verifier: verifier,
      redirect_uri: redirectUri,
    }),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`code exchange refused: ${response.status}`);
  return body.access_token;
}

export async function graphql<T = Record<string, unknown>>(
  emu: Emulator,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(emu.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: GraphQLErrorBody[] };
  return { status: response.status, data: body.data ?? null, errors: body.errors };
}

/** The data of a response that must have no errors. */
export async function query<T = Record<string, unknown>>(
  emu: Emulator,
  token: string,
  text: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await graphql<T>(emu, token, text, variables);
  if (response.errors?.length || response.data === null) {
    throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  }
  return response.data;
}

/** The first error of a response that must fail. */
export async function queryError(
  emu: Emulator,
  token: string,
  text: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLErrorBody & { data: unknown }> {
  const response = await graphql(emu, token, text, variables);
  const error = response.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(response.data)}`);
  return { ...error, data: response.data };
}
