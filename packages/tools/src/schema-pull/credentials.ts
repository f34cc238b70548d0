import {
  clientCredentials,
  type EnvironmentSource,
  readNexarEnvironment,
  staticToken,
  type TokenProvider,
} from '@nexar/auth';
import { EXIT_CODES, SchemaPullError } from './exit-codes.js';

export const MISSING_CREDENTIALS_MESSAGE =
  'No Nexar credentials: set NEXAR_CLIENT_ID and NEXAR_CLIENT_SECRET (client credentials of an app at ' +
  'portal.nexar.com), or NEXAR_TOKEN (a ready access token).';

/**
 * The token for introspection: `NEXAR_TOKEN` when set, else client credentials from the environment
 * with `scope`. Without either, a `SchemaPullError` that names the variables to set.
 */
export function tokenProviderFromEnvironment(env: EnvironmentSource, scope?: string): TokenProvider {
  const environment = readNexarEnvironment(env);
  if (environment.token !== undefined) return staticToken(environment.token);
  if (environment.clientId === undefined || environment.clientSecret === undefined) {
    throw new SchemaPullError(MISSING_CREDENTIALS_MESSAGE, EXIT_CODES.usage);
  }
  return clientCredentials({ env, ...(scope === undefined ? {} : { scope }) });
}
