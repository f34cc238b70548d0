import type { AccessToken } from '../access-token.js';
import {
  type AuthorizationCodeOptions,
  type AuthorizationCodeProvider,
  authorizationCode as createAuthorizationCode,
  type PendingAuthorization,
} from '../authorization-code.js';
import { NexarAuthError } from '../errors.js';
import { redactWith } from '../redact.js';
import { raceAbort } from '../sleep.js';
import { type CallbackOutcome, startCallbackServer } from './callback-server.js';
import { type BrowserOpener, openSystemBrowser } from './open-browser.js';

export const DEFAULT_LOGIN_TIMEOUT_MS = 5 * 60_000;

export interface LoginOptions {
  /** Opens the authorization URL (default: the system browser); false only prints it. */
  openBrowser?: BrowserOpener | false;
  /** How long to wait for the user (default 5 minutes). */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Overrides the redirect URI's port; 0 takes any free one (the app must allow any loopback port). */
  port?: number;
  /** Overrides the redirect URI's path. */
  path?: string;
  /** Where the instructions with the URL go (default: stderr). */
  log?: (message: string) => void;
}

/**
 * Logs a user in from a CLI or desktop app: listens on the provider's loopback redirect URI, sends the
 * browser to the authorization URL, takes exactly one callback, shows the user a short result page and
 * stores the tokens. A callback with another `state` (a stray or forged request) is answered 400 and
 * the login keeps waiting. Rejects on `access_denied`, timeout or abort; the loopback server is closed
 * in every case.
 */
export async function login(
  provider: AuthorizationCodeProvider,
  options: LoginOptions = {},
): Promise<AccessToken> {
  const { signal } = options;
  signal?.throwIfAborted();
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const redirect = new URL(provider.redirectUri);
  if (options.port !== undefined) redirect.port = String(options.port);
  if (options.path !== undefined) redirect.pathname = options.path;

  let pending: PendingAuthorization | undefined;
  let settle!: { resolve(token: AccessToken): void; reject(error: unknown): void };
  const result = new Promise<AccessToken>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // The timeout or an abort may settle it before the code below awaits it: that is not an unhandled failure.
  result.catch(() => undefined);
  let handled = false;
  const server = await startCallbackServer(
    redirect,
    async (url): Promise<CallbackOutcome> => {
      handled = true;
      try {
        if (!pending)
          throw new NexarAuthError('state_mismatch', 'A login callback arrived before any login began.');
        const token = await provider.completeAuthorization(url, pending, signal ? { signal } : {});
        settle.resolve(token);
        return {
          ok: true,
          title: 'Signed in to Nexar',
          message: 'You can close this tab and return to the application.',
        };
      } catch (error) {
        settle.reject(error);
        const reason = error instanceof Error ? error.message : 'unknown error';
        return { ok: false, title: 'Sign-in failed', message: `${reason} Return to the application.` };
      }
    },
    {
      // Only the browser we sent away knows the state; anything else is a stray or forged request.
      accepts: (url) => pending !== undefined && url.searchParams.get('state') === pending.state,
    },
  );

  const timeoutMs = options.timeoutMs ?? DEFAULT_LOGIN_TIMEOUT_MS;
  const timer = setTimeout(
    () =>
      settle.reject(
        new NexarAuthError('timeout', `No login arrived within ${Math.round(timeoutMs / 1000)} s.`, {
          hint: 'Run the login again and finish it in the browser.',
        }),
      ),
    timeoutMs,
  );
  try {
    pending = await provider.createAuthorizationRequest({ redirectUri: server.redirectUri.href });
    const url = pending.url;
    const open = options.openBrowser ?? openSystemBrowser;
    if (open === false) {
      log(`To log in to Nexar, open this address in a browser:\n  ${url}`);
    } else {
      log(`Opening the browser to log in to Nexar. If nothing opens, visit:\n  ${url}`);
      // Not awaited: an opener may take as long as the user does (e.g. a test's page.goto).
      Promise.resolve()
        .then(() => open(url))
        .catch(() => log('The browser could not be opened; use the address above.'));
    }
    return await raceAbort(result, signal);
  } finally {
    clearTimeout(timer);
    result.catch(() => undefined);
    // Let the browser receive its result page before the server goes away.
    if (handled) await Promise.race([server.responded, new Promise((resolve) => setTimeout(resolve, 2_000))]);
    await server.close();
  }
}

export interface NodeAuthorizationCodeProvider extends AuthorizationCodeProvider {
  /** `login(this, options)`: the loopback login for CLIs and desktop apps. */
  login(options?: LoginOptions): Promise<AccessToken>;
}

/** `authorizationCode()` of the main entry, plus `login()` through a loopback server (Node only). */
export function authorizationCode(options: AuthorizationCodeOptions = {}): NodeAuthorizationCodeProvider {
  const base = createAuthorizationCode(options);
  const provider: NodeAuthorizationCodeProvider = {
    ...base,
    login: (loginOptions?: LoginOptions) => login(base, loginOptions),
  };
  return Object.freeze(
    redactWith(provider, 'AuthorizationCodeProvider', () => JSON.parse(JSON.stringify(base))),
  );
}
