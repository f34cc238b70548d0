import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NexarAuthError } from '../errors.js';
import { isCode } from './file-lock.js';

/** What the page in the user's browser says when the callback has been handled. */
export interface CallbackOutcome {
  ok: boolean;
  title: string;
  message: string;
}

/** Handles the one callback: completes the login and says what to show the user. */
export type CallbackHandler = (url: URL) => Promise<CallbackOutcome>;

export interface CallbackServerOptions {
  /**
   * Whether a callback belongs to the login in progress (its `state` matches). Others are answered 400
   * and leave the login waiting, so a forged request from another page cannot end it.
   */
  accepts?: (url: URL) => boolean;
}

export interface CallbackServer {
  /** The redirect URI with the port actually bound. */
  readonly redirectUri: URL;
  /** Settles once the browser has been sent the page for the handled callback. */
  readonly responded: Promise<void>;
  close(): Promise<void>;
}

const LOOPBACK_HOSTS: Record<string, string[]> = {
  localhost: ['127.0.0.1', '::1'],
  '127.0.0.1': ['127.0.0.1'],
  '[::1]': ['::1'],
};

/**
 * Listens on the loopback interface only, at the redirect URI's port (0 picks a free one) and path.
 * The first request to that path that carries `code` or `error` and that `accepts` goes to `handler`;
 * later ones are told the login is over, refused ones get 400, other paths get 404. For `localhost`,
 * both 127.0.0.1 and ::1 are bound (on the same port) when the machine has IPv6, since browsers may
 * try either.
 */
export async function startCallbackServer(
  redirectUri: URL,
  handler: CallbackHandler,
  options: CallbackServerOptions = {},
): Promise<CallbackServer> {
  const addresses = LOOPBACK_HOSTS[redirectUri.hostname];
  if (redirectUri.protocol !== 'http:' || !addresses) {
    throw new NexarAuthError(
      'configuration_error',
      `The login redirect URI ${redirectUri.href} is not a loopback http address.`,
      { hint: 'Use http://localhost:<port>/<path> (or 127.0.0.1) for CLI and desktop logins.' },
    );
  }
  const path = redirectUri.pathname;
  let handled = false;
  let markResponded: () => void = () => undefined;
  const responded = new Promise<void>((resolve) => {
    markResponded = resolve;
  });
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', redirectUri);
    if (req.method !== 'GET' || url.pathname !== path) return send(res, 404, page(false, 'Not found', ''));
    if (!url.searchParams.has('code') && !url.searchParams.has('error')) {
      return send(
        res,
        400,
        page(false, 'Waiting for Nexar', 'This address receives the Nexar login callback.'),
      );
    }
    if (handled) return send(res, 410, page(false, 'Login finished', 'This login has already finished.'));
    if (options.accepts && !options.accepts(url)) {
      return send(
        res,
        400,
        page(false, 'Not this login', 'This callback does not belong to the login in progress.'),
      );
    }
    handled = true;
    res.once('close', markResponded);
    handler(url).then(
      (outcome) => send(res, outcome.ok ? 200 : 400, page(outcome.ok, outcome.title, outcome.message)),
      () => send(res, 500, page(false, 'Login failed', 'Return to the application for details.')),
    );
  };

  const servers: Server[] = [];
  let port = Number(redirectUri.port || 80);
  try {
    for (const [index, address] of addresses.entries()) {
      const server = createServer(onRequest);
      try {
        await listen(server, port, address);
      } catch (error) {
        // The IPv6 companion is optional: some machines have no ::1.
        if (index > 0) continue;
        if (isCode(error, 'EADDRINUSE')) {
          throw new NexarAuthError(
            'port_busy',
            `Port ${port} on ${address} is busy, so the login callback to ${redirectUri.href} cannot be received.`,
            {
              hint: `Stop the program that listens on port ${port} (find it with \`lsof -i :${port}\` or \`netstat -ano\`), or log in with the ports option listing other redirect URIs registered for your app at portal.nexar.com, or with mode: 'paste'.`,
            },
          );
        }
        throw error;
      }
      servers.push(server);
      port = (server.address() as AddressInfo).port;
    }
  } catch (error) {
    await Promise.all(servers.map(closeServer));
    throw error;
  }

  const actual = new URL(redirectUri.href);
  actual.port = String(port);
  return {
    redirectUri: actual,
    responded,
    close: () => Promise.all(servers.map(closeServer)).then(() => undefined),
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host, exclusive: true }, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    connection: 'close',
  });
  res.end(html);
}

function page(ok: boolean, title: string, message: string): string {
  const colour = ok ? '#1a7f37' : '#b42318';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem}h1{color:${colour}}</style>
</head><body><h1 id="${ok ? 'login-success' : 'login-failure'}">${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p></body></html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
