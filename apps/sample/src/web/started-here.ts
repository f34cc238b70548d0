/**
 * Whether a GET was started on this page itself (or typed into the address bar), not by another
 * site: a link, a redirect, a form or an `<img>` there. Browsers say so in `Sec-Fetch-Site`; for
 * those that do not send it, an `Origin` naming another site says it instead. A request with
 * neither comes from no browser at all (a script with the user's own cookie), so it counts as the user's.
 */
import type { WebRequest } from './web-types.js';

export function startedHere(request: Pick<WebRequest, 'fetchSite' | 'origin'>, origin: string): boolean {
  // `same-site` is not enough: another port of localhost is the same site but another origin.
  if (request.fetchSite !== undefined)
    return request.fetchSite === 'same-origin' || request.fetchSite === 'none';
  return request.origin === undefined || request.origin === origin;
}
