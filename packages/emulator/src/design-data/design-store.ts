/**
 * Lookups over design data for the `des*` resolvers, plus the mutable comment
 * store. Workspace URLs match case-insensitively and without a trailing slash;
 * an omitted workspace URL means the default workspace, as on Nexar.
 */
import { CommentStore } from './comment-store.js';
import type {
  Bom,
  Component,
  DesignData,
  DesignUser,
  Project,
  Release,
  ReleaseVariant,
  WipVariant,
  Workspace,
  WorkspaceLocation,
} from './design-types.js';
import { buildPcb } from './pcb-builder.js';
import type { Pcb } from './pcb-types.js';

export interface DesignStoreOptions {
  /** Clock for comment timestamps. */
  now?: () => Date;
}

export function normalizeWorkspaceUrl(url: string): string {
  return url.trim().replace(/\/+$/, '').toLowerCase();
}

/** A copy of `data` whose locations are replaced by name (to bind real endpoints after start). */
export function withLocations(data: DesignData, locations: readonly WorkspaceLocation[]): DesignData {
  const names = new Set(locations.map((l) => l.name));
  for (const workspace of data.workspaces) {
    if (!names.has(workspace.locationName)) {
      throw new RangeError(
        `Workspace ${workspace.url} is in location "${workspace.locationName}", which the new locations lack`,
      );
    }
  }
  return { ...data, locations: locations.map((l) => ({ ...l })) };
}

export class DesignStore {
  readonly data: DesignData;
  readonly comments: CommentStore;
  readonly #workspaces = new Map<string, Workspace>();
  readonly #projects = new Map<string, Project>();
  readonly #releases = new Map<string, { project: Project; release: Release }>();
  readonly #components = new Map<string, Component>();
  readonly #variantProjects = new WeakMap<WipVariant | ReleaseVariant, Project>();
  /** Boards are built on first request, one per BOM, so starting costs nothing for them. */
  readonly #pcbs = new WeakMap<Bom, Pcb>();

  constructor(data: DesignData, options: DesignStoreOptions = {}) {
    this.data = data;
    for (const workspace of data.workspaces)
      this.#workspaces.set(normalizeWorkspaceUrl(workspace.url), workspace);
    for (const project of data.projects) {
      this.#projects.set(project.id, project);
      this.#projects.set(project.projectId, project);
      for (const variant of project.design.variants) this.#variantProjects.set(variant, project);
      for (const release of project.design.releases) {
        this.#releases.set(release.id, { project, release });
        this.#releases.set(release.releaseId, { project, release });
        for (const variant of release.variants) this.#variantProjects.set(variant, project);
      }
    }
    for (const component of data.components) this.#components.set(component.id, component);
    this.comments = new CommentStore(data.commentThreads, {
      users: data.users,
      projectIds: data.projects.map((p) => p.id),
      ...(options.now ? { now: options.now } : {}),
    });
  }

  /** The data with the comment threads as they are now (for saving with `designDataToJson`). */
  snapshot(): DesignData {
    return { ...this.data, commentThreads: this.comments.all() };
  }

  locations(): readonly WorkspaceLocation[] {
    return this.data.locations;
  }

  location(name: string): WorkspaceLocation | undefined {
    return this.data.locations.find((l) => l.name === name);
  }

  workspaces(): readonly Workspace[] {
    return this.data.workspaces;
  }

  defaultWorkspace(): Workspace | undefined {
    return this.data.workspaces.find((w) => w.isDefault) ?? this.data.workspaces[0];
  }

  /** The workspace at `url`; the default workspace when `url` is omitted. */
  workspaceByUrl(url?: string | null): Workspace | undefined {
    if (url === undefined || url === null) return this.defaultWorkspace();
    return this.#workspaces.get(normalizeWorkspaceUrl(url));
  }

  workspaceById(workspaceId: string): Workspace | undefined {
    return this.data.workspaces.find((w) => w.workspaceId === workspaceId);
  }

  /** DesWorkspaceInfo.location of a workspace. */
  workspaceLocation(workspace: Workspace): WorkspaceLocation {
    const location = this.location(workspace.locationName);
    if (location === undefined)
      throw new Error(`Unknown location "${workspace.locationName}" of ${workspace.url}`);
    return location;
  }

  /** Projects of a workspace (default workspace when omitted), in creation order; [] for an unknown URL. */
  projects(workspaceUrl?: string | null): Project[] {
    const workspace = this.workspaceByUrl(workspaceUrl);
    if (workspace === undefined) return [];
    return this.data.projects.filter((p) => p.workspaceUrl === workspace.url);
  }

  /** By DesProject.id (or its projectId GUID). */
  projectById(id: string): Project | undefined {
    return this.#projects.get(id);
  }

  /** The workspace holding a project (to route it to its region). */
  projectWorkspace(project: Project): Workspace | undefined {
    return this.workspaceByUrl(project.workspaceUrl);
  }

  /** By DesRelease.id (or its releaseId). */
  releaseById(id: string): { project: Project; release: Release } | undefined {
    return this.#releases.get(id);
  }

  wipVariant(projectId: string, variantName: string): WipVariant | undefined {
    return this.projectById(projectId)?.design.variants.find((v) => v.name === variantName);
  }

  releaseVariant(releaseId: string, variantName: string): ReleaseVariant | undefined {
    return this.releaseById(releaseId)?.release.variants.find((v) => v.name === variantName);
  }

  /** The project a work-in-progress or released variant belongs to. */
  variantProject(variant: WipVariant | ReleaseVariant): Project | undefined {
    return this.#variantProjects.get(variant);
  }

  /**
   * The board of a variant (undefined for a variant this store does not hold): built from the variant's
   * BOM on first request, then kept. Work-in-progress variants share the project's board document.
   */
  pcb(variant: WipVariant | ReleaseVariant): Pcb | undefined {
    const project = this.#variantProjects.get(variant);
    if (!project) return undefined;
    let pcb = this.#pcbs.get(variant.bom);
    if (!pcb) {
      const layers = project.parameters.find((p) => p.name === 'LayerCount')?.value === '4' ? 4 : 2;
      pcb = buildPcb({
        projectId: project.id,
        projectName: project.name,
        copperLayers: layers,
        bom: variant.bom,
      });
      this.#pcbs.set(variant.bom, pcb);
    }
    return pcb;
  }

  /** Library components of a workspace (default workspace when omitted). */
  components(workspaceUrl?: string | null): Component[] {
    const workspace = this.workspaceByUrl(workspaceUrl);
    if (workspace === undefined) return [];
    return this.data.components.filter((c) => c.inLibrary && c.workspaceUrl === workspace.url);
  }

  /** Any component, in a library or used only in a BOM. */
  componentById(id: string): Component | undefined {
    return this.#components.get(id);
  }

  /** Members of a workspace (default workspace when omitted). */
  users(workspaceUrl?: string | null): readonly DesignUser[] {
    return this.workspaceByUrl(workspaceUrl)?.users ?? [];
  }

  userById(userId: string): DesignUser | undefined {
    return this.data.users.find((u) => u.userId === userId);
  }
}
