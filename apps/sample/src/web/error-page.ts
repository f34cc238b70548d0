/** The friendly error page: what happened and what to do, nothing else. */
import { html } from './html.js';
import { page } from './respond.js';
import type { ErrorView } from './web-errors.js';
import type { WebContext, WebRequest, WebResponse } from './web-types.js';

export function errorPage(request: WebRequest, context: WebContext, view: ErrorView): WebResponse {
  return page(
    request,
    context,
    view.title,
    html`<h1>${view.title}</h1>
<p class="error" id="error" role="alert">${view.message}</p>
<p><a class="button" id="error-action" href="${view.action.href}">${view.action.label}</a></p>`,
    view.status,
  );
}
