/** Reads and validates design data in its JSON file format (see design-json-format.ts). */
import { childPath as at, type JsonObject, JsonReader, UniqueIds } from '../catalog/json-reader.js';
import { position } from './design-ids.js';
import { normalizeWorkspaceUrl } from './design-store.js';
import type {
  BomItem,
  CommentThread,
  Component,
  ComponentParameter,
  ComponentType,
  DesignData,
  DesignUser,
  DesignUserGroup,
  Project,
  Workspace,
  WorkspaceLocation,
} from './design-types.js';

const PARAMETER_TYPES = [
  'NONE',
  'TEXT',
  'VOLTAGE',
  'CURRENT',
  'RESISTANCE',
  'CONDUCTANCE',
  'CAPACITANCE',
  'CHARGE',
  'INDUCTANCE',
  'POWER',
  'IMPEDANCE',
  'FREQUENCY',
  'TEMPERATURE',
  'DECIBELS',
  'PERCENT',
  'LENGTH',
  'MASS',
  'TIME',
] as const;
const PROJECT_TYPES = ['NONE', 'PCB_PROJECT', 'SYSTEM_DESIGN', 'HARNESS_DESIGN'] as const;

class DesignParser {
  readonly r: JsonReader;
  readonly groups = new Map<string, DesignUserGroup>();
  readonly users = new Map<string, DesignUser>();
  readonly workspaces = new Map<string, Workspace>();
  readonly components = new Map<string, Component>();
  readonly projects = new Map<string, Project>();

  constructor(source?: string) {
    this.r = new JsonReader(source);
  }

  /** Reads an id reference and resolves it, or fails naming the path. */
  ref<T>(o: JsonObject, key: string, path: string, map: Map<string, T>, what: string): T {
    const id = this.r.string(o, key, path);
    return map.get(id) ?? this.r.fail(at(path, key), `unknown ${what} "${id}"`);
  }

  optRef<T>(o: JsonObject, key: string, path: string, map: Map<string, T>, what: string, fallback: T): T {
    return o[key] === undefined ? fallback : this.ref(o, key, path, map, what);
  }

  list<T>(o: JsonObject, key: string, path: string, read: (value: unknown, path: string) => T): T[] {
    return this.r.optArray(o, key, path).map((value, i) => read(value, at(at(path, key), i)));
  }

  refList<T>(o: JsonObject, key: string, path: string, map: Map<string, T>, what: string): T[] {
    return this.r
      .stringArray(o, key, path)
      .map((id, i) => map.get(id) ?? this.r.fail(at(at(path, key), i), `unknown ${what} "${id}"`));
  }

  location(value: unknown, path: string): WorkspaceLocation {
    const o = this.r.object(value, path, ['name', 'apiServiceUrl', 'filesServiceUrl']);
    return {
      name: this.r.string(o, 'name', path, { nonEmpty: true }),
      apiServiceUrl: this.r.string(o, 'apiServiceUrl', path, { nonEmpty: true }),
      filesServiceUrl: this.r.optString(o, 'filesServiceUrl', path, ''),
    };
  }

  user(value: unknown, path: string): DesignUser {
    const o = this.r.object(value, path, [
      'userId',
      'email',
      'firstName',
      'lastName',
      'userName',
      'globalUserId',
      'pictureUrl',
      'groups',
    ]);
    const userId = this.r.string(o, 'userId', path, { nonEmpty: true });
    const email = this.r.string(o, 'email', path);
    return {
      userId,
      globalUserId: this.r.optString(o, 'globalUserId', path, userId),
      userName: this.r.optString(o, 'userName', path, email.split('@')[0] ?? userId),
      email,
      firstName: this.r.string(o, 'firstName', path),
      lastName: this.r.string(o, 'lastName', path),
      pictureUrl: this.r.optString(o, 'pictureUrl', path, ''),
      groups: this.refList(o, 'groups', path, this.groups, 'group'),
    };
  }

  workspace(value: unknown, path: string, locations: Set<string>): Workspace {
    const r = this.r;
    const o = r.object(value, path, [
      'workspaceId',
      'name',
      'url',
      'authId',
      'description',
      'isDefault',
      'location',
      'library',
      'users',
      'groups',
    ]);
    const name = r.string(o, 'name', path, { nonEmpty: true });
    const location = r.string(o, 'location', path);
    if (!locations.has(location)) r.fail(at(path, 'location'), `unknown location "${location}"`);
    const firstUser = [...this.users.values()][0] ?? r.fail('users', 'at least one user is needed');
    let library: Workspace['library'];
    if (o.library === undefined) {
      library = {
        name: `${name} Library`,
        description: '',
        version: '1.0',
        createdAt: new Date(0).toISOString(),
        updatedAt: new Date(0).toISOString(),
        createdBy: firstUser,
        updatedBy: firstUser,
      };
    } else {
      const lp = at(path, 'library');
      const lo = r.object(o.library, lp, [
        'name',
        'description',
        'version',
        'createdAt',
        'updatedAt',
        'createdBy',
        'updatedBy',
      ]);
      const createdAt = r.dateTime(lo, 'createdAt', lp);
      const createdBy = this.ref(lo, 'createdBy', lp, this.users, 'user');
      library = {
        name: r.string(lo, 'name', lp),
        description: r.optString(lo, 'description', lp, ''),
        version: r.optString(lo, 'version', lp, '1.0'),
        createdAt,
        updatedAt: r.optDateTime(lo, 'updatedAt', lp, createdAt),
        createdBy,
        updatedBy: this.optRef(lo, 'updatedBy', lp, this.users, 'user', createdBy),
      };
    }
    return {
      workspaceId: r.string(o, 'workspaceId', path, { nonEmpty: true }),
      name,
      url: r.string(o, 'url', path, { nonEmpty: true }),
      authId: r.optString(o, 'authId', path, ''),
      description: r.nullableString(o, 'description', path),
      isDefault: r.optBool(o, 'isDefault', path, false),
      locationName: location,
      library,
      users:
        o.users === undefined ? [...this.users.values()] : this.refList(o, 'users', path, this.users, 'user'),
      groups: this.refList(o, 'groups', path, this.groups, 'group'),
    };
  }

  componentType(value: unknown, path: string): ComponentType {
    const o = this.r.object(value, path, [
      'componentTypeId',
      'name',
      'parent',
      'createdBy',
      'updatedBy',
      'createdAt',
      'updatedAt',
    ]);
    const createdAt = this.r.dateTime(o, 'createdAt', path);
    const createdBy = this.ref(o, 'createdBy', path, this.users, 'user');
    return {
      componentTypeId: this.r.string(o, 'componentTypeId', path),
      name: this.r.string(o, 'name', path),
      parent:
        o.parent === undefined || o.parent === null ? null : this.componentType(o.parent, at(path, 'parent')),
      createdBy,
      updatedBy: this.optRef(o, 'updatedBy', path, this.users, 'user', createdBy),
      createdAt,
      updatedAt: this.r.optDateTime(o, 'updatedAt', path, createdAt),
    };
  }

  parameter(value: unknown, path: string): ComponentParameter {
    const o = this.r.object(value, path, ['type', 'name', 'value']);
    return {
      type: this.r.oneOf(o, 'type', path, PARAMETER_TYPES, 'TEXT'),
      name: this.r.string(o, 'name', path),
      value: this.r.string(o, 'value', path),
    };
  }

  component(value: unknown, path: string): Component {
    const r = this.r;
    const o = r.object(value, path, [
      'id',
      'workspaceUrl',
      'inLibrary',
      'name',
      'comment',
      'description',
      'createdAt',
      'modifiedAt',
      'createdBy',
      'isManaged',
      'revisionId',
      'componentType',
      'manufacturerParts',
      'details',
    ]);
    const id = r.string(o, 'id', path, { nonEmpty: true });
    const workspaceUrl = r.string(o, 'workspaceUrl', path);
    const workspace =
      this.workspaces.get(normalizeWorkspaceUrl(workspaceUrl)) ??
      r.fail(at(path, 'workspaceUrl'), `unknown workspace "${workspaceUrl}"`);
    const createdAt = r.dateTime(o, 'createdAt', path);
    const createdBy = this.ref(o, 'createdBy', path, this.users, 'user');
    const dp = at(path, 'details');
    const details =
      o.details === undefined
        ? {}
        : r.object(o.details, dp, ['itemInternalId', 'parameters', 'itemParameters', 'datasheets']);
    return {
      id,
      workspaceUrl: workspace.url,
      inLibrary: r.optBool(o, 'inLibrary', path, true),
      name: r.string(o, 'name', path),
      comment: r.optString(o, 'comment', path, ''),
      description: r.optString(o, 'description', path, ''),
      createdAt,
      modifiedAt: r.optDateTime(o, 'modifiedAt', path, createdAt),
      createdBy,
      isManaged: r.optBool(o, 'isManaged', path, true),
      revisionId: r.optString(o, 'revisionId', path, ''),
      componentType:
        o.componentType === undefined || o.componentType === null
          ? null
          : this.componentType(o.componentType, at(path, 'componentType')),
      manufacturerParts: this.list(o, 'manufacturerParts', path, (mv, mp) => {
        const m = r.object(mv, mp, ['partNumber', 'companyName', 'octopartId', 'priority', 'supplierParts']);
        return {
          partNumber: r.string(m, 'partNumber', mp, { nonEmpty: true }),
          companyName: r.string(m, 'companyName', mp),
          octopartId: r.nullableString(m, 'octopartId', mp),
          priority: m.priority === undefined ? 0 : r.number(m, 'priority', mp, { min: 0, integer: true }),
          supplierParts: this.list(m, 'supplierParts', mp, (sv, sp) => {
            const s = r.object(sv, sp, ['companyName', 'partNumber', 'prices', 'stocks']);
            return {
              companyName: r.string(s, 'companyName', sp),
              partNumber: r.string(s, 'partNumber', sp),
              prices: this.list(s, 'prices', sp, (pv, pp) => {
                const po = r.object(pv, pp, ['currency', 'price', 'breakQuantity']);
                return {
                  currency: r.string(po, 'currency', pp),
                  price: r.number(po, 'price', pp, { min: 0 }),
                  breakQuantity: r.number(po, 'breakQuantity', pp, { min: 1, integer: true }),
                };
              }),
              stocks: this.list(s, 'stocks', sp, (xv, xp) => {
                const xo = r.object(xv, xp, ['locationName', 'quantity']);
                return {
                  locationName: r.string(xo, 'locationName', xp),
                  quantity: r.number(xo, 'quantity', xp, { min: 0 }),
                };
              }),
            };
          }),
        };
      }),
      details: {
        itemInternalId: r.optString(details, 'itemInternalId', dp, ''),
        parameters: this.list(details, 'parameters', dp, (v, p) => this.parameter(v, p)),
        itemParameters: this.list(details, 'itemParameters', dp, (v, p) => this.parameter(v, p)),
        datasheets: this.list(details, 'datasheets', dp, (dv, dsp) => {
          const d = r.object(dv, dsp, [
            'id',
            'name',
            'comment',
            'description',
            'dataDownloadUrl',
            'itemInternalId',
            'revisionInternalId',
            'createdBy',
            'updatedBy',
          ]);
          const by = this.optRef(d, 'createdBy', dsp, this.users, 'user', createdBy);
          return {
            id: r.string(d, 'id', dsp),
            name: r.string(d, 'name', dsp),
            comment: r.optString(d, 'comment', dsp, ''),
            description: r.optString(d, 'description', dsp, ''),
            dataDownloadUrl: r.string(d, 'dataDownloadUrl', dsp),
            itemInternalId: r.optString(d, 'itemInternalId', dsp, ''),
            revisionInternalId: r.optString(d, 'revisionInternalId', dsp, ''),
            createdBy: by,
            updatedBy: this.optRef(d, 'updatedBy', dsp, this.users, 'user', by),
          };
        }),
      },
    };
  }

  bom(o: JsonObject, path: string): { items: BomItem[] } {
    const designators = new UniqueIds(this.r, 'designator');
    const items = this.list(o, 'items', path, (iv, ip) => {
      const io = this.r.object(iv, ip, ['component', 'quantity', 'instances']);
      const component = this.ref(io, 'component', ip, this.components, 'component');
      const instancesPath = at(ip, 'instances');
      const instances = this.r.array(io.instances, instancesPath).map((xv, x) => {
        const xp = at(instancesPath, x);
        const xo = this.r.object(xv, xp, ['designator', 'isFitted', 'alternateComponent']);
        const designator = this.r.string(xo, 'designator', xp, { nonEmpty: true });
        designators.add(designator, at(xp, 'designator'));
        return {
          designator,
          isFitted: this.r.optBool(xo, 'isFitted', xp, true),
          alternateComponent:
            xo.alternateComponent === undefined || xo.alternateComponent === null
              ? null
              : this.ref(xo, 'alternateComponent', xp, this.components, 'component'),
        };
      });
      const fitted = instances.filter((x) => x.isFitted).length;
      return {
        component,
        quantity:
          io.quantity === undefined ? fitted : this.r.number(io, 'quantity', ip, { min: 0, integer: true }),
        bomItemInstances: instances,
      };
    });
    return { items };
  }

  project(value: unknown, path: string): Project {
    const r = this.r;
    const o = r.object(value, path, [
      'id',
      'projectId',
      'name',
      'description',
      'url',
      'workspaceUrl',
      'projectType',
      'createdAt',
      'updatedAt',
      'createdBy',
      'updatedBy',
      'parameters',
      'previewUrl',
      'variants',
      'releases',
    ]);
    const projectId = r.string(o, 'projectId', path, { nonEmpty: true });
    const workspaceUrl = r.string(o, 'workspaceUrl', path);
    const workspace =
      this.workspaces.get(normalizeWorkspaceUrl(workspaceUrl)) ??
      r.fail(at(path, 'workspaceUrl'), `unknown workspace "${workspaceUrl}"`);
    const createdAt = r.dateTime(o, 'createdAt', path);
    const createdBy = this.ref(o, 'createdBy', path, this.users, 'user');
    const variantNames = new UniqueIds(r, 'variant name');
    const variantsPath = at(path, 'variants');
    const variants = r.array(o.variants, variantsPath).map((vv, v) => {
      const vp = at(variantsPath, v);
      const vo = r.object(vv, vp, ['name', 'items']);
      const name = r.string(vo, 'name', vp, { nonEmpty: true });
      variantNames.add(name, at(vp, 'name'));
      return { name, bom: this.bom(vo, vp) };
    });
    return {
      id: r.string(o, 'id', path, { nonEmpty: true }),
      projectId,
      name: r.string(o, 'name', path),
      description: r.optString(o, 'description', path, ''),
      url: r.optString(o, 'url', path, `${workspace.url}/designs/${projectId}`),
      workspaceUrl: workspace.url,
      projectType: r.oneOf(o, 'projectType', path, PROJECT_TYPES, 'PCB_PROJECT'),
      createdAt,
      updatedAt: r.optDateTime(o, 'updatedAt', path, createdAt),
      createdBy,
      updatedBy: this.optRef(o, 'updatedBy', path, this.users, 'user', createdBy),
      parameters: this.list(o, 'parameters', path, (pv, pp) => {
        const po = r.object(pv, pp, ['name', 'value']);
        return { name: r.string(po, 'name', pp), value: r.string(po, 'value', pp) };
      }),
      previewUrl: r.optString(o, 'previewUrl', path, ''),
      design: {
        variants,
        releases: this.list(o, 'releases', path, (rv, rp) => {
          const ro = r.object(rv, rp, ['id', 'releaseId', 'description', 'createdAt', 'variants']);
          const rvPath = at(rp, 'variants');
          return {
            id: r.string(ro, 'id', rp, { nonEmpty: true }),
            releaseId: r.string(ro, 'releaseId', rp, { nonEmpty: true }),
            description: r.optString(ro, 'description', rp, ''),
            createdAt: r.dateTime(ro, 'createdAt', rp),
            variants: r.array(ro.variants, rvPath).map((vv, v) => {
              const vp = at(rvPath, v);
              const vo = r.object(vv, vp, ['name', 'downloadUrl', 'items']);
              return {
                name: r.string(vo, 'name', vp),
                downloadUrl: r.optString(vo, 'downloadUrl', vp, ''),
                bom: this.bom(vo, vp),
              };
            }),
          };
        }),
      },
    };
  }

  thread(value: unknown, path: string): CommentThread {
    const r = this.r;
    const o = r.object(value, path, [
      'entityId',
      'commentThreadId',
      'threadNumber',
      'status',
      'createdAt',
      'modifiedAt',
      'createdBy',
      'modifiedBy',
      'assignedTo',
      'originalStateScreenshotUrl',
      'context',
      'comments',
    ]);
    const entityId = r.string(o, 'entityId', path);
    if (!this.projects.has(entityId)) r.fail(at(path, 'entityId'), `unknown project "${entityId}"`);
    const createdAt = r.dateTime(o, 'createdAt', path);
    const createdBy = this.ref(o, 'createdBy', path, this.users, 'user');
    const cp = at(path, 'context');
    const context =
      o.context === undefined ? {} : r.object(o.context, cp, ['documentId', 'objectId', 'releaseId', 'area']);
    const point = (owner: JsonObject, key: string, p: string) => {
      const pp = at(p, key);
      const po = r.object(owner[key], pp, ['xMils', 'yMils']);
      return position(r.number(po, 'xMils', pp), r.number(po, 'yMils', pp));
    };
    let area = { pos1: position(0, 0), pos2: position(0, 0) };
    if (context.area !== undefined) {
      const ap = at(cp, 'area');
      const ao = r.object(context.area, ap, ['pos1', 'pos2']);
      area = { pos1: point(ao, 'pos1', ap), pos2: point(ao, 'pos2', ap) };
    }
    const commentsPath = at(path, 'comments');
    const comments = r.array(o.comments, commentsPath).map((cv, c) => {
      const p = at(commentsPath, c);
      const co = r.object(cv, p, [
        'commentId',
        'text',
        'createdAt',
        'modifiedAt',
        'createdBy',
        'modifiedBy',
        'mentions',
      ]);
      const at0 = r.dateTime(co, 'createdAt', p);
      const by = this.ref(co, 'createdBy', p, this.users, 'user');
      return {
        commentId: r.string(co, 'commentId', p, { nonEmpty: true }),
        text: r.string(co, 'text', p),
        createdAt: at0,
        modifiedAt: r.optDateTime(co, 'modifiedAt', p, at0),
        createdBy: by,
        modifiedBy: this.optRef(co, 'modifiedBy', p, this.users, 'user', by),
        mentions: this.refList(co, 'mentions', p, this.users, 'user').map((user) => ({ user })),
      };
    });
    return {
      entityId,
      commentThreadId: r.string(o, 'commentThreadId', path, { nonEmpty: true }),
      threadNumber:
        o.threadNumber === undefined ? 1 : r.number(o, 'threadNumber', path, { min: 1, integer: true }),
      status: o.status === undefined ? 0 : r.number(o, 'status', path, { integer: true }),
      createdAt,
      modifiedAt: r.optDateTime(o, 'modifiedAt', path, createdAt),
      createdBy,
      modifiedBy: this.optRef(o, 'modifiedBy', path, this.users, 'user', createdBy),
      assignedTo:
        o.assignedTo === undefined || o.assignedTo === null
          ? null
          : this.ref(o, 'assignedTo', path, this.users, 'user'),
      originalStateScreenshotUrl: r.nullableString(o, 'originalStateScreenshotUrl', path),
      context: {
        documentId: r.nullableString(context, 'documentId', cp),
        objectId: r.nullableString(context, 'objectId', cp),
        area,
        releaseId: r.nullableString(context, 'releaseId', cp),
      },
      comments,
    };
  }

  /** Reads a list, registering each entry's id and rejecting duplicates. */
  registered<T>(
    root: JsonObject,
    key: string,
    what: string,
    read: (v: unknown, p: string) => T,
    idOf: (t: T) => string,
    idField: string,
    into: Map<string, T>,
    optional = false,
  ): T[] {
    const ids = new UniqueIds(this.r, what);
    const values = optional ? this.r.optArray(root, key, '') : this.r.array(root[key], key);
    return values.map((value, i) => {
      const item = read(value, at(key, i));
      const id = idOf(item);
      ids.add(id, at(at(key, i), idField));
      into.set(id, item);
      return item;
    });
  }

  data(value: unknown): DesignData {
    const root = this.r.object(value, '', [
      'version',
      'locations',
      'groups',
      'users',
      'workspaces',
      'components',
      'projects',
      'commentThreads',
    ]);
    if (root.version !== undefined && root.version !== 1)
      this.r.fail('version', `unsupported version ${String(root.version)} (expected 1)`);
    const locationNames = new UniqueIds(this.r, 'location name');
    const locations = this.r.array(root.locations, 'locations').map((v, i) => {
      const location = this.location(v, at('locations', i));
      locationNames.add(location.name, at(at('locations', i), 'name'));
      return location;
    });
    this.registered(
      root,
      'groups',
      'group id',
      (v, p) => {
        const o = this.r.object(v, p, ['userGroupId', 'name']);
        return {
          userGroupId: this.r.string(o, 'userGroupId', p, { nonEmpty: true }),
          name: this.r.string(o, 'name', p),
        };
      },
      (g) => g.userGroupId,
      'userGroupId',
      this.groups,
      true,
    );
    const users = this.registered(
      root,
      'users',
      'user id',
      (v, p) => this.user(v, p),
      (u) => u.userId,
      'userId',
      this.users,
    );
    const known = new Set(locations.map((l) => l.name));
    const workspaces = this.registered(
      root,
      'workspaces',
      'workspace url',
      (v, p) => this.workspace(v, p, known),
      (w) => normalizeWorkspaceUrl(w.url),
      'url',
      this.workspaces,
    );
    const components = this.registered(
      root,
      'components',
      'component id',
      (v, p) => this.component(v, p),
      (c) => c.id,
      'id',
      this.components,
    );
    const projects = this.registered(
      root,
      'projects',
      'project id',
      (v, p) => this.project(v, p),
      (p) => p.id,
      'id',
      this.projects,
    );
    const threadIds = new UniqueIds(this.r, 'comment thread id');
    const commentThreads = this.r.optArray(root, 'commentThreads', '').map((v, i) => {
      const thread = this.thread(v, at('commentThreads', i));
      threadIds.add(thread.commentThreadId, at(at('commentThreads', i), 'commentThreadId'));
      return thread;
    });
    return { locations, users, workspaces, projects, components, commentThreads };
  }
}

/** Validates parsed JSON design data; throws a `DataFormatError` naming the path of the first problem. */
export function designDataFromJson(value: unknown, source?: string): DesignData {
  return new DesignParser(source).data(value);
}
