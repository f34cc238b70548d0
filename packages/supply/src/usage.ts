import { NexarGraphQLError, NexarHttpError } from '@nexar/client';
import { NexarUsageUnavailableError } from './errors.js';
import type { ApplicationUsageQuery } from './generated/graphql.js';
import type { SupplyUsage } from './operation-types.js';

const USER_TOKEN_HINT =
  "Nexar serves an application's part counts (admApplicationById.supplyCounts) to a user's token only: sign in with authorizationCode() from @nexar/auth (authorization code + PKCE) and create the client with that provider. An application token from clientCredentials() cannot read them; the portal (portal.nexar.com) shows them too.";

/** The usage answer as `SupplyUsage`, or the typed error saying why there is none. */
export function usageFrom(applicationId: string, data: ApplicationUsageQuery): SupplyUsage {
  const app = data.admApplicationById;
  if (!app) {
    throw new NexarUsageUnavailableError(
      'unknown_application',
      `No application "${applicationId}" is visible to this token. Pass the id of an application of the signed-in user's organisation (usage({ applicationId }) or the applicationId option).`,
    );
  }
  if (!app.supplyCounts) {
    throw new NexarUsageUnavailableError(
      'no_supply_access',
      `Application "${app.name}" has no supply access, so it has no part counts.`,
    );
  }
  const { partCounter, partLimit } = app.supplyCounts;
  return {
    applicationId: app.id,
    applicationName: app.name,
    partCounter,
    partLimit,
    remaining: Math.max(0, partLimit - partCounter),
  };
}

/** The API's refusal of an application token for admApplicationById, as a clear typed error. */
export function usageErrorFrom(error: unknown): NexarUsageUnavailableError | undefined {
  const refused =
    (error instanceof NexarGraphQLError &&
      error.errors.some((item) =>
        /AUTH|FORBIDDEN|UNAUTHORI[SZ]ED/i.test(String(item.extensions?.code ?? '')),
      )) ||
    (error instanceof NexarHttpError && error.status === 403);
  if (!refused) return undefined;
  return new NexarUsageUnavailableError(
    'user_token_required',
    `The Nexar API refused to show part usage to this token. ${USER_TOKEN_HINT}`,
    { cause: error },
  );
}

/** The id to ask for: the caller's, else the token provider's client id. */
export function applicationIdFor(
  explicit: string | undefined,
  fallback: string | undefined,
  auth: unknown,
): string {
  const fromAuth = (auth as { clientId?: unknown } | undefined)?.clientId;
  const id = explicit ?? fallback ?? (typeof fromAuth === 'string' ? fromAuth : undefined);
  if (!id) {
    throw new TypeError(
      'usage() needs the application id: pass usage({ applicationId }) or the applicationId option of createSupplyClient (the token provider does not name a client id).',
    );
  }
  return id;
}
