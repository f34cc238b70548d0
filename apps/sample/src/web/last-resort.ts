/**
 * The last line of defence around every request: whatever a handler throws or rejects with, that
 * browser gets a plain 500, the log gets one line, and the server carries on serving everyone else.
 * (The page's own error handling answers nearly everything; this is for what gets past it.)
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describeError } from './web-errors.js';

export type RequestListener = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

const BODY = 'Something went wrong on the server. Try again; the terminal running the sample shows why.\n';

export function withLastResort(
  handler: RequestListener,
  log: (message: string) => void,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    let handled: Promise<void>;
    try {
      handled = Promise.resolve(handler(req, res));
    } catch (error) {
      handled = Promise.reject(error);
    }
    handled.catch((error: unknown) => {
      try {
        // The method and path only: the query may hold an authorization code, the headers a session id.
        log(`${req.method} ${JSON.stringify(pathOf(req.url))} failed: ${describeError(error)}`);
      } catch {
        // A failing log must not stop the answer.
      }
      answer500(res);
    });
  };
}

function pathOf(url: string | undefined): string {
  return (url ?? '').split('?')[0]?.slice(0, 200) ?? '';
}

function answer500(res: ServerResponse): void {
  if (res.destroyed || res.writableEnded) return;
  if (res.headersSent) {
    res.destroy(); // half an answer: the browser sees the connection fail rather than a page cut short
    return;
  }
  try {
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    res.writeHead(500, {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(BODY);
  } catch {
    res.destroy();
  }
}
