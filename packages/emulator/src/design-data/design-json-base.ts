/** Shared state and reference helpers of the design data JSON reader. */
import { childPath as at, type JsonObject, JsonReader } from '../catalog/json-reader.js';
import type { Component, DesignUser, DesignUserGroup, Project, Workspace } from './design-types.js';

export class DesignJsonBase {
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
}
