/**
 * Part objects a request resolved but its answer does not hold. A part can be resolved and still not be
 * returned: when a field below it fails and the error's null travels up past it (a non-null field inside
 * the part, or a non-null list around it), the answer holds null where the part was. Nexar charges the
 * part objects it returns, so the meter keeps, for every field that resolved parts, its response path
 * and how many it resolved; an answer with errors is charged what was resolved less what was lost.
 * An answer without errors holds every part resolved, and needs no look at all.
 */
import type { GraphQLResolveInfo, GraphQLSchema } from 'graphql';

export type ResponsePath = GraphQLResolveInfo['path'];

/** One resolution of a field of type SupPart (or a list of it). */
export interface PartEntry {
  path: ResponsePath;
  /** The schema it ran in: resolutions in another schema (a helper query on one part) are not placed in the answer. */
  schema: GraphQLSchema;
  /** Part objects the field resolved (non-null list items, or 1). */
  resolved: number;
}

function keysOf(path: ResponsePath): (string | number)[] {
  const keys: (string | number)[] = [];
  for (let step: ResponsePath | undefined = path; step; step = step.prev) keys.push(step.key);
  return keys.reverse();
}

function isObject(value: unknown): boolean {
  return value !== null && typeof value === 'object';
}

/** Part objects at `path` in `data`: a list's non-null items, or the one object. */
function heldAt(data: unknown, keys: readonly (string | number)[]): number {
  let value = data;
  for (const key of keys) {
    if (!isObject(value)) return 0;
    value = (value as Record<string | number, unknown>)[key];
  }
  if (Array.isArray(value)) return value.filter(isObject).length;
  return isObject(value) ? 1 : 0;
}

/**
 * Parts resolved by `entries` of `schema` that `data` does not hold. A path resolved more than once
 * (an attempt that was given up and run again) counts once, as its last resolution.
 */
export function lostParts(data: unknown, entries: readonly PartEntry[], schema: GraphQLSchema): number {
  const byPath = new Map<string, { keys: (string | number)[]; resolved: number }>();
  for (const entry of entries) {
    if (entry.schema !== schema) continue;
    const keys = keysOf(entry.path);
    byPath.set(JSON.stringify(keys), { keys, resolved: entry.resolved });
  }
  let lost = 0;
  for (const { keys, resolved } of byPath.values()) lost += Math.max(0, resolved - heldAt(data, keys));
  return lost;
}
