import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { NexarAuthError } from '@nexar/auth';
import { startEmulator } from '@nexar/emulator';
import { describe, expect, it } from 'vitest';
import { connect } from './connect.js';

describe('connect', () => {
  it('starts the embedded emulator when no credentials are set, and never shows its secrets', async () => {
    const connection = await connect({ env: {}, emulator: { autoLogin: true } });
    try {
      expect(connection.mode).toBe('emulator');
      expect(connection.banner).toMatch(
        /No NEXAR_CLIENT_ID\/NEXAR_CLIENT_SECRET set: using a local Nexar emulator/,
      );
      expect(connection.apiUrl).toBe(connection.emulator?.graphqlUrl);
      const { hits } = await connection.supply.searchMpn({ q: 'NE555DR', limit: 1 });
      expect(hits).toBeGreaterThan(0);

      const auth = connection.designProvider();
      expect(connection.designProvider()).toBe(auth);
      expect(await auth.hasSession()).toBe(false);

      const secret = connection.emulator?.clients.both.clientSecret as string;
      expect(JSON.stringify(connection)).not.toContain(secret);
      expect(inspect(connection, { depth: 10 })).not.toContain(secret);
      expect(JSON.parse(JSON.stringify(connection))).toMatchObject({
        mode: 'emulator',
        apiUrl: connection.apiUrl,
      });
    } finally {
      await connection.close();
    }
  });

  it('uses the given server and app when credentials are set', async () => {
    const emulator = await startEmulator();
    const cacheDir = await mkdtemp(join(tmpdir(), 'nexar-sample-'));
    try {
      const { clientId, clientSecret } = emulator.clients.both;
      const connection = await connect({
        env: {
          NEXAR_CLIENT_ID: clientId,
          NEXAR_CLIENT_SECRET: clientSecret,
          NEXAR_IDENTITY_URL: emulator.url,
          NEXAR_API_URL: emulator.graphqlUrl,
        },
        cacheDir,
      });
      expect(connection.mode).toBe('nexar');
      expect(connection.emulator).toBeUndefined();
      expect(connection.banner).toBe(`Using the Nexar API at ${emulator.graphqlUrl}.`);
      await connection.supply.searchMpn({ q: 'LM358DR', limit: 1 }, { cache: false });
      expect(emulator.applications.byClientId(clientId)?.partCounter).toBe(1);
      await connection.close();
    } finally {
      await emulator.close();
      await rm(cacheDir, { recursive: true, force: true });
    }
  });

  it('refuses an API URL without credentials, saying what to set', async () => {
    const failure = connect({ env: { NEXAR_API_URL: 'http://127.0.0.1:9/graphql' } });
    await expect(failure).rejects.toBeInstanceOf(NexarAuthError);
    await expect(failure).rejects.toMatchObject({ code: 'missing_credentials', message: /NEXAR_CLIENT_ID/ });
  });
});
