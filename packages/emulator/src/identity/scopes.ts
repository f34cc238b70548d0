import type { Application } from '../applications.js';

/** Every scope identity.nexar.com knows, as discovery lists them. */
export const SUPPORTED_SCOPES = [
  'openid',
  'profile',
  'email',
  'offline_access',
  'user.access',
  'supply.domain',
  'design.domain',
] as const;

export type NexarScope = (typeof SUPPORTED_SCOPES)[number];

/** Scopes any application may ask for in the authorization-code flow, whatever its domain scopes. */
const USER_SCOPES: readonly NexarScope[] = ['openid', 'profile', 'email', 'offline_access', 'user.access'];

/** The only scope a client-credentials (machine to machine) token can carry, as on Nexar. */
export const CLIENT_CREDENTIALS_SCOPE = 'supply.domain';

/** Scopes an application may be granted in the authorization-code flow: the user scopes plus its own domains. */
export function codeFlowScopes(app: Pick<Application, 'scopes'>): Set<string> {
  return new Set<string>([...USER_SCOPES, ...app.scopes]);
}

/** Why a client-credentials request for `requested` scopes must be refused, or undefined when it may proceed. */
export interface ScopeRefusal {
  scope: string;
  description: string;
}

/**
 * Applies Nexar's client-credentials rule: the grant is for `supply.domain` only, and only for applications
 * created with it. Returns the refusal to answer with `invalid_scope`, or undefined when the request is fine.
 */
export function refuseClientCredentialsScopes(
  app: Pick<Application, 'scopes'>,
  requested: Iterable<string>,
): ScopeRefusal | undefined {
  for (const scope of requested) {
    if (scope !== CLIENT_CREDENTIALS_SCOPE) {
      return {
        scope,
        description: `scope "${scope}" cannot be granted with client_credentials: only ${CLIENT_CREDENTIALS_SCOPE} is available to this grant`,
      };
    }
  }
  if (!app.scopes.includes(CLIENT_CREDENTIALS_SCOPE)) {
    return {
      scope: CLIENT_CREDENTIALS_SCOPE,
      description: `the application was created without the ${CLIENT_CREDENTIALS_SCOPE} scope (scopes are fixed at creation)`,
    };
  }
  return undefined;
}

/** Splits an OAuth `scope` parameter into its distinct values. */
export function parseScope(scope: string | undefined): string[] {
  if (!scope) return [];
  return [...new Set(scope.split(' ').filter((value) => value.length > 0))];
}
