// One process of the fleet benchmark (bench/fleet.ts). Reads one JSON command per line on stdin and
// answers one JSON line on stdout: `{ "ready": true }` first, then the result of each command.
import { createInterface } from 'node:readline';
import { clientCredentials, type TokenProvider } from '@nexar/auth';
import { type BomLine, createSupplyClient, matchBom } from '@nexar/supply';
import {
  connectRedis,
  RedisPartBudget,
  RedisResultCache,
  RedisTokenRequestGate,
  RedisTokenStore,
} from '../src/index.js';

export interface EmulatorApp {
  url: string;
  graphqlUrl: string;
  clientId: string;
  clientSecret: string;
}

export type WorkerCommand =
  | {
      cmd: 'price';
      emu: EmulatorApp;
      redisUrl?: string;
      keyPrefix: string;
      boms: BomLine[][];
      maxParts: number;
    }
  | { cmd: 'churn'; emu: EmulatorApp; redisUrl: string; keyPrefix: string; seconds: number; everyMs: number };

const reply = (value: object) => process.stdout.write(`${JSON.stringify(value)}\n`);

async function price(command: Extract<WorkerCommand, { cmd: 'price' }>) {
  // 16 processes on a few shared cores: a generous command timeout, so a busy event loop is not taken
  // for Redis being down (which would send the worker on in-process).
  const redis = command.redisUrl
    ? connectRedis(command.redisUrl, { keyPrefix: command.keyPrefix, commandTimeoutMs: 5_000 })
    : undefined;
  const auth = clientCredentials({
    ...command.emu,
    identityUrl: command.emu.url,
    env: {},
    ...(redis
      ? { store: new RedisTokenStore(redis), tokenRequestGate: new RedisTokenRequestGate(redis) }
      : {}),
  });
  const supply = createSupplyClient({
    auth,
    endpoint: command.emu.graphqlUrl,
    ...(redis
      ? {
          cache: new RedisResultCache(redis),
          partBudget: new RedisPartBudget(redis, { maxParts: command.maxParts, name: 'bench' }),
        }
      : { maxParts: command.maxParts }),
  });
  const started = performance.now();
  let lines = 0;
  for (const bom of command.boms) {
    const result = await matchBom(bom, { client: supply });
    lines += result.lines.length;
  }
  const ms = performance.now() - started;
  await redis?.close();
  return { ms, lines, parts: supply.parts.used };
}

async function churn(command: Extract<WorkerCommand, { cmd: 'churn' }>) {
  const redis = connectRedis(command.redisUrl, { keyPrefix: command.keyPrefix, commandTimeoutMs: 5_000 });
  const auth: TokenProvider = clientCredentials({
    ...command.emu,
    identityUrl: command.emu.url,
    env: {},
    store: new RedisTokenStore(redis),
    tokenRequestGate: new RedisTokenRequestGate(redis),
    // 2-second tokens: renew in the last half second.
    refreshSkewSeconds: 0.5,
  });
  const until = Date.now() + command.seconds * 1000;
  let calls = 0;
  let errors = 0;
  let expired = 0;
  while (Date.now() < until) {
    try {
      const token = await auth.getToken();
      if (token.expiresAt <= Date.now()) expired += 1;
      calls += 1;
    } catch {
      errors += 1;
    }
    await new Promise((resolve) => setTimeout(resolve, command.everyMs));
  }
  await redis.close();
  return { calls, errors, expired };
}

createInterface({ input: process.stdin }).on('line', (line) => {
  const command = JSON.parse(line) as WorkerCommand;
  const run = command.cmd === 'price' ? price(command) : churn(command);
  run.then(reply, (error: unknown) =>
    reply({ error: error instanceof Error ? error.message : String(error) }),
  );
});
reply({ ready: true });
