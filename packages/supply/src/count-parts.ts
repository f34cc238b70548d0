/** The GraphQL type Nexar charges for: every object of it in a response counts against the part limit. */
export const PART_TYPENAME = 'SupPart';

/**
 * Counts the part objects (`__typename: 'SupPart'`) anywhere in a result, nested ones included
 * (e.g. `similarParts`). `SupplyClient.request` asks for `__typename` wherever parts are selected, so its
 * results (and what it caches) can always be counted.
 */
export function countParts(result: unknown): number {
  let count = 0;
  const stack: unknown[] = [result];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
      continue;
    }
    const record = value as Record<string, unknown>;
    if (record.__typename === PART_TYPENAME) count += 1;
    for (const key in record) stack.push(record[key]);
  }
  return count;
}
