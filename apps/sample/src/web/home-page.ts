/** The start page: the signed-in user's workspaces, or what this sample does and a way to sign in. */
import { html } from './html.js';
import { page } from './respond.js';
import type { Route } from './web-types.js';

export const homePage: Route = async (request, context) => {
  const user = request.session?.signedIn;
  if (!user) {
    return page(
      request,
      context,
      'Start',
      html`<h1>Price an Altium 365 design with Octopart data</h1>
<p>Sign in with your Nexar account to see your workspaces and projects, and price a project's bill of materials at any build quantity.</p>
<p><a class="button" href="/auth/sign-in">Sign in with Nexar</a></p>
${
  context.connection.mode === 'emulator'
    ? html`<p class="muted">On the emulator's sign-in page, use <code>dana@example.com</code> with the password <code>demo</code>.</p>`
    : html`<p class="muted">Nexar sends you back to <code>${context.redirectUri}</code>: your app's redirect URIs (portal.nexar.com › your app › Authorization) must include it.</p>`
}
<h2>Search parts</h2>
<p id="search-sign-in">Sign in to search parts by part number, with stock and prices. Each search spends parts from this app's monthly Nexar quota, so only signed-in users can search.</p>
<p><a href="/auth/sign-in?next=%2Fsearch">Sign in to search parts</a></p>`,
    );
  }
  const workspaces = await user.design.workspaces({ signal: request.signal });
  return page(
    request,
    context,
    'Workspaces',
    html`<h1>Your workspaces</h1>
<ul class="cards" id="workspaces">
${workspaces.map(
  (w) => html`<li>
<h2><a href="/projects?${new URLSearchParams({ workspace: w.url })}">${w.name}</a></h2>
${w.description ? html`<p>${w.description}</p>` : ''}
<p class="muted">${w.location.name}${w.isDefault ? ' · your default workspace' : ''}</p>
</li>`,
)}
</ul>
${workspaces.length === 0 ? html`<p>You have no Altium 365 workspace yet.</p>` : ''}`,
  );
};
