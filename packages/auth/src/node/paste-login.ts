import type { AccessToken } from '../access-token.js';
import type { AuthEventListener } from '../auth-event.js';
import type { AuthorizationCodeProvider } from '../authorization-code.js';
import { NexarAuthError } from '../errors.js';

/** Reads what the user pasted; `signal` aborts on timeout or the caller's abort. */
export type PastedUrlReader = (prompt: string, signal: AbortSignal) => Promise<string>;

/** Wrong pastes forgiven before giving up. */
const MAX_PASTES = 3;

/**
 * The login for machines whose browser cannot reach a loopback server here (SSH, WSL, containers, CI):
 * the user opens the URL on any machine, approves, and pastes the address the browser was sent to (the
 * page itself fails to load, which is expected). The callback is then checked like any other: state
 * first, then the code is exchanged with the PKCE verifier.
 */
export async function pasteLogin(
  provider: AuthorizationCodeProvider,
  options: {
    redirectUri: URL;
    read: PastedUrlReader;
    log: (message: string) => void;
    emit: AuthEventListener;
    signal: AbortSignal;
    reason: string | undefined;
  },
): Promise<AccessToken> {
  const { signal, log, emit } = options;
  if (options.redirectUri.port === '0') {
    throw new NexarAuthError(
      'configuration_error',
      `A pasted login needs the redirect URI registered for the app, not ${options.redirectUri.href} (port 0 is "any free port", for loopback logins only).`,
      { hint: 'Give the provider the redirectUri registered at portal.nexar.com, or the port option.' },
    );
  }
  const pending = await provider.createAuthorizationRequest({ redirectUri: options.redirectUri.href });
  const why = options.reason ? ` (this looks like ${options.reason})` : '';
  log(
    `To log in to Nexar${why}, open this address in a browser on any machine:\n  ${pending.url}\n` +
      `After you approve, the browser goes to ${options.redirectUri.origin}${options.redirectUri.pathname}?code=… ` +
      'and shows an error page: that is expected. Copy the whole address from its address bar and paste it here.',
  );
  emit({ type: 'login', step: 'url_shown' });
  for (let attempt = 1; ; attempt += 1) {
    emit({ type: 'login', step: 'waiting_for_paste' });
    const text = (await options.read('Address: ', signal)).trim();
    signal.throwIfAborted();
    const callback = parseCallback(text, options.redirectUri);
    if (typeof callback === 'string') {
      if (attempt >= MAX_PASTES) {
        throw new NexarAuthError('invalid_request', `The pasted text is not the login address: ${callback}`, {
          hint: 'Run the login again and paste the whole address the browser shows after you approve.',
        });
      }
      log(`That is not it: ${callback} Try again.`);
      continue;
    }
    emit({ type: 'login', step: 'callback_received' });
    return provider.completeAuthorization(callback, pending, { signal });
  }
}

/** The pasted callback URL, or why the text is not one (never echoing the text, which may hold a code). */
function parseCallback(text: string, redirectUri: URL): URL | string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'it is not an address (it should start with http://).';
  }
  if (url.pathname !== redirectUri.pathname) {
    return `its path is not ${redirectUri.pathname}.`;
  }
  if (!url.searchParams.has('code') && !url.searchParams.has('error')) {
    return 'it carries no code (copy the address after approving, not the one you opened).';
  }
  return url;
}
