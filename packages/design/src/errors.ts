import { redactSecrets } from '@nexar/client';
import type { GraphQLFormattedError } from 'graphql';

/** The scope every design (`des*`) operation needs. */
export const DESIGN_SCOPE = 'design.domain';

/**
 * Base of the errors `@nexar/design` raises itself. Transport failures stay `@nexar/client` errors
 * (`NexarGraphQLError`, `NexarHttpError`, ...). None of them holds a token, header or variable.
 */
export class NexarDesignError extends Error {
  override readonly name: string = 'NexarDesignError';
  /** The GraphQL operation that failed, when there was one. */
  readonly operationName: string | undefined;

  constructor(message: string, operationName: string | undefined, options?: ErrorOptions) {
    super(message, options);
    this.operationName = operationName;
  }
}

/**
 * The API refused a design operation for want of authorization: the token lacks the `design.domain`
 * scope (e.g. a supply application's client-credentials token) or carries no signed-in user.
 * `cause` is the `NexarGraphQLError` the API answered with.
 */
export class NexarDesignScopeError extends NexarDesignError {
  override readonly name: string = 'NexarDesignScopeError';
  /** The scope design data needs. */
  readonly scope: typeof DESIGN_SCOPE = DESIGN_SCOPE;
  readonly endpoint: string | undefined;
  /** What the API said. */
  readonly errors: readonly GraphQLFormattedError[];

  constructor(
    details: {
      operationName: string | undefined;
      endpoint: string | undefined;
      errors: readonly GraphQLFormattedError[];
    },
    options?: ErrorOptions,
  ) {
    const said = redactSecrets(details.errors[0]?.message ?? 'not authorized');
    super(
      `The Nexar API refused ${details.operationName ?? 'a design operation'}: design data needs a signed-in ` +
        `user's token with the ${DESIGN_SCOPE} scope. Use authorizationCode() from @nexar/auth (scope ` +
        `"openid ${DESIGN_SCOPE} user.access"), not a client-credentials token. Server said: ${said}`,
      details.operationName,
      options,
    );
    this.endpoint = details.endpoint;
    this.errors = details.errors;
  }
}

/**
 * A comment mutation reached the API, which reported problems in the payload's `errors` (an unknown
 * thread or comment, someone else's comment, empty text, ...). Nothing was changed.
 */
export class NexarDesignPayloadError extends NexarDesignError {
  override readonly name: string = 'NexarDesignPayloadError';
  readonly errors: readonly { readonly message: string }[];

  constructor(operationName: string, errors: readonly { readonly message: string }[]) {
    const shown = errors
      .slice(0, 3)
      .map((error) => redactSecrets(error.message))
      .join('; ');
    const more = errors.length > 3 ? ` (and ${errors.length - 3} more)` : '';
    super(`${operationName} was refused: ${shown || 'no reason given'}${more}.`, operationName);
    this.errors = errors;
  }
}

/** What a call needs does not exist: a project, one of its variants, or a release. */
export class NexarDesignNotFoundError extends NexarDesignError {
  override readonly name: string = 'NexarDesignNotFoundError';
  readonly kind: 'project' | 'variant' | 'release';
  /** The id or name that was asked for. */
  readonly key: string;

  constructor(kind: 'project' | 'variant' | 'release', key: string, message: string, operationName?: string) {
    super(message, operationName);
    this.kind = kind;
    this.key = key;
  }
}
