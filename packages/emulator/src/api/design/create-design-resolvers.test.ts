import { loadSchemaSource } from '@nexar/schema';
import { type ExecutionResult, graphql } from 'graphql';
import { createSchema } from 'graphql-yoga';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApplicationRegistry } from '../../applications.js';
import { CatalogIndex, createCatalog } from '../../catalog/index.js';
import { createDesignData, DesignStore } from '../../design-data/index.js';
import type { ApiContext } from '../api-context.js';
import type { ResolverData } from '../resolver-data.js';
import { createDesignResolvers } from './create-design-resolvers.js';
import { nodeTypeOf } from './node-type.js';
import { mergeResolverMaps } from './resolver-map.js';

let data: ResolverData;
beforeAll(() => {
  const catalog = createCatalog({ seed: 1 });
  data = {
    catalog: new CatalogIndex(catalog),
    design: new DesignStore(createDesignData({ catalog })),
    applications: new ApplicationRegistry([]),
    brokenProjectIds: new Set(),
  };
});

function context(userId: string | undefined): ApiContext {
  return {
    auth: {
      clientId: 'app',
      subject: userId ?? 'app',
      ...(userId ? { userId } : {}),
      scopes: ['design.domain'],
      issuedAt: 0,
      expiresAt: 0,
      tokenId: 't',
    },
    region: 'US West',
    meter: { parts: 0 },
  };
}

async function run(source: string, userId?: string): Promise<ExecutionResult> {
  const schema = createSchema<ApiContext>({
    typeDefs: loadSchemaSource(),
    resolvers: createDesignResolvers(data),
  });
  return graphql({ schema, source, contextValue: context(userId) });
}

describe('design resolvers in process', () => {
  it('refuse comment mutations and desUserByAuth for a token without a user', async () => {
    const mutation = await run(
      'mutation { desCreateComment(input: { entityId: "prj-acme-robotics-01", commentThreadId: "thread-1", text: "hi" }) { commentId } }',
    );
    expect(mutation.errors?.[0]?.message).toMatch(
      /desCreateComment acts as a signed-in user.*authorization code/,
    );
    expect(mutation.errors?.[0]?.extensions?.code).toBe('AUTH_NOT_AUTHORIZED');
    const me = await run('{ desUserByAuth { userId } }');
    expect(me.errors?.[0]?.message).toContain("needs a signed-in user's token");
  });

  it('act as the token user', async () => {
    const created = await run(
      'mutation { desCreateComment(input: { entityId: "prj-acme-robotics-01", commentThreadId: "thread-1", text: "hi" }) { commentId errors { message } } }',
      'user-lee',
    );
    expect(created.errors).toBeUndefined();
    const thread = data.design.comments.thread('prj-acme-robotics-01', 'thread-1');
    expect(thread?.comments.at(-1)).toMatchObject({ text: 'hi', createdBy: { userId: 'user-lee' } });
  });
});

describe('nodeTypeOf', () => {
  it('tells the four Node types apart', () => {
    const project = data.design.projects()[0];
    const release = data.design.data.projects.flatMap((p) => p.design.releases)[0];
    const component = data.design.components()[0];
    const datasheet = data.design.data.components.flatMap((c) => c.details.datasheets)[0];
    expect([project, release, component, datasheet].map((node) => nodeTypeOf(node ?? {}))).toEqual([
      'DesProject',
      'DesRelease',
      'DesComponent',
      'DesDatasheet',
    ]);
    expect(nodeTypeOf({ name: 'x' })).toBeNull();
  });
});

describe('mergeResolverMaps', () => {
  it('merges types and refuses a field resolved twice', () => {
    const a = () => 1;
    expect(mergeResolverMaps([{ Query: { a } }, { Query: { b: a }, T: { c: a } }])).toEqual({
      Query: { a, b: a },
      T: { c: a },
    });
    expect(() => mergeResolverMaps([{ Query: { a } }, { Query: { a } }])).toThrow('Query.a');
  });
});
