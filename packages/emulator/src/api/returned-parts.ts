/**
 * Which of the part objects a request resolved are in its answer. A part can be resolved and still not
 * be returned: when a field below it fails and the error's null travels up past it (a non-null field
 * inside the part, or a non-null list around it), the answer holds null where the part was. Nexar
 * charges the part objects it returns, so the meter keeps the response path of every field that
 * resolved parts, and the charge counts what the finished answer holds at those paths.
 */
import type { GraphQLResolveInfo } from 'graphql';

export type ResponsePath = GraphQLResolveInfo['path'];

function keysOf(path: ResponsePath): (string | number)[] {
  const keys: (string | number)[] = [];
  for (let step: ResponsePath | undefined = path; step; step = step.prev) keys.push(step.key);
  return keys.reverse();
}

function isObject(value: unknown): boolean {
  return value !== null && typeof value === 'object';
}

/** Part objects at `paths` (each the path of a field of type SupPart or a list of it) in `data`. */
export function countReturnedParts(data: unknown, paths: readonly ResponsePath[]): number {
  let count = 0;
  for (const path of paths) {
    let value = data;
    for (const key of keysOf(path)) {
      if (!isObject(value)) break;
      value = (value as Record<string | number, unknown>)[key];
    }
    if (Array.isArray(value)) {
      for (const item of value) if (isObject(item)) count += 1;
    } else if (isObject(value)) {
      count += 1;
    }
  }
  return count;
}
