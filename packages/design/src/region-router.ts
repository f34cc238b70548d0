/**
 * Regional endpoints. Each Altium 365 workspace lives in one region, and only that region's endpoint
 * (`desWorkspaceInfos { location { apiServiceUrl } }`) serves its data. The router looks the workspaces'
 * locations up once per design client (concurrent first calls share the lookup), remembers which
 * workspace each project and component seen so far belongs to, and hands out clients for those
 * endpoints that share the base client's token provider and settings.
 */
import { raceAbort } from '@nexar/auth';
import type { NexarClient } from '@nexar/client';
import {
  LocateComponentDocument,
  LocateProjectDocument,
  type WorkspaceFragment,
  WorkspacesDocument,
} from './generated/graphql.js';

/** What a request's data is keyed by, which decides the endpoint it goes to. */
export type Route =
  | { kind: 'none' }
  /** `workspaceUrl` undefined or null: the user's default workspace. */
  | { kind: 'workspace'; workspaceUrl: string | null | undefined }
  | { kind: 'project'; projectId: string }
  | { kind: 'component'; componentId: string };

export const NO_ROUTE: Route = { kind: 'none' };

interface Directory {
  /** Workspace key → its API endpoint. */
  endpoints: Map<string, string>;
  defaultWorkspace: string | undefined;
}

/** A project or component belongs to a workspace, or (when found by asking each region) to an endpoint. */
type Owner = { workspace: string } | { endpoint: string };

/** Workspace URLs compare without case and trailing slashes. */
export function workspaceKey(url: string): string {
  return url.trim().replace(/\/+$/, '').toLowerCase();
}

export class RegionRouter {
  readonly #base: NexarClient;
  readonly #explicit: ReadonlyMap<string, string>;
  readonly #clients = new Map<string, NexarClient>();
  readonly #owners = new Map<string, Owner>();
  #directory: Promise<Directory> | undefined;

  /** `workspaceEndpoints`: endpoints given by the user, per workspace URL; they win over the lookup. */
  constructor(base: NexarClient, workspaceEndpoints: Readonly<Record<string, string>> = {}) {
    this.#base = base;
    this.#explicit = new Map(
      Object.entries(workspaceEndpoints).map(([url, endpoint]) => [workspaceKey(url), endpoint]),
    );
    this.#clients.set(base.endpoint, base);
  }

  get base(): NexarClient {
    return this.#base;
  }

  /** A client for `endpoint` sharing the base client's token provider, settings and event hook. */
  client(endpoint: string): NexarClient {
    let client = this.#clients.get(endpoint);
    if (!client) {
      client = this.#base.withEndpoint(endpoint);
      this.#clients.set(endpoint, client);
    }
    return client;
  }

  /** Where a request with this route goes. Looks the locations up first when it needs them. */
  async endpointFor(route: Route, signal?: AbortSignal): Promise<string> {
    switch (route.kind) {
      case 'none':
        return this.#base.endpoint;
      case 'workspace':
        return this.#workspaceEndpoint(route.workspaceUrl, signal);
      case 'project':
      case 'component': {
        const owner = this.#owners.get(ownerKey(route));
        if (!owner) return this.#base.endpoint;
        return 'endpoint' in owner ? owner.endpoint : this.#workspaceEndpoint(owner.workspace, signal);
      }
    }
  }

  /** Records workspace locations already fetched (e.g. by `workspaces()`), so no lookup is needed. */
  rememberWorkspaces(workspaces: readonly WorkspaceFragment[]): void {
    this.#directory = Promise.resolve(directoryOf(workspaces));
  }

  /** Records that these project ids (DesProject.id, projectId) belong to the workspace at `workspaceUrl`. */
  rememberProject(ids: readonly string[], workspaceUrl: string): void {
    for (const id of ids) this.#owners.set(`project:${id}`, { workspace: workspaceKey(workspaceUrl) });
  }

  rememberComponent(id: string, workspaceUrl: string): void {
    this.#owners.set(`component:${id}`, { workspace: workspaceKey(workspaceUrl) });
  }

  /**
   * After a wrong-region answer from `failedEndpoint`: the endpoint that does serve the route's data, or
   * undefined when none is found. A workspace's locations are looked up again; a project or component
   * is looked for at every other region's endpoint, and remembered.
   */
  async relocate(route: Route, failedEndpoint: string, signal?: AbortSignal): Promise<string | undefined> {
    if (route.kind === 'none') return undefined;
    if (route.kind === 'workspace') {
      if (this.#explicitFor(route.workspaceUrl) !== undefined) return undefined;
      this.#directory = undefined;
      const endpoint = await this.#workspaceEndpoint(route.workspaceUrl, signal);
      return endpoint === failedEndpoint ? undefined : endpoint;
    }
    const directory = await this.#lookup(signal);
    const candidates = new Set([
      ...directory.endpoints.values(),
      ...this.#explicit.values(),
      this.#base.endpoint,
    ]);
    candidates.delete(failedEndpoint);
    for (const endpoint of candidates) {
      signal?.throwIfAborted();
      if (await this.#serves(route, endpoint, signal)) return endpoint;
    }
    return undefined;
  }

  /** Whether `endpoint` serves the project or component; remembers the owner when it does. */
  async #serves(route: Route & { kind: 'project' | 'component' }, endpoint: string, signal?: AbortSignal) {
    try {
      if (route.kind === 'project') {
        const data = await this.client(endpoint).request(
          LocateProjectDocument,
          { id: route.projectId },
          { signal },
        );
        const project = data.desProjectById;
        if (!project) return false;
        this.rememberProject([route.projectId, project.id, project.projectId], project.workspaceUrl);
        return true;
      }
      const data = await this.client(endpoint).request(
        LocateComponentDocument,
        { id: route.componentId },
        { signal },
      );
      if (!data.desComponentById) return false;
      this.#owners.set(ownerKey(route), { endpoint });
      return true;
    } catch {
      signal?.throwIfAborted();
      // This endpoint does not serve it (or failed): try the next; the caller reports the original error.
      return false;
    }
  }

  #explicitFor(workspaceUrl: string | null | undefined): string | undefined {
    return workspaceUrl == null ? undefined : this.#explicit.get(workspaceKey(workspaceUrl));
  }

  async #workspaceEndpoint(workspaceUrl: string | null | undefined, signal?: AbortSignal): Promise<string> {
    const explicit = this.#explicitFor(workspaceUrl);
    if (explicit !== undefined) return explicit;
    const directory = await this.#lookup(signal);
    const key = workspaceUrl == null ? directory.defaultWorkspace : workspaceKey(workspaceUrl);
    const endpoint =
      key === undefined ? undefined : (this.#explicit.get(key) ?? directory.endpoints.get(key));
    // A workspace the lookup does not list: the base endpoint will say so.
    return endpoint ?? this.#base.endpoint;
  }

  /** The locations, fetched once and shared; a failed lookup is tried again by the next caller. */
  #lookup(signal?: AbortSignal): Promise<Directory> {
    if (!this.#directory) {
      const lookup = this.#base
        .request(WorkspacesDocument)
        .then((data) => directoryOf(data.desWorkspaceInfos));
      this.#directory = lookup;
      lookup.catch(() => {
        if (this.#directory === lookup) this.#directory = undefined;
      });
    }
    return raceAbort(this.#directory, signal);
  }
}

function ownerKey(route: Route & { kind: 'project' | 'component' }): string {
  return route.kind === 'project' ? `project:${route.projectId}` : `component:${route.componentId}`;
}

function directoryOf(workspaces: readonly WorkspaceFragment[]): Directory {
  const defaultUrl = workspaces.find((w) => w.isDefault)?.url;
  return {
    endpoints: new Map(workspaces.map((w) => [workspaceKey(w.url), w.location.apiServiceUrl])),
    defaultWorkspace: defaultUrl === undefined ? undefined : workspaceKey(defaultUrl),
  };
}
