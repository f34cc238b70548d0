/**
 * What the user sees when something fails: a status, a title and a sentence of what to do. Only
 * the text written here reaches the browser (never a stack trace, and no SDK error message, so
 * nothing from a request or a response can leak); the server's log gets the unexpected ones.
 */
import { NexarAuthError } from '@nexar/auth';
import { NexarClientError, NexarGraphQLError } from '@nexar/client';
import { NexarDesignNotFoundError, NexarDesignScopeError } from '@nexar/design';
import { NexarPartLimitError } from '@nexar/supply';

export interface ErrorView {
  status: number;
  title: string;
  message: string;
  /** The one thing to do next. */
  action: { href: string; label: string };
  /** The session's sign-in is over (its tokens are gone): forget it. */
  signedOut?: boolean;
  /** Unexpected: worth a line in the server's log. */
  unexpected?: boolean;
}

const HOME = { href: '/', label: 'Back to the start page' };
const SIGN_IN = { href: '/auth/sign-in', label: 'Sign in with Nexar' };

/** An error this app raises itself, already phrased for the user. */
export class WebError extends Error {
  constructor(readonly view: Omit<ErrorView, 'unexpected'>) {
    super(view.title);
    this.name = 'WebError';
  }
}

export const notFound = (what = 'This page does not exist.'): WebError =>
  new WebError({ status: 404, title: 'Not found', message: what, action: HOME });

export function errorView(error: unknown): ErrorView {
  if (error instanceof WebError) return error.view;
  const auth = find(error, NexarAuthError);
  if (auth) return authErrorView(auth);
  if (error instanceof NexarDesignNotFoundError) {
    return {
      status: 404,
      title: 'Not found',
      message: 'That project (or its variant) does not exist, or you cannot see it.',
      action: HOME,
    };
  }
  if (error instanceof NexarDesignScopeError) {
    return {
      status: 403,
      title: 'No access to design data',
      message:
        'The Nexar app this sample uses has no design.domain scope. Use an app with both supply and design scopes.',
      action: HOME,
    };
  }
  if (error instanceof NexarPartLimitError) {
    return {
      status: 429,
      title: 'Part limit reached',
      message:
        "The Nexar app's part quota is used up, so no more supply data can be fetched. Answers already fetched are still shown from the cache.",
      action: HOME,
    };
  }
  if (error instanceof NexarGraphQLError || error instanceof NexarClientError) {
    return {
      status: 502,
      title: 'Nexar did not answer',
      message: 'The Nexar API could not be reached or answered with an error. Try again in a moment.',
      action: HOME,
      unexpected: true,
    };
  }
  return {
    status: 500,
    title: 'Something went wrong',
    message:
      'This page failed on the server. Try again; if it keeps failing, the terminal running the sample shows why.',
    action: HOME,
    unexpected: true,
  };
}

function authErrorView(error: NexarAuthError): ErrorView {
  switch (error.code) {
    case 'access_denied':
      return {
        status: 403,
        title: 'Sign-in cancelled',
        message:
          'You cancelled signing in to Nexar, so nothing was shared with this page. Sign in again whenever you like.',
        action: SIGN_IN,
      };
    case 'state_mismatch':
    case 'invalid_grant':
      return {
        status: 400,
        title: 'Sign-in not completed',
        message: 'That sign-in link is out of date or belongs to another sign-in. Start again.',
        action: SIGN_IN,
      };
    case 'login_required':
      return {
        status: 401,
        title: 'Session expired',
        message: 'Your Nexar session has ended. Sign in again to carry on.',
        action: SIGN_IN,
        signedOut: true,
      };
    case 'invalid_client':
    case 'invalid_scope':
    case 'missing_credentials':
    case 'configuration_error':
      return {
        status: 500,
        title: 'The Nexar app was refused',
        message:
          "Nexar refused the app this sample signs in with: check NEXAR_CLIENT_ID and NEXAR_CLIENT_SECRET, its scopes, and that its redirect URIs include this page's /auth/callback address.",
        action: HOME,
        unexpected: true,
      };
    default:
      return {
        status: 502,
        title: 'Sign-in failed',
        message: "Nexar's sign-in server could not be reached or refused the request. Try again in a moment.",
        action: SIGN_IN,
        unexpected: true,
      };
  }
}

/** The error itself or the first of its causes that is a `type`. */
function find<T>(error: unknown, type: abstract new (...args: never[]) => T): T | undefined {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof type) return e;
  }
  return undefined;
}

/** The error's class and message (the SDK's messages never hold a token); no stack, no request data. */
export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
