import type { IncomingMessage, ServerResponse } from 'node:http';
import { loadSchemaSource } from '@nexar/schema';
import { createSchema, createYoga } from 'graphql-yoga';
import type { ApplicationRegistry } from '../applications.js';
import type { AccessTokenClaims, Identity } from '../identity/index.js';
import type { EmulatorStats } from '../stats.js';
import type { ApiContext } from './api-context.js';
import { ApiErrorCode } from './api-errors.js';
import { bearerToken } from './bearer-token.js';
import { chargeParts } from './charge-parts.js';
import { withGeneratedAnswers } from './generated/generated-answers.js';
import { instrumentSchema } from './instrument-schema.js';

export type ApiResolvers = NonNullable<Parameters<typeof createSchema<ApiContext>>[0]['resolvers']>;

export interface ApiOptions {
  identity: Pick<Identity, 'verifyAccessToken'>;
  applications: ApplicationRegistry;
  stats: EmulatorStats;
  resolvers: ApiResolvers;
  /** The region this endpoint serves. */
  region: string;
  log?: boolean;
}

export type ApiHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** The GraphQL API at `/graphql`: token check, then graphql-yoga over the project's schema snapshot. */
export function createApi(options: ApiOptions): ApiHandler {
  // Curated resolvers first; generated answers fill every other field (kept apart in generated/).
  const schema = instrumentSchema(
    withGeneratedAnswers(
      createSchema<ApiContext>({ typeDefs: loadSchemaSource(), resolvers: options.resolvers }),
    ),
  );
  const yoga = createYoga<{ api: ApiContext }, ApiContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    logging: options.log ? 'info' : false,
    context: ({ api }) => api,
    plugins: [chargeParts(options.applications, options.stats)],
  });

  return async (req, res) => {
    options.stats.apiRequests += 1;
    if (req.method === 'OPTIONS') return void (await yoga.handle(req, res, {}));
    const token = bearerToken(req.headers);
    let auth: AccessTokenClaims;
    try {
      if (!token) throw Object.assign(new Error('No access token'), { code: ApiErrorCode.invalidToken });
      auth = await options.identity.verifyAccessToken(token);
    } catch (error) {
      return unauthorized(res, token ? codeOf(error) : ApiErrorCode.invalidToken, !token);
    }
    const api: ApiContext = { auth, region: options.region, meter: { parts: 0 } };
    await yoga.handle(req, res, { api });
  };
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return code === ApiErrorCode.expiredToken ? ApiErrorCode.expiredToken : ApiErrorCode.invalidToken;
}

function unauthorized(res: ServerResponse, code: string, missing: boolean): void {
  const message = missing
    ? 'No access token: send "Authorization: Bearer <token>" (or a "token" header).'
    : code === ApiErrorCode.expiredToken
      ? 'The access token has expired: request a new one.'
      : 'The access token is not valid (malformed, revoked or from another issuer): request a new one.';
  res.writeHead(401, {
    'content-type': 'application/json',
    'www-authenticate': `Bearer error="invalid_token"`,
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}
