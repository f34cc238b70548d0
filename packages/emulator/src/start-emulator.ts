import type { IncomingMessage, ServerResponse } from 'node:http';
import { apiEndpoint } from './api/api-endpoint.js';
import type { GraphqlEngine } from './api/graphql-engine.js';
import { ApplicationRegistry, type ClientCredentials, DEMO_APPLICATIONS } from './applications.js';
import { applyFault } from './apply-fault.js';
import { type Catalog, CatalogIndex, loadCatalogFile } from './catalog/index.js';
import { CONTROL_PREFIX, handleControl } from './control-endpoints.js';
import { defaultCatalog } from './default-catalog.js';
import {
  createDesignData,
  DEFAULT_LOCATIONS,
  type DesignData,
  DesignStore,
  loadDesignDataFile,
  withLocations,
} from './design-data/index.js';
import { type FaultControl, FaultQueue } from './faults.js';
import { type LoopbackServer, listenOnLoopback, type RequestHandler } from './http-server.js';
import type { StartingIdentity } from './identity/index.js';
import {
  DEFAULT_ACCESS_TOKEN_TTL_SECONDS,
  DEFAULT_REFRESH_TOKEN_TTL_SECONDS,
  DEFAULT_TOKEN_RATE_LIMIT,
  type EmulatorOptions,
} from './options.js';
import { EmulatorStats } from './stats.js';
import { DEMO_USERS, type DemoUser } from './users.js';

export const DEFAULT_REGION = 'US West';

export interface EmulatorLocation {
  name: string;
  apiServiceUrl: string;
  filesServiceUrl: string;
}

export interface Emulator {
  /** Base URL, also the OAuth issuer. */
  url: string;
  issuer: string;
  tokenUrl: string;
  authorizeUrl: string;
  graphqlUrl: string;
  /** Credentials of the demo applications: supply scope, design scope, and both. */
  clients: { supply: ClientCredentials; design: ClientCredentials; both: ClientCredentials };
  users: readonly DemoUser[];
  applications: ApplicationRegistry;
  /** Regions and their API endpoints, as `desWorkspaceLocations` reports them. */
  locations: EmulatorLocation[];
  stats: EmulatorStats;
  faults: FaultControl;
  /** Revokes every access token issued so far: the API answers 401 to them. */
  revokeAccessTokens(): void;
  /** Revokes refresh tokens (of one client, or all): the next refresh gets `invalid_grant`. */
  revokeRefreshTokens(clientId?: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts a local Nexar: identity and GraphQL API (US West) on one 127.0.0.1 port, and each other region
 * (EU Central, plus `extraRegions`) on its own port.
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const stats = new EmulatorStats();
  const faults = new FaultQueue();
  const users = options.users ?? DEMO_USERS;
  const applications = new ApplicationRegistry(
    [...Object.values(DEMO_APPLICATIONS), ...(options.applications ?? [])].map((spec) => ({
      ...spec,
      scopes: [...spec.scopes],
    })),
    options.partLimit,
  );

  const servers: LoopbackServer[] = [];
  try {
    const main = await listenOnLoopback(options.port ?? 0);
    servers.push(main);
    const regionServers: { name: string; server: LoopbackServer }[] = [];
    // Every region the demo workspaces live in is served, so each workspace answers where its name says.
    const regionNames = new Set([...DEFAULT_LOCATIONS.map((l) => l.name), ...(options.extraRegions ?? [])]);
    regionNames.delete(DEFAULT_REGION);
    for (const name of regionNames) {
      const server = await listenOnLoopback(0);
      servers.push(server);
      regionServers.push({ name, server });
    }
    const locations: EmulatorLocation[] = [
      { name: DEFAULT_REGION, apiServiceUrl: `${main.url}/graphql`, filesServiceUrl: `${main.url}/files` },
      ...regionServers.map(({ name, server }) => ({
        name,
        apiServiceUrl: `${server.url}/graphql`,
        filesServiceUrl: `${server.url}/files`,
      })),
    ];

    // The identity and the API load their libraries (oidc-provider, graphql-yoga) only when an emulator
    // starts; oidc-provider finishes loading after the start returns (requests wait for it).
    const { startIdentity } = await import('./identity/index.js');
    const identity: StartingIdentity = startIdentity({
      issuer: main.url,
      applications,
      users,
      accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? DEFAULT_ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlSeconds: options.refreshTokenTtlSeconds ?? DEFAULT_REFRESH_TOKEN_TTL_SECONDS,
      autoLogin: options.autoLogin ?? false,
      tokenRateLimit: options.tokenRateLimit ?? DEFAULT_TOKEN_RATE_LIMIT,
      stats,
    });

    const control = {
      faults,
      stats,
      applications,
      revokeAccessTokens: () => identity.revokeAccessTokens(),
    };
    // Data from files is read now, so a bad file fails the start; generated data waits for the first API request.
    const seed = options.seed;
    if (seed !== undefined && !Number.isInteger(seed))
      throw new RangeError(`seed must be an integer, got ${seed}`);
    const catalogFile =
      typeof options.catalog === 'string' ? await loadCatalogFile(options.catalog) : undefined;
    const designFile =
      typeof options.designData === 'string' ? await loadDesignDataFile(options.designData) : undefined;
    const buildEngine = async (): Promise<GraphqlEngine> => {
      const [{ createGraphqlEngine }, { createResolvers }] = await Promise.all([
        import('./api/graphql-engine.js'),
        import('./api/create-resolvers.js'),
      ]);
      const catalog: Catalog =
        catalogFile ?? (typeof options.catalog === 'object' ? options.catalog : defaultCatalog(seed));
      const given = designFile ?? (typeof options.designData === 'object' ? options.designData : undefined);
      const designData: DesignData =
        given === undefined
          ? createDesignData({ catalog, locations, users, seed })
          : withLocations(given, locations);
      const resolvers = createResolvers({
        catalog: new CatalogIndex(catalog),
        design: new DesignStore(designData),
        applications,
        brokenProjectIds: new Set(options.brokenProjectIds ?? []),
      });
      return createGraphqlEngine({
        applications,
        stats,
        resolvers,
        log: options.log,
        executor: options.executor,
      });
    };
    let engine: Promise<GraphqlEngine> | undefined;
    const apiFor = apiEndpoint({
      identity,
      stats,
      engine: () => {
        engine ??= buildEngine().catch((error: unknown) => {
          engine = undefined;
          throw error;
        });
        return engine;
      },
    });
    const mainApi = apiFor(DEFAULT_REGION);

    main.setHandler(
      logged(options.log, async (req, res) => {
        const path = pathOf(req);
        if (path === '/graphql') {
          if (await applyFault(faults, 'api', req, res)) return;
          return mainApi(req, res);
        }
        if (path.startsWith(CONTROL_PREFIX)) return handleControl(control, req, res);
        if (path === '/connect/token' && (await applyFault(faults, 'token', req, res))) return;
        return identity.handle(req, res);
      }),
    );
    for (const { name, server } of regionServers) {
      const api = apiFor(name);
      server.setHandler(
        logged(options.log, async (req, res) => {
          if (pathOf(req) !== '/graphql') return void res.writeHead(404).end();
          if (await applyFault(faults, 'api', req, res)) return;
          return api(req, res);
        }),
      );
    }

    const credentials = (spec: { clientId: string; clientSecret: string }): ClientCredentials => ({
      clientId: spec.clientId,
      clientSecret: spec.clientSecret,
    });
    return {
      url: main.url,
      issuer: main.url,
      tokenUrl: `${main.url}/connect/token`,
      authorizeUrl: `${main.url}/connect/authorize`,
      graphqlUrl: `${main.url}/graphql`,
      clients: {
        supply: credentials(DEMO_APPLICATIONS.supply),
        design: credentials(DEMO_APPLICATIONS.design),
        both: credentials(DEMO_APPLICATIONS.both),
      },
      users,
      applications,
      locations,
      stats,
      faults,
      revokeAccessTokens: () => identity.revokeAccessTokens(),
      revokeRefreshTokens: (clientId) => identity.revokeRefreshTokens(clientId),
      close: async () => {
        await Promise.all(servers.map((server) => server.close()));
      },
    };
  } catch (error) {
    await Promise.allSettled(servers.map((server) => server.close()));
    throw error;
  }
}

function pathOf(req: IncomingMessage): string {
  return new URL(req.url ?? '/', 'http://localhost').pathname;
}

function logged(enabled: boolean | undefined, handler: RequestHandler): RequestHandler {
  if (!enabled) return handler;
  return (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    res.on('finish', () => {
      const ms = (performance.now() - started).toFixed(1);
      process.stderr.write(`${req.method} ${pathOf(req)} ${res.statusCode} ${ms} ms\n`);
    });
    return handler(req, res);
  };
}
