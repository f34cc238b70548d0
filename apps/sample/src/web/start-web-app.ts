/** The web page's server: plain `node:http` on the loopback interface, sessions in memory. */
import { createServer } from 'node:http';
import type { SampleConnection } from '../setup/index.js';
import { withLastResort } from './last-resort.js';
import { createRequestHandler } from './request-handler.js';
import { SessionStore } from './session-store.js';
import { CALLBACK_PATH } from './sign-in.js';
import type { WebContext } from './web-types.js';

/** The port Nexar apps are most often registered with (`http://localhost:3000/...`). */
export const DEFAULT_WEB_PORT = 3000;

const SWEEP_INTERVAL_MS = 60_000;

export interface WebAppOptions {
  connection: SampleConnection;
  /** Default 3000; 0 takes a free port. With the real API, register `http://localhost:<port>/auth/callback` as a redirect URI of the app. */
  port?: number;
  /** Closes the server when aborted. */
  signal?: AbortSignal;
  /** Where unexpected errors are reported (default: stderr). Never sent to the browser. */
  log?: (message: string) => void;
}

export interface WebApp {
  /** `http://localhost:<port>`: open it in a browser. */
  url: string;
  /** The sign-in callback (the redirect URI Nexar sends the browser back to). */
  redirectUri: string;
  close(): Promise<void>;
}

export async function startWebApp(options: WebAppOptions): Promise<WebApp> {
  options.signal?.throwIfAborted();
  const stopping = new AbortController();
  const sessions = new SessionStore();
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  let handle: ReturnType<typeof createRequestHandler> | undefined;
  // Nothing a request does can stop the server: what escapes the page's own error handling gets a 500.
  const server = createServer(
    withLastResort((req, res) => (handle ? handle(req, res) : void res.writeHead(503).end()), log),
  );
  const port = options.port ?? DEFAULT_WEB_PORT;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} is already in use: choose another port for the web page.`)
          : error,
      ),
    );
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const url = `http://localhost:${typeof address === 'object' && address ? address.port : port}`;
  const context: WebContext = {
    connection: options.connection,
    sessions,
    origin: url,
    redirectUri: `${url}${CALLBACK_PATH}`,
    log,
  };
  handle = createRequestHandler(context, stopping.signal);
  // Idle sessions are dropped as they are met; this also drops those nobody comes back for.
  const sweeper = setInterval(() => sessions.sweep(), SWEEP_INTERVAL_MS);
  sweeper.unref();

  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= new Promise<void>((resolve) => {
      options.signal?.removeEventListener('abort', close);
      stopping.abort();
      clearInterval(sweeper);
      sessions.clear();
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return closed;
  };
  options.signal?.addEventListener('abort', close, { once: true });
  return { url, redirectUri: context.redirectUri, close };
}
