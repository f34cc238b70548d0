/** A workspace's projects, each linking to its priced BOM. */
import { html } from './html.js';
import { page, signInFirst } from './respond.js';
import { notFound } from './web-errors.js';
import type { Route } from './web-types.js';

/** Enough for a page; a workspace with more says how many it left out. */
const MAX_PROJECTS = 200;

export const projectsPage: Route = async (request, context) => {
  const user = request.session?.signedIn;
  if (!user) return signInFirst(request);
  const { signal } = request;
  const url = request.url.searchParams.get('workspace') ?? '';
  const workspace = (await user.design.workspaces({ signal })).find((w) => w.url === url);
  if (!workspace) throw notFound('You have no workspace at that address.');

  const projects = user.design.projects(workspace.url, { max: MAX_PROJECTS, pageSize: 100, signal });
  const list = await projects.toArray();
  return page(
    request,
    context,
    workspace.name,
    html`<h1>${workspace.name}</h1>
<table id="projects">
<caption>Projects in ${workspace.name} (${list.length})</caption>
<thead><tr><th scope="col">Project</th><th scope="col">Description</th><th scope="col">Last change</th></tr></thead>
<tbody>
${list.map(
  (p) => html`<tr>
<th scope="row"><a href="/project?${new URLSearchParams({ id: p.id })}">${p.name ?? p.id}</a></th>
<td>${p.description ?? ''}</td>
<td>${p.updatedAt.slice(0, 10)}</td>
</tr>`,
)}
</tbody>
</table>
${list.length === MAX_PROJECTS ? html`<p class="muted">Showing the first ${MAX_PROJECTS} projects.</p>` : ''}
${projects.errors.length > 0 ? html`<p class="notice">Some projects could not be loaded completely.</p>` : ''}`,
  );
};
