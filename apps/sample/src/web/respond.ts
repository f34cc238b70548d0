/** Building responses: a page in the layout, a redirect, the way to sign in first, and checked parameters. */
import type { SafeHtml } from './html.js';
import { layout } from './layout.js';
import { WebError } from './web-errors.js';
import type { WebContext, WebRequest, WebResponse } from './web-types.js';

export function page(
  request: WebRequest,
  context: WebContext,
  title: string,
  body: SafeHtml,
  status = 200,
): WebResponse {
  const { mode, banner } = context.connection;
  const userName = request.session?.signedIn?.userName;
  return { status, body: layout({ title, body, mode, banner, userName }) };
}

export function redirect(location: string, cookie?: string): WebResponse {
  return { status: 303, location, ...(cookie === undefined ? {} : { cookie }) };
}

/** A page that needs a signed-in user sends the browser to sign in, and back here afterwards. */
export function signInFirst(request: WebRequest): WebResponse {
  return redirect(
    `/auth/sign-in?${new URLSearchParams({ next: request.url.pathname + request.url.search })}`,
  );
}

export const MAX_QUANTITY = 1_000_000;

/** A positive whole number from the query string (a build quantity), or `fallback` when absent. */
export function quantityParam(url: URL, name: string, fallback: number): number {
  const text = url.searchParams.get(name)?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1 || value > MAX_QUANTITY) {
    const back = new URL(url);
    back.searchParams.delete(name);
    throw new WebError({
      status: 400,
      title: 'Check the quantity',
      message: `The quantity must be a whole number from 1 to ${MAX_QUANTITY.toLocaleString('en-US')}.`,
      action: { href: back.pathname + back.search, label: 'Try again' },
    });
  }
  return value;
}
