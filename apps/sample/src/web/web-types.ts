/** What a route gets and gives back; the server turns a `WebResponse` into HTTP. */
import type { SampleConnection } from '../setup/index.js';
import type { SafeHtml } from './html.js';
import type { SessionStore, WebSession } from './session-store.js';

export interface WebContext {
  connection: SampleConnection;
  sessions: SessionStore;
  /** This server's own address (`http://localhost:<port>`), and its sign-in callback. */
  origin: string;
  redirectUri: string;
  /** Where unexpected errors are reported (never to the browser). */
  log: (message: string) => void;
}

export interface WebRequest {
  method: string;
  url: URL;
  /** The session of the request's cookie, if it is live. */
  session: WebSession | undefined;
  /** The request's Origin header (checked on POSTs). */
  origin: string | undefined;
  /** The request's Sec-Fetch-Site header: where the browser says the request was started. */
  fetchSite: string | undefined;
  /** Aborted when the browser goes away or the server closes. */
  signal: AbortSignal;
}

export interface WebResponse {
  status: number;
  body?: SafeHtml;
  /** A redirect target (with a 3xx status). */
  location?: string;
  /** A Set-Cookie value. */
  cookie?: string;
}

export type Route = (request: WebRequest, context: WebContext) => Promise<WebResponse>;
