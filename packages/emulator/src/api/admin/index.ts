import type { ApiResolvers } from '../graphql-engine.js';
import type { ResolverData } from '../resolver-data.js';

/** Applications are created with the emulator; their creation date is fixed so answers stay deterministic. */
const CREATED_DATE = '2024-01-15T09:00:00.000Z';

export function createAdminResolvers({ applications }: ResolverData): ApiResolvers {
  return {
    Query: {
      admApplicationById: (_source: unknown, args: { id: string }) => {
        const app = applications.byId(args.id);
        if (!app) return null;
        return {
          id: app.id,
          name: app.name,
          description: null,
          organizationId: null,
          deleted: false,
          createdDate: CREATED_DATE,
          scopes: app.scopes.map((scope) => ({ applicationId: app.id, scope })),
          supplyCounts: app.scopes.includes('supply.domain')
            ? { partCounter: app.partCounter, partLimit: app.partLimit }
            : null,
        };
      },
    },
  };
}
