/** Shared helpers of the supply API integration tests: an emulator on the small fixture, tokens over HTTP, queries. */
import { afterAll, beforeAll } from 'vitest';
import { SMALL_CATALOG_FIXTURE } from '../src/catalog/index.js';
import { type Emulator, startEmulator } from '../src/index.js';
import { appToken } from './emulator-harness.js';

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

/** An application token (client credentials, supply.domain) of one of the emulator's demo apps. */
export { appToken } from './emulator-harness.js';
/** A user's token (authorization code + PKCE; the emulator signs the demo user in by itself). */
export { userToken } from './user-token.js';

/**
 * The fixture emulator for a test file: started before its tests, with the supply app's token, and
 * closed after them. Read `fixture.emu` and `fixture.token` inside tests and hooks.
 */
export function useSupplyEmulator(): { readonly emu: Emulator; readonly token: string } {
  const fixture = {} as { emu: Emulator; token: string };
  beforeAll(async () => {
    fixture.emu = await startSupplyEmulator();
    fixture.token = await appToken(fixture.emu, 'supply');
  });
  afterAll(() => fixture.emu.close());
  return fixture;
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
