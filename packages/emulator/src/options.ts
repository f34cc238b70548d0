import type { ApplicationSpec } from './applications.js';
import type { Catalog } from './catalog/index.js';
import type { DesignData } from './design-data/index.js';
import type { DemoUser } from './users.js';

export interface EmulatorOptions {
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** Access token lifetime; Nexar issues 24-hour tokens. */
  accessTokenTtlSeconds?: number;
  refreshTokenTtlSeconds?: number;
  /** Completes authorization-code logins as a demo user (true: the first; or a user id or email) without a form. */
  autoLogin?: boolean | string;
  /** Nexar's published token endpoint limit is 2 requests per second per client; false turns it off. */
  tokenRateLimit?: { requestsPerSecond: number } | false;
  /** Applications in addition to the three demo ones. */
  applications?: ApplicationSpec[];
  /** Part limit of the demo applications (default 1000, Nexar's evaluation plan). */
  partLimit?: number;
  users?: readonly DemoUser[];
  /**
   * Regions served in addition to "US West" (the main port) and "EU Central" (the demo workspaces'
   * regions, always served), each by the API on its own port.
   */
  extraRegions?: string[];
  /** The supply catalog: a JSON file's path or a catalog object. Default: curated parts plus generated families. */
  catalog?: string | Catalog;
  /** Seed of the generated catalog and design data (default 1): the same seed gives the same data. */
  seed?: number;
  /** Design data (workspaces, projects, BOMs, libraries, comments): a JSON file's path or an object. */
  designData?: string | DesignData;
  /** Projects (by id) whose design fails to load, so partial errors can be tested. */
  brokenProjectIds?: string[];
  /** Prints each request to stderr. */
  log?: boolean;
  /**
   * How GraphQL operations run: compiled once per query text with graphql-jit (the default, fastest),
   * or by graphql-js's executor for every request. Both give the same answers and errors.
   */
  executor?: 'jit' | 'graphql-js';
}

export const DEFAULT_ACCESS_TOKEN_TTL_SECONDS = 86_400;
export const DEFAULT_REFRESH_TOKEN_TTL_SECONDS = 30 * 86_400;
export const DEFAULT_TOKEN_RATE_LIMIT = { requestsPerSecond: 2 } as const;
