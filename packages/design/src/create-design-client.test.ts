import { inspect } from 'node:util';
import { staticToken } from '@nexar/auth';
import { createNexarClient } from '@nexar/client';
import { describe, expect, it } from 'vitest';
import { createDesignClient } from './create-design-client.js';

const TOKEN = 'unit-test-access-token-3f9c';
const ENDPOINT = 'https://api.example.com/graphql';

/** A fetch that answers every GraphQL request with `data` and notes where it went. */
function answering(data: unknown) {
  const seen: { url: string; operationName: string; authorization: string | null }[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const body = (await request.json()) as { operationName: string };
    seen.push({
      url: request.url,
      operationName: body.operationName,
      authorization: request.headers.get('authorization'),
    });
    return Response.json({ data });
  };
  return { fetch, seen };
}

describe('createDesignClient', () => {
  it('needs auth or a client, not both', () => {
    const auth = staticToken(TOKEN);
    expect(() => createDesignClient({})).toThrow(TypeError);
    const client = createNexarClient({ auth, endpoint: ENDPOINT });
    expect(() => createDesignClient({ auth, client })).toThrow(/not both/);
  });

  it('checks the default page size at once', () => {
    const auth = staticToken(TOKEN);
    expect(() => createDesignClient({ auth, endpoint: ENDPOINT, pageSize: 0 })).toThrow(RangeError);
    expect(() => createDesignClient({ auth, endpoint: ENDPOINT, pageSize: 101 })).toThrow(RangeError);
  });

  it('sends with the given token provider, to the given endpoint', async () => {
    const { fetch, seen } = answering({ desUserByAuth: { userId: 'u1' } });
    const design = createDesignClient({ auth: staticToken(TOKEN), endpoint: ENDPOINT, fetch });
    expect((await design.currentUser()).userId).toBe('u1');
    expect(seen).toEqual([{ url: ENDPOINT, operationName: 'CurrentUser', authorization: `Bearer ${TOKEN}` }]);
    expect(design.client.endpoint).toBe(ENDPOINT);
  });

  it('uses a client it is given, moved to `endpoint` when one is set', async () => {
    const { fetch, seen } = answering({ desUserByAuth: { userId: 'u1' } });
    const client = createNexarClient({ auth: staticToken(TOKEN), endpoint: ENDPOINT, fetch });
    const design = createDesignClient({ client, endpoint: 'https://other.example.com/graphql' });
    await design.currentUser();
    expect(seen.map((s) => s.url)).toEqual(['https://other.example.com/graphql']);
    expect(createDesignClient({ client }).client).toBe(client);
  });

  it('uses the default page size it is given', async () => {
    const empty = {
      desProjects: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] },
    };
    const seen: unknown[] = [];
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const body = (await new Request(input, init).json()) as { variables: { first?: number } };
      seen.push(body.variables.first);
      return Response.json({ data: empty });
    };
    const design = createDesignClient({
      auth: staticToken(TOKEN),
      endpoint: ENDPOINT,
      fetch,
      pageSize: 17,
      routing: false,
    });
    await design.projects('https://acme.365.altium.com').toArray();
    await design.projects('https://acme.365.altium.com', { pageSize: 3 }).toArray();
    expect(seen).toEqual([17, 3]);
  });

  it('shows no token when printed or serialised', () => {
    const design = createDesignClient({ auth: staticToken(TOKEN), endpoint: ENDPOINT });
    const shown = `${inspect(design, { depth: 10, showHidden: true })} ${JSON.stringify(design)}`;
    expect(shown).not.toContain(TOKEN);
    expect(shown).toContain(ENDPOINT);
  });
});
