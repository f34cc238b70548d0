/** Many processes sharing one Redis: real child processes against the emulator and a private redis-server. */
import { authorizationCode } from '@nexar/auth/node';
import { type Emulator, startEmulator } from '@nexar/emulator';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ScriptedBrowser } from '../../auth/test/scripted-browser.js';
import { connectRedis, type RedisConnection, RedisTokenStore } from '../src/index.js';
import { type FleetProcess, startFleet } from './fleet-process.js';
import { type RedisServer, startRedisServer } from './redis-server.js';

const TTL_SECONDS = 60;
const SCOPE = 'openid design.domain user.access offline_access';

let server: RedisServer;
let emu: Emulator;
let fleet: FleetProcess[] = [];
const connections: RedisConnection[] = [];

beforeAll(async () => {
  [server, emu] = await Promise.all([
    startRedisServer(),
    // Nexar's token rate limit (2 per second per app) is on: the fleet must not meet it.
    startEmulator({ autoLogin: true, accessTokenTtlSeconds: TTL_SECONDS }),
  ]);
});
afterEach(async () => {
  for (const process of fleet) process.child.kill('SIGKILL');
  await Promise.all(fleet.map((process) => process.exited));
  fleet = [];
  await Promise.all(connections.splice(0).map((connection) => connection.close()));
});
afterAll(async () => {
  await Promise.all([server?.stop(), emu?.close()]);
});

describe('a fleet sharing one Redis', () => {
  it('16 cold processes ask for one token between them, and none is answered 429', async () => {
    fleet = await startFleet(16, {
      redisUrl: server.url,
      keyPrefix: 'cold:',
      identityUrl: emu.url,
      ...emu.clients.supply,
      leaseMs: 5_000,
      hold: false,
    });
    const before = emu.stats.snapshot().tokenRequests;
    const answers = fleet.map((process) => process.answer());
    for (const process of fleet) process.send('token 0');
    const results = await Promise.all(answers);
    const after = emu.stats.snapshot().tokenRequests;
    expect(results.every((result) => result.startsWith('token '))).toBe(true);
    expect(new Set(results).size).toBe(1);
    expect(after.client_credentials - before.client_credentials).toBe(1);
    expect(after.rejected - before.rejected).toBe(0);
  }, 120_000);

  it('refreshes once per expiry with rotating refresh tokens, and takes over from a lock holder killed mid-refresh', async () => {
    const connection = connectRedis(server.url, { keyPrefix: 'rotate:' });
    connections.push(connection);
    const { clientId, clientSecret } = emu.clients.design;
    const login = authorizationCode({
      clientId,
      clientSecret,
      identityUrl: emu.url,
      redirectUri: 'http://127.0.0.1:0/login',
      scope: SCOPE,
      env: {},
      store: new RedisTokenStore(connection),
    });
    await login.login({
      log: () => undefined,
      openBrowser: async (url) => {
        await new ScriptedBrowser().open(url);
      },
    });
    fleet = await startFleet(6, {
      redisUrl: server.url,
      keyPrefix: 'rotate:',
      identityUrl: emu.url,
      clientId,
      clientSecret,
      scope: SCOPE,
      leaseMs: 1_000,
      hold: true,
    });

    for (let round = 1; round <= 3; round += 1) {
      const killHolder = round === 2;
      const before = emu.stats.snapshot().tokenRequests;
      let killed: FleetProcess | undefined;
      let requests = 0;
      for (const process of fleet) {
        process.onLine = (line) => {
          if (line !== 'requesting refresh_token') return;
          requests += 1;
          if (killHolder && !killed) {
            // The process holding the lock dies before its request leaves: its lease must run out.
            killed = process;
            process.child.kill('SIGKILL');
          } else process.send('go');
        };
      }
      const answers = fleet.map((process) => process.answer());
      for (const process of fleet) process.send(`token ${round * TTL_SECONDS * 1000}`);
      const results = await Promise.all(answers);
      const survivors = results.filter((result) => result !== 'killed');
      const after = emu.stats.snapshot().tokenRequests;

      expect(survivors.every((result) => result.startsWith('token '))).toBe(true);
      expect(new Set(survivors).size).toBe(1);
      // One refresh reached the server; with the holder killed, one more process began one (and sent it).
      expect(after.refresh_token - before.refresh_token).toBe(1);
      expect(after.rejected - before.rejected).toBe(0);
      expect(requests).toBe(killHolder ? 2 : 1);
      if (killed) {
        expect(survivors).toHaveLength(fleet.length - 1);
        fleet = fleet.filter((process) => process !== killed);
      }
    }
  }, 120_000);
});
