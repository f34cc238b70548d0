/** An emulator for design API tests, a design user's token, and GraphQL over HTTP. */
import type { EmulatorOptions } from '../src/options.js';
import type { Emulator } from '../src/start-emulator.js';
import { graphql as post, startTestEmulator } from './emulator-harness.js';
import { userToken } from './user-token.js';

export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

/** One GraphQL request with a bearer token, its answer typed as `T`. */
export async function graphql<T = Record<string, unknown>>(
  endpoint: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  const answer = await post(endpoint, query, { token }, variables);
  const body = answer.body as Omit<GraphQLResponse<T>, 'status'>;
  return { status: answer.status, ...body };
}

/** The data of an answer that must have no errors (the errors are shown when there are). */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) {
    throw new Error(`unexpected GraphQL errors: ${JSON.stringify(response.errors)}`);
  }
  return response.data;
}

export interface DesignHarness {
  emulator: Emulator;
  /** A design user's token (the design demo app, signed in as the first demo user). */
  token: string;
  /** Sends a query to the main endpoint (or `endpoint`) with the user's token. */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    endpoint?: string,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** Starts an emulator with auto-login and no token rate limit, and signs in the design user. */
export async function startDesignHarness(options: EmulatorOptions = {}): Promise<DesignHarness> {
  const emulator = await startTestEmulator({ autoLogin: true, ...options });
  try {
    const token = await userToken(emulator.url, emulator.clients.design);
    return {
      emulator,
      token,
      query: (text, variables, endpoint = emulator.graphqlUrl) => graphql(endpoint, token, text, variables),
      close: () => emulator.close(),
    };
  } catch (error) {
    await emulator.close();
    throw error;
  }
}
