import type { AccessToken } from '../access-token.js';
import { type AuthEventListener, eventEmitter } from '../auth-event.js';
import {
  type AuthorizationCodeOptions,
  type AuthorizationCodeProvider,
  authorizationCode as createAuthorizationCode,
  type PendingAuthorization,
} from '../authorization-code.js';
import type { EnvironmentSource } from '../environment.js';
import { NexarAuthError } from '../errors.js';
import { redactWith } from '../redact.js';
import { raceAbort } from '../sleep.js';
import {
  type CallbackHandler,
  type CallbackOutcome,
  type CallbackServer,
  type CallbackServerOptions,
  startCallbackServer,
} from './callback-server.js';
import { noDisplayReason } from './display.js';
import { type BrowserOpener, openSystemBrowser } from './open-browser.js';
import { type PastedUrlReader, pasteLogin } from './paste-login.js';
import { proxyAwareFetch } from './proxy-fetch.js';
import { readLineFromTerminal } from './read-line.js';

/**
 * `loopback`: a server on this machine receives the browser's redirect. `paste`: the user pastes the
 * address the browser was sent to. `auto` (default): `paste` when no browser here can take part (CI,
 * SSH, no display), no `openBrowser` function was given and the redirect port is not 0, else `loopback`.
 */
export type LoginMode = 'auto' | 'loopback' | 'paste';

export const DEFAULT_LOGIN_TIMEOUT_MS = 5 * 60_000;

export interface LoginOptions {
  /** Opens the authorization URL (default: the system browser); false only prints it. */
  openBrowser?: BrowserOpener | false;
  /** How long to wait for the user (default 5 minutes). */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Overrides the redirect URI's port; 0 takes any free one (the app must allow any loopback port). */
  port?: number;
  /**
   * Redirect ports registered for the app, tried in order when one is busy (overrides `port`). When
   * all are busy the error names them and the ways out.
   */
  ports?: readonly number[];
  /** Default `auto`. */
  mode?: LoginMode;
  /** Reads the pasted address in `paste` mode (default: a line from the terminal). */
  readPastedUrl?: PastedUrlReader;
  /** Where `auto` looks for CI, SSH and a display (default `process.env`). */
  env?: EnvironmentSource;
  /** Default `process.platform`. */
  platform?: NodeJS.Platform;
  /** Told each login step (default: the provider's `onEvent`); never given a code or token. */
  onEvent?: AuthEventListener;
  /** Overrides the redirect URI's path. */
  path?: string;
  /** Where the instructions with the URL go (default: stderr). */
  log?: (message: string) => void;
}

/**
 * Logs a user in from a CLI or desktop app: listens on the provider's loopback redirect URI (the first
 * free one of `ports`), sends the browser to the authorization URL, takes exactly one callback, shows
 * the user a short result page and stores the tokens. A callback with another `state` (a stray or
 * forged request) is answered 400 and the login keeps waiting. In paste mode (see `LoginMode`) the user
 * pastes the address the browser was sent to instead. Rejects on `access_denied`, `port_busy`, timeout
 * or abort; the loopback server is closed in every case.
 */
export async function login(
  provider: AuthorizationCodeProvider,
  options: LoginOptions = {},
): Promise<AccessToken> {
  const { signal } = options;
  signal?.throwIfAborted();
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const emit = eventEmitter(options.onEvent);
  const redirect = new URL(provider.redirectUri);
  if (options.port !== undefined) redirect.port = String(options.port);
  if (options.path !== undefined) redirect.pathname = options.path;

  const timeoutMs = options.timeoutMs ?? DEFAULT_LOGIN_TIMEOUT_MS;
  const timedOut = () =>
    new NexarAuthError('timeout', `No login arrived within ${Math.round(timeoutMs / 1000)} s.`, {
      hint: 'Run the login again and finish it in the browser.',
    });
  const mode = options.mode ?? 'auto';
  // A redirect to port 0 (any free port) exists only while a loopback server runs: nothing to paste.
  const reason =
    mode === 'auto' && typeof options.openBrowser !== 'function' && redirect.port !== '0'
      ? noDisplayReason(options.env, options.platform)
      : undefined;
  try {
    if (mode === 'paste' || reason !== undefined) {
      const timeout = AbortSignal.timeout(timeoutMs);
      const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
      try {
        const token = await pasteLogin(provider, {
          redirectUri: redirect,
          read: options.readPastedUrl ?? readLineFromTerminal,
          log,
          emit,
          signal: combined,
          reason,
        });
        emit({ type: 'login', step: 'completed' });
        return token;
      } catch (error) {
        if (!signal?.aborted && timeout.aborted) throw timedOut();
        throw error;
      }
    }
    const token = await loopbackLogin(provider, redirect, options, { log, emit, timeoutMs, timedOut });
    emit({ type: 'login', step: 'completed' });
    return token;
  } catch (error) {
    emit({ type: 'login', step: 'failed' });
    throw error;
  }
}

async function loopbackLogin(
  provider: AuthorizationCodeProvider,
  redirect: URL,
  options: LoginOptions,
  context: {
    log: (message: string) => void;
    emit: AuthEventListener;
    timeoutMs: number;
    timedOut: () => NexarAuthError;
  },
): Promise<AccessToken> {
  const { signal } = options;
  const { log, emit } = context;
  let pending: PendingAuthorization | undefined;
  let settle!: { resolve(token: AccessToken): void; reject(error: unknown): void };
  const result = new Promise<AccessToken>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // The timeout or an abort may settle it before the code below awaits it: that is not an unhandled failure.
  result.catch(() => undefined);
  let handled = false;
  const server = await listenOnFirstFreePort(
    redirect,
    options.ports ?? [Number(redirect.port || 80)],
    async (url): Promise<CallbackOutcome> => {
      handled = true;
      emit({ type: 'login', step: 'callback_received' });
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
    emit,
  );

  const timer = setTimeout(() => settle.reject(context.timedOut()), context.timeoutMs);
  try {
    pending = await provider.createAuthorizationRequest({ redirectUri: server.redirectUri.href });
    const url = pending.url;
    const open = options.openBrowser ?? openSystemBrowser;
    if (open === false) {
      log(`To log in to Nexar, open this address in a browser:\n  ${url}`);
      emit({ type: 'login', step: 'url_shown' });
    } else {
      log(`Opening the browser to log in to Nexar. If nothing opens, visit:\n  ${url}`);
      emit({ type: 'login', step: 'browser_opened' });
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

/** The callback server on the first port of `ports` that is free; a clear error naming them all when none is. */
async function listenOnFirstFreePort(
  redirect: URL,
  ports: readonly number[],
  handler: CallbackHandler,
  serverOptions: CallbackServerOptions,
  emit: AuthEventListener,
): Promise<CallbackServer> {
  const busy: number[] = [];
  let last: NexarAuthError | undefined;
  for (const port of ports) {
    const candidate = new URL(redirect.href);
    candidate.port = String(port);
    try {
      const server = await startCallbackServer(candidate, handler, serverOptions);
      emit({ type: 'login', step: 'listening', port: Number(server.redirectUri.port || 80) });
      return server;
    } catch (error) {
      if (!(error instanceof NexarAuthError && error.code === 'port_busy')) throw error;
      emit({ type: 'login', step: 'port_busy', port });
      busy.push(port);
      last = error;
    }
  }
  if (busy.length === 1 && last) throw last;
  throw new NexarAuthError(
    'port_busy',
    `Ports ${busy.join(', ')} are all busy, so the login callback cannot be received on any of them.`,
    {
      hint: `Stop a program that listens on one of them (find it with \`lsof -i :${busy[0]}\`), register one more redirect URI for your app at portal.nexar.com and add its port to the ports option, or log in with mode: 'paste'.`,
    },
  );
}

export interface NodeAuthorizationCodeProvider extends AuthorizationCodeProvider {
  /** `login(this, options)`: the loopback login for CLIs and desktop apps. */
  login(options?: LoginOptions): Promise<AccessToken>;
}

/**
 * `authorizationCode()` of the main entry, plus `login()` (loopback or paste), with the token endpoint
 * reached through HTTPS_PROXY / NO_PROXY by default (Node only).
 */
export function authorizationCode(options: AuthorizationCodeOptions = {}): NodeAuthorizationCodeProvider {
  const base = createAuthorizationCode({
    ...options,
    fetch: options.fetch ?? proxyAwareFetch(options.env === undefined ? {} : { env: options.env }),
  });
  const onEvent = options.onEvent;
  const provider: NodeAuthorizationCodeProvider = {
    ...base,
    login: (loginOptions?: LoginOptions) =>
      login(base, onEvent && !loginOptions?.onEvent ? { ...loginOptions, onEvent } : loginOptions),
  };
  return Object.freeze(
    redactWith(provider, 'AuthorizationCodeProvider', () => JSON.parse(JSON.stringify(base))),
  );
}
