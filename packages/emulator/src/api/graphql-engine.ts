import type { IncomingMessage, ServerResponse } from 'node:http';
import { loadSchemaSource } from '@nexar/schema';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { createSchema, createYoga } from 'graphql-yoga';
import type { ApplicationRegistry } from '../applications.js';
import type { EmulatorStats } from '../stats.js';
import type { ApiContext } from './api-context.js';
import { chargeParts } from './charge-parts.js';
import { withGeneratedAnswers } from './generated/generated-answers.js';
import { graphqlJsExecutor } from './graphql-js-executor.js';
import { instrumentSchema } from './instrument-schema.js';
import { jitExecutor } from './jit-executor.js';

export type ApiResolvers = NonNullable<Parameters<typeof createSchema<ApiContext>>[0]['resolvers']>;

export interface ApiOptions {
  applications: ApplicationRegistry;
  stats: EmulatorStats;
  resolvers: ApiResolvers;
  log?: boolean;
  /** graphql-jit unless asked otherwise (see EmulatorOptions.executor). */
  executor?: 'jit' | 'graphql-js';
}

/** Answers a GraphQL request whose token is already checked (`context` undefined: a CORS preflight). */
export type GraphqlEngine = (
  req: IncomingMessage,
  res: ServerResponse,
  context?: ApiContext,
) => Promise<void>;

/** The snapshot, parsed and validated once per process; each emulator adds its own resolvers to a copy. */
let snapshot: GraphQLSchema | undefined;

/**
 * graphql-yoga over the project's schema snapshot with this emulator's resolvers, scope checks and part
 * counting. One engine serves every region; the request context says which one was asked.
 */
export function createGraphqlEngine(options: ApiOptions): GraphqlEngine {
  snapshot ??= buildSchema(loadSchemaSource());
  // Curated resolvers first; generated answers fill every other field (kept apart in generated/).
  const schema = instrumentSchema(
    withGeneratedAnswers(createSchema<ApiContext>({ typeDefs: snapshot, resolvers: options.resolvers })),
  );
  const yoga = createYoga<{ api: ApiContext }, ApiContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    logging: options.log ? 'info' : false,
    context: ({ api }) => api,
    plugins: [
      options.executor === 'graphql-js' ? graphqlJsExecutor() : jitExecutor(),
      chargeParts(options.applications, options.stats),
    ],
  });
  return async (req, res, context) => {
    await yoga.handle(req, res, context ? { api: context } : {});
  };
}
