/** Tokens that may not read design data get a typed error that names the scope, and leak nothing. */
import { inspect } from 'node:util';
import { clientCredentials } from '@nexar/auth';
import { type Emulator, startEmulator } from '@nexar/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDesignClient, NexarDesignScopeError } from '../src/index.js';
import { ACME } from './design-harness.js';
import { loginUser } from './user-login.js';

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator({ autoLogin: true, tokenRateLimit: false });
});
afterAll(() => emulator?.close());

describe('a token without design.domain', () => {
  it("(a supply application's client-credentials token) gets NexarDesignScopeError naming the scope", async () => {
    const auth = clientCredentials({
      clientId: emulator.clients.supply.clientId,
      clientSecret: emulator.clients.supply.clientSecret,
      identityUrl: emulator.url,
    });
    const design = createDesignClient({ auth, endpoint: emulator.graphqlUrl });

    const error = await design.workspaces().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NexarDesignScopeError);
    const scopeError = error as NexarDesignScopeError;
    expect(scopeError.scope).toBe('design.domain');
    expect(scopeError.operationName).toBe('Workspaces');
    expect(scopeError.message).toContain('design.domain');
    expect(scopeError.message).toContain('authorizationCode');
    expect(scopeError.errors[0]?.extensions?.code).toBe('AUTH_NOT_AUTHORIZED');

    // The regional lookup meets the refusal first; it surfaces the same way.
    await expect(design.projects(ACME).toArray()).rejects.toBeInstanceOf(NexarDesignScopeError);
    await expect(design.projectBom('prj-acme-robotics-01')).rejects.toBeInstanceOf(NexarDesignScopeError);

    const { accessToken } = await auth.getToken();
    const shown = `${scopeError.message} ${inspect(scopeError, { depth: 10 })} ${JSON.stringify(scopeError)}`;
    expect(shown).not.toContain(accessToken);
    expect(shown).not.toContain(emulator.clients.supply.clientSecret);
  });

  it("(a user's login without the scope) gets the same error", async () => {
    const auth = await loginUser(emulator, { scope: 'openid user.access' });
    expect(auth.scope).not.toContain('design.domain');
    const design = createDesignClient({ auth, endpoint: emulator.graphqlUrl });
    await expect(design.currentUser()).rejects.toBeInstanceOf(NexarDesignScopeError);
  });

  it('a client with neither auth nor client is refused at once', () => {
    expect(() => createDesignClient({})).toThrow(/needs `auth`/);
  });
});
