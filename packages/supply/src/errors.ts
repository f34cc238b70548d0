/**
 * Errors of `@nexar/supply`. Transport failures stay `@nexar/client` errors (`NexarGraphQLError`,
 * `NexarHttpError`, ...); these are the supply-specific ones. No message holds a token or a variable.
 */
export class NexarSupplyError extends Error {
  override readonly name: string = 'NexarSupplyError';
}

/**
 * A call would spend, or spent, more parts than are left.
 * - `source: 'budget'`: refused BEFORE sending, because the call's worst case (`wouldCost`, the sum of
 *   its limits) is more than what the client's `maxParts` budget has left (`remaining`).
 * - `source: 'api'`: Nexar answered with its over-limit error (`PART_LIMIT_EXCEEDED`): the application's
 *   monthly part limit is reached. This is never an empty result. `remaining` is what the API reported
 *   as left when it says so, else 0.
 */
export class NexarPartLimitError extends NexarSupplyError {
  override readonly name: string = 'NexarPartLimitError';
  /** The call's worst case in parts (for 'api': the parts the response would have had, when known). */
  readonly wouldCost: number;
  /** Parts left: of `maxParts` ('budget'), or of the application's monthly limit ('api'). */
  readonly remaining: number;
  readonly source: 'budget' | 'api';
  /** The operation that was refused. */
  readonly operation: string | undefined;

  constructor(details: {
    wouldCost: number;
    remaining: number;
    source: 'budget' | 'api';
    operation?: string | undefined;
    cause?: unknown;
  }) {
    const { wouldCost, remaining, source, operation } = details;
    const what = operation ? `${operation}` : 'this call';
    const message =
      source === 'budget'
        ? `Not sent: ${what} could return up to ${wouldCost} part${plural(wouldCost)}, but only ${remaining} of the client's maxParts budget remain${remaining === 1 ? 's' : ''}. Lower the call's limit, split it, or raise maxParts.`
        : `The Nexar API refused ${what}: the application's part limit is reached (PART_LIMIT_EXCEEDED)${
            wouldCost > 0 ? `; the answer would have had up to ${wouldCost} part${plural(wouldCost)}` : ''
          }. This is not an empty result. Check usage at portal.nexar.com, raise the plan's limit, or wait for the monthly reset.`;
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.wouldCost = wouldCost;
    this.remaining = remaining;
    this.source = source;
    this.operation = operation;
  }
}

/**
 * `usage()` could not read the application's part counts. `reason`:
 * - `user_token_required`: Nexar serves `admApplicationById` to a user's token only (authorization code
 *   flow, `authorizationCode()` from `@nexar/auth`); an application token from client credentials is refused.
 * - `unknown_application`: no application with that id is visible to the signed-in user.
 * - `no_supply_access`: the application has no supply scope, so it has no part counts.
 */
export class NexarUsageUnavailableError extends NexarSupplyError {
  override readonly name: string = 'NexarUsageUnavailableError';
  readonly reason: 'user_token_required' | 'unknown_application' | 'no_supply_access';

  constructor(reason: NexarUsageUnavailableError['reason'], message: string, options?: ErrorOptions) {
    super(message, options);
    this.reason = reason;
  }
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}
