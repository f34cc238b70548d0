/** Reads and validates design data in its JSON file format (see design-json-format.ts). */
import { childPath as at, type JsonObject, UniqueIds } from '../catalog/json-reader.js';
import { DesignJsonBase } from './design-json-base.js';
import { readComponent } from './design-json-components.js';
import { readThread } from './design-json-threads.js';
import { normalizeWorkspaceUrl } from './design-store.js';
import type {
  BomItem,
  DesignData,
  DesignUser,
  Project,
  Workspace,
  WorkspaceLocation,
} from './design-types.js';

const PROJECT_TYPES = ['NONE', 'PCB_PROJECT', 'SYSTEM_DESIGN', 'HARNESS_DESIGN'] as const;

class DesignParser extends DesignJsonBase {
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
      (v, p) => readComponent(this, v, p),
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
      const thread = readThread(this, v, at('commentThreads', i));
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
