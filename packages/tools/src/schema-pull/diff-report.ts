import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import type { GraphQLSchema } from 'graphql';

export type ChangeLevel = 'breaking' | 'dangerous' | 'safe';

export interface SchemaChange {
  level: ChangeLevel;
  /** Schema coordinate of what changed (`Query.supSearch`, `SupPart.mpn`), when there is one. */
  path?: string;
  message: string;
}

export interface ChangeReport {
  /** Breaking first, then dangerous, then safe; by path within each. */
  changes: SchemaChange[];
  breaking: number;
  dangerous: number;
  safe: number;
}

const ORDER: Record<ChangeLevel, number> = { breaking: 0, dangerous: 1, safe: 2 };

/** What changed from `previous` to `next`, as @graphql-inspector/core classifies it. */
export async function compareSchemas(previous: GraphQLSchema, next: GraphQLSchema): Promise<ChangeReport> {
  const changes = (await diff(previous, next)).map(toSchemaChange);
  changes.sort(
    (a, b) =>
      ORDER[a.level] - ORDER[b.level] ||
      (a.path ?? '').localeCompare(b.path ?? '', 'en') ||
      a.message.localeCompare(b.message, 'en'),
  );
  const count = (level: ChangeLevel) => changes.filter((change) => change.level === level).length;
  return { changes, breaking: count('breaking'), dangerous: count('dangerous'), safe: count('safe') };
}

function toSchemaChange(change: Change): SchemaChange {
  const level: ChangeLevel =
    change.criticality.level === CriticalityLevel.Breaking
      ? 'breaking'
      : change.criticality.level === CriticalityLevel.Dangerous
        ? 'dangerous'
        : 'safe';
  return { level, ...(change.path ? { path: change.path } : {}), message: change.message };
}

/** One line per change: `BREAKING   Query.supSearch: Field 'supSearch' was removed from object type 'Query'`. */
export function formatReport(report: ChangeReport): string[] {
  const summary = `${report.breaking} breaking, ${report.dangerous} dangerous, ${report.safe} safe`;
  if (report.changes.length === 0) return ['No schema changes.'];
  return [
    `Schema changes: ${summary}`,
    ...report.changes.map(
      (change) =>
        `  ${change.level.toUpperCase().padEnd(9)}  ${change.path ? `${change.path}: ` : ''}${change.message}`,
    ),
  ];
}
