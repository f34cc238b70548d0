/**
 * Deterministic demo design data built on a catalog: workspaces in two
 * regions, projects with variants and releases whose BOMs are the boards their
 * descriptions promise (catalog parts from DEMO_BOMS, plus a few unknown part
 * numbers and do-not-place lines), libraries holding those parts, and comment
 * threads by the demo users.
 */
import type { Catalog } from '../catalog/catalog-types.js';
import { type Rng, rngFor } from '../catalog/prng.js';
import { slugify } from '../catalog/slug.js';
import { DEMO_USERS, type DemoUser } from '../users.js';
import { buildBom, type Placeable, type PlannedLine, randomLines, withoutFitting } from './bom-builder.js';
import { RecipeResolver } from './bom-recipe.js';
import { buildCustomComponents } from './custom-components.js';
import { DEMO_BOMS } from './demo-boms.js';
import { COMMENT_TEXTS, DEMO_WORKSPACES, type WorkspaceSpec } from './demo-workspaces.js';
import { guidFor, isoAfter, position } from './design-ids.js';
import type {
  BomItem,
  CommentThread,
  Component,
  DesignData,
  DesignUser,
  Project,
  Release,
  WipVariant,
  Workspace,
  WorkspaceLocation,
} from './design-types.js';
import { ADMIN_GROUP, designUsersFrom, ENGINEERING_GROUP } from './design-users.js';
import { buildLibrary } from './library-builder.js';
import { roleOf } from './part-roles.js';

export const BASE_VARIANT = '[No Variations]';
export const LOW_COST_VARIANT = 'Low Cost';

/** Placeholder regions; the emulator passes its own addresses with the same names. */
export const DEFAULT_LOCATIONS: readonly WorkspaceLocation[] = [
  {
    name: 'US West',
    apiServiceUrl: 'https://us-west.api.example.com/graphql',
    filesServiceUrl: 'https://us-west.files.example.com',
  },
  {
    name: 'EU Central',
    apiServiceUrl: 'https://eu-central.api.example.com/graphql',
    filesServiceUrl: 'https://eu-central.files.example.com',
  },
];

export interface CreateDesignDataOptions {
  /** Parts for BOMs and libraries come from here. */
  catalog: Catalog;
  /**
   * Regions, matched by name: each demo workspace lives in the region its name and description say
   * ("US West", "EU Central"), so the locations must include those names (DEFAULT_LOCATIONS does).
   */
  locations?: readonly WorkspaceLocation[];
  /** Workspace members; defaults to DEMO_USERS. Passwords are never copied. */
  users?: readonly Pick<DemoUser, 'id' | 'email' | 'name'>[];
  seed?: number;
}

const START = '2024-03-04T09:00:00.000Z';

function placeables(components: readonly Component[], catalog: Catalog): Placeable[] {
  const byId = new Map(catalog.parts.map((p) => [p.id, p]));
  return components.map((component) => {
    const part = byId.get(component.manufacturerParts[0]?.octopartId ?? '');
    return { component, prefix: part ? roleOf(part) : 'U' };
  });
}

/** Fewer recipe lines than this (a small custom catalog): the board gets a random mix instead. */
const MIN_RECIPE_LINES = 4;

/** The library component of each part (by SupPart.id). */
function byPartId(pool: readonly Placeable[]): Map<string, Placeable> {
  const map = new Map<string, Placeable>();
  for (const p of pool) {
    const id = p.component.manufacturerParts[0]?.octopartId;
    if (id && !map.has(id)) map.set(id, p);
  }
  return map;
}

/** Three, two, one or no releases, in turn, so every listing shows each kind of project history. */
function releasesFor(project: Project, variants: readonly WipVariant[], rng: Rng, index: number): Release[] {
  const count = 3 - (index % 4);
  const labels = ['Prototype build', 'Pilot run', 'Production release'];
  const releases: Release[] = [];
  for (let r = 0; r < count; r++) {
    const releaseId = guidFor(`release|${project.id}|${r}`);
    const id = `rel-${project.id.slice(4)}-${r + 1}`;
    releases.push({
      id,
      releaseId,
      description: `${labels[r] ?? 'Release'} ${String.fromCharCode(65 + r)}`,
      createdAt: isoAfter(project.createdAt, 20 + r * 25 + rng.int(0, 10)),
      variants: variants.map((variant) => ({
        name: variant.name,
        downloadUrl: `${project.workspaceUrl}/releases/${releaseId}/${slugify(variant.name) || 'base'}.zip`,
        // Earlier releases lack the lines added since.
        bom: { items: variant.bom.items.slice(0, Math.max(1, variant.bom.items.length - (count - 1 - r))) },
      })),
    });
  }
  return releases;
}

function threadsFor(
  project: Project,
  users: readonly DesignUser[],
  rng: Rng,
  counters: { thread: number; comment: number },
): CommentThread[] {
  const designators = (project.design.variants[0]?.bom.items ?? []).flatMap((i) =>
    i.bomItemInstances.map((x) => x.designator),
  );
  const documentId = guidFor(`schdoc|${project.id}`);
  return Array.from({ length: rng.int(1, 3) }, (_, t) => {
    const createdAt = isoAfter(project.createdAt, 5 + t * 4 + rng.next());
    const count = rng.int(1, 4);
    const first = rng.int(0, users.length - 1);
    const designator = designators.length > 0 ? rng.pick(designators) : 'U1';
    const comments = Array.from({ length: count }, (_, c) => {
      const author = users[(first + c) % users.length] as DesignUser;
      const other = users[(first + c + 1) % users.length] as DesignUser;
      const at = isoAfter(createdAt, c * 0.5 + rng.next() * 0.4);
      const text = (c === 0 ? rng.pick(COMMENT_TEXTS.slice(0, 7)) : rng.pick(COMMENT_TEXTS.slice(7))).replace(
        '{d}',
        designator,
      );
      // Every third thread opens by mentioning a colleague.
      const mention = c === 0 && other !== author && counters.thread % 3 === 0;
      return {
        commentId: `comment-${++counters.comment}`,
        text: mention ? `@${other.firstName} ${text}` : text,
        createdAt: at,
        modifiedAt: at,
        createdBy: author,
        modifiedBy: author,
        mentions: mention ? [{ user: other }] : [],
      };
    });
    const last = comments[comments.length - 1];
    const x = rng.int(500, 9000);
    const y = rng.int(500, 6000);
    return {
      entityId: project.id,
      commentThreadId: `thread-${++counters.thread}`,
      threadNumber: t + 1,
      status: count > 2 && rng.chance(0.5) ? 1 : 0,
      createdAt,
      modifiedAt: last?.modifiedAt ?? createdAt,
      createdBy: comments[0]?.createdBy ?? (users[0] as DesignUser),
      modifiedBy: last?.modifiedBy ?? (users[0] as DesignUser),
      assignedTo: rng.chance(0.4) ? (users[(first + 1) % users.length] ?? null) : null,
      originalStateScreenshotUrl: null,
      context: {
        documentId,
        objectId: null,
        area: { pos1: position(x, y), pos2: position(x + rng.int(100, 800), y + rng.int(100, 600)) },
        releaseId: null,
      },
      comments,
    };
  });
}

/** The workspace's own region; a location list without it is a mistake, not a reason to move the workspace. */
function regionOf(spec: WorkspaceSpec, locations: readonly WorkspaceLocation[]): string {
  if (locations.some((l) => l.name === spec.locationName)) return spec.locationName;
  throw new RangeError(
    `createDesignData has no location named "${spec.locationName}", where workspace "${spec.name}" ` +
      `lives: pass locations that include it (DEFAULT_LOCATIONS lists every region the demo workspaces use; ` +
      `got ${locations.map((l) => `"${l.name}"`).join(', ')}).`,
  );
}

function workspaceFrom(
  spec: WorkspaceSpec,
  locations: readonly WorkspaceLocation[],
  users: DesignUser[],
  index: number,
): Workspace {
  const admin = users[0] as DesignUser;
  return {
    workspaceId: guidFor(`workspace|${spec.url}`),
    name: spec.name,
    url: spec.url,
    authId: guidFor(`workspace-auth|${spec.url}`),
    description: spec.description,
    isDefault: index === 0,
    locationName: regionOf(spec, locations),
    library: {
      name: `${spec.name} Library`,
      description: `Managed components of ${spec.name}.`,
      version: '1.0',
      createdAt: START,
      updatedAt: isoAfter(START, 600),
      createdBy: admin,
      updatedBy: users[users.length - 1] ?? admin,
    },
    users: [...users],
    groups: [ENGINEERING_GROUP, ADMIN_GROUP],
  };
}

export function createDesignData(options: CreateDesignDataOptions): DesignData {
  const { catalog } = options;
  const seed = options.seed ?? 1;
  const locations = [...(options.locations ?? DEFAULT_LOCATIONS)];
  if (locations.length === 0) throw new RangeError('createDesignData needs at least one location');
  const users = designUsersFrom(options.users ?? DEMO_USERS);
  if (users.length === 0) throw new RangeError('createDesignData needs at least one user');
  const workspaces: Workspace[] = [];
  const components: Component[] = [];
  const projects: Project[] = [];
  const commentThreads: CommentThread[] = [];
  const counters = { thread: 0, comment: 0 };
  const resolver = new RecipeResolver(catalog);
  DEMO_WORKSPACES.forEach((spec, w) => {
    const rng = rngFor(seed, `workspace|${spec.key}`);
    workspaces.push(workspaceFrom(spec, locations, users, w));
    const recipes = spec.projects.map(([name]) => resolver.lines(DEMO_BOMS[name] ?? []));
    const required = [...new Set(recipes.flat().map((line) => line.part))];
    const library = buildLibrary({
      catalog,
      workspaceUrl: spec.url,
      size: Math.max(spec.librarySize, required.length + 10),
      users,
      rng,
      createdFrom: START,
      required,
    });
    const custom = buildCustomComponents(catalog, spec.url, spec.key, users[0] as DesignUser, START);
    components.push(...library, ...custom.map((c) => c.component));
    const pool = placeables(library, catalog);
    const poolByPart = byPartId(pool);
    spec.projects.forEach(([name, description], p) => {
      const prng = rngFor(seed, `project|${spec.key}|${p}`);
      const id = `prj-${spec.key}-${String(p + 1).padStart(2, '0')}`;
      const projectId = guidFor(`project|${id}`);
      const createdAt = isoAfter(START, w * 40 + p * 9 + prng.next());
      const extra = custom[p % custom.length];
      const extras = p % 4 === 1 && extra ? [extra] : [];
      const recipe: PlannedLine[] = (recipes[p] ?? []).flatMap(({ part, count }) => {
        const placeable = poolByPart.get(part.id);
        return placeable ? [{ placeable, count }] : [];
      });
      const lines = recipe.length >= MIN_RECIPE_LINES ? recipe : randomLines(pool, prng.int(8, 18), prng);
      // A spare resistor footprint left unplaced, as boards often have.
      const spare = (prefix: string) =>
        pool.find((x) => x.prefix === prefix && !lines.some((l) => l.placeable === x));
      const base: BomItem[] = buildBom(
        { lines, extras, dnp: p % 3 === 2 ? (spare('R') ?? spare('C')) : undefined },
        prng,
      );
      const variants: WipVariant[] = [{ name: BASE_VARIANT, bom: { items: base } }];
      if (p % 2 === 0) {
        variants.push({
          name: LOW_COST_VARIANT,
          bom: { items: withoutFitting(base, new Set(['LED', 'J'])) },
        });
      }
      const author = users[p % users.length] as DesignUser;
      const project: Project = {
        id,
        projectId,
        name,
        description,
        url: `${spec.url}/designs/${projectId}`,
        workspaceUrl: spec.url,
        projectType: 'PCB_PROJECT',
        createdAt,
        updatedAt: isoAfter(createdAt, 100 + prng.int(0, 200)),
        createdBy: author,
        updatedBy: users[(p + 1) % users.length] ?? author,
        parameters: [
          { name: 'Revision', value: String.fromCharCode(65 + (p % 4)) },
          { name: 'LayerCount', value: String(p % 3 === 0 ? 4 : 2) },
        ],
        previewUrl: `https://previews.example.com/${projectId}.png`,
        design: { variants, releases: [] },
      };
      project.design.releases = releasesFor(project, variants, prng, p);
      projects.push(project);
      if (w === 0 && p < 10) commentThreads.push(...threadsFor(project, users, prng, counters));
    });
  });
  return { locations, users, workspaces, projects, components, commentThreads };
}
