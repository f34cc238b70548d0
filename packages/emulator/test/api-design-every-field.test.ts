/**
 * Selects every field of every Des* type reachable from the des* root queries
 * in one request built from the schema snapshot, and checks that the API
 * answers all of them without errors: every field of the snapshot is served.
 */
import { loadSchema } from '@nexar/schema';
import {
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  getNamedType,
  getNullableType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isModelledField } from '../src/api/generated/modelled-fields.js';
import { type DesignHarness, dataOf, startDesignHarness } from './api-design-harness.js';

/** How often one type may appear on a path (so DesComponentType.parent is followed once), and a depth bound. */
const MAX_REPEATS = 2;
const MAX_DEPTH = 14;

/** Fields the demo data may leave null everywhere; every other nullable field must show a value somewhere. */
const MAY_ALWAYS_BE_NULL = new Set([
  'DesCommentThread.assignedTo',
  'DesCommentThread.originalStateScreenshotUrl',
  'DesComponentType.parent',
  'DesBomItemInstance.alternateComponent',
  // Deprecated: Nexar documents them as always null.
  'DesLayer.copperArea',
  'DesLayer.copperRatio',
]);

/**
 * A board's objects link back to each other (a pad's net lists its pads, a layer its nets): a field leading
 * to one of them is followed once in the whole query (first under desProjectById), and each of their types
 * once per path. Otherwise one board would multiply into millions of objects.
 */
const BOARD_TYPES = new Set([
  'DesPcb',
  'DesLayer',
  'DesNet',
  'DesPad',
  'DesTrack',
  'DesVia',
  'DesDesignItem',
]);
const FULL_BOARD_ROOT = 'desProjectById';

const schema = loadSchema();
const desRootFields = Object.values(schema.getQueryType()?.getFields() ?? {}).filter(
  (f) => f.name.startsWith('des') && isModelledField('Query', f.name),
);

/** Arguments of the root fields that need some: the values come from variables found before the big query. */
const ROOT_ARGUMENTS: Record<string, string> = {
  desProjectById: '(id: $projectId)',
  desProjectsByIds: '(ids: [$projectId])',
  desWipVariantByVariantName: '(projectId: $projectId, variantName: $variantName)',
  desReleaseById: '(id: $releaseId)',
  desReleaseVariantByVariantName: '(releaseId: $releaseId, variantName: $variantName)',
  desComponentById: '(id: $componentId)',
  desCommentThreads: '(projectId: $projectId)',
  desCommentThread: '(projectId: $projectId, threadId: $threadId)',
  desUsers: '(ids: [$userId])',
};

function selectionOf(type: GraphQLObjectType, path: readonly string[], selected: Set<string>): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    // The curated surface only: generated answers are checked by api-whole-schema.test.ts.
    if (!isModelledField(type.name, field.name)) continue;
    const named = getNamedType(field.type);
    if (!isObjectType(named)) {
      parts.push(field.name);
      selected.add(`${type.name}.${field.name}`);
      continue;
    }
    if (BOARD_TYPES.has(named.name) && selected.has(`${type.name}.${field.name}`)) continue;
    const repeats = path.filter((name) => name === named.name).length;
    const limit = BOARD_TYPES.has(named.name) ? 1 : MAX_REPEATS;
    if (repeats >= limit || path.length >= MAX_DEPTH) continue;
    const inner = selectionOf(named, [...path, named.name], selected);
    if (inner) {
      parts.push(`${field.name} { ${inner} }`);
      selected.add(`${type.name}.${field.name}`);
    }
  }
  return parts.join(' ');
}

/** Every field of every object type reachable from `roots`. */
function reachableFields(roots: readonly GraphQLField<unknown, unknown>[]): Set<string> {
  const fields = new Set<string>();
  const queue = roots.map((root) => getNamedType(root.type)).filter(isObjectType);
  const seen = new Set<string>();
  for (let type = queue.shift(); type; type = queue.shift()) {
    if (seen.has(type.name)) continue;
    seen.add(type.name);
    for (const field of Object.values(type.getFields())) {
      // The curated surface only: generated answers are checked by api-whole-schema.test.ts.
      if (!isModelledField(type.name, field.name)) continue;
      fields.add(`${type.name}.${field.name}`);
      const named = getNamedType(field.type);
      if (isObjectType(named)) queue.push(named);
    }
  }
  return fields;
}

/** Walks an answer along the schema, recording each `Type.field` that held a non-null value somewhere. */
function recordValues(type: GraphQLOutputType, value: unknown, filled: Set<string>): void {
  if (value === null || value === undefined) return;
  const nullable = isNonNullType(type) ? getNullableType(type) : type;
  if (isListType(nullable)) {
    for (const item of value as unknown[]) recordValues(nullable.ofType, item, filled);
    return;
  }
  if (!isObjectType(nullable)) return;
  for (const [name, fieldValue] of Object.entries(value as Record<string, unknown>)) {
    const field = nullable.getFields()[name];
    if (!field || fieldValue === null) continue;
    filled.add(`${nullable.name}.${name}`);
    recordValues(field.type, fieldValue, filled);
  }
}

let api: DesignHarness;
let variables: Record<string, string>;
beforeAll(async () => {
  api = await startDesignHarness();
  const found = dataOf(
    await api.query<{
      desProjects: {
        nodes: {
          id: string;
          design: { variants: { name: string }[]; releases: { nodes: { id: string }[] } };
        }[];
      };
      desLibrary: { components: { nodes: { id: string }[] } };
      desUserByAuth: { userId: string };
    }>(`{ desProjects(first: 100) { nodes { id design { variants { name } releases { nodes { id } } } } }
      desLibrary { components(first: 1) { nodes { id } } } desUserByAuth { userId } }`),
  );
  const project = found.desProjects.nodes.find((p) => p.design.releases.nodes.length > 0);
  if (!project) throw new Error('the demo data should have a project with a release');
  const releaseId = project.design.releases.nodes[0]?.id ?? '';
  // A thread with a release, an object and an area, so the comment context's nullable fields hold values.
  const created = dataOf(
    await api.query<{ desCreateCommentThread: { commentThreadId: string } }>(
      `mutation($input: DesCreateCommentThreadInput!) { desCreateCommentThread(input: $input) { commentThreadId } }`,
      {
        input: {
          entityId: project.id,
          documentId: 'pcb-1',
          documentName: 'Main.PcbDoc',
          documentType: 'PCB',
          text: 'Keep-out here.',
          commentContextType: 'AREA',
          itemAsInternalObjectId: 'obj-7',
          area: { pos1: { x: 0, y: 0 }, pos2: { x: 5_000_000, y: 2_500_000 } },
          releaseId,
        },
      },
    ),
  );
  variables = {
    projectId: project.id,
    variantName: project.design.variants[0]?.name ?? '',
    releaseId,
    componentId: found.desLibrary.components.nodes[0]?.id ?? '',
    threadId: created.desCreateCommentThread.commentThreadId,
    userId: found.desUserByAuth.userId,
  };
});
afterAll(() => api.close());

describe('every Des* field', () => {
  it('is selected once from the des* root fields and answered without errors', async () => {
    const selected = new Set<string>();
    const roots: string[] = [];
    const ordered = [...desRootFields].sort(
      (a, b) => Number(b.name === FULL_BOARD_ROOT) - Number(a.name === FULL_BOARD_ROOT),
    );
    for (const root of ordered) {
      const needsArguments = root.args.some(
        (arg) => isNonNullType(arg.type) && arg.defaultValue === undefined,
      );
      const args = ROOT_ARGUMENTS[root.name] ?? '';
      if (needsArguments && !args) throw new Error(`no arguments for ${root.name}`);
      const named = getNamedType(root.type);
      roots.push(
        isObjectType(named)
          ? `${root.name}${args} { ${selectionOf(named, [named.name], selected)} }`
          : root.name,
      );
    }
    const declarations = Object.keys(variables)
      .map(
        (name) => `$${name}: ${['projectId', 'releaseId', 'componentId'].includes(name) ? 'ID!' : 'String!'}`,
      )
      .join(', ');
    const query = `query(${declarations}) { ${roots.join('\n')} }`;

    const reachable = reachableFields(desRootFields);
    expect([...reachable].filter((field) => !selected.has(field))).toEqual([]);

    const response = await api.query<Record<string, unknown>>(query, variables);
    expect(response.errors).toBeUndefined();
    const data = response.data ?? {};
    const filled = new Set<string>();
    for (const root of desRootFields) {
      expect(data[root.name], root.name).not.toBeNull();
      recordValues(root.type, data[root.name], filled);
    }
    const alwaysNull = [...reachable].filter((field) => !filled.has(field) && !MAY_ALWAYS_BE_NULL.has(field));
    expect(alwaysNull).toEqual([]);
  });
});
