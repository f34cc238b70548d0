/**
 * Every published package, packed as `npm publish` would upload it, installs alone into a fresh npm
 * project (no workspace, no pnpm) with `--engine-strict`, runs on this Node, and does its job against
 * an emulator started from its own installed package's `nexar-emulator` command.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RedisServer, startRedisServer } from '../../redis/test/redis-server.js';
import { findEngineViolations } from './packed/engine-violations.js';
import { installFromTarballs } from './packed/npm-project.js';
import { type PackedPackage, packPublished, withNexarDependencies } from './packed/pack-published.js';

const run = promisify(execFile);
const smokeDir = fileURLToPath(new URL('./packed/smoke/', import.meta.url));

/** The published packages, each with the smoke script that proves it works once installed. */
const scenarios = [
  { name: '@nexar/auth', script: 'auth.mjs', app: 'supply' },
  { name: '@nexar/client', script: 'client.mjs', app: 'supply', extra: { graphql: '^16.15.0' } },
  { name: '@nexar/supply', script: 'supply.mjs', app: 'supply' },
  { name: '@nexar/design', script: 'design.mjs', app: 'design' },
  { name: '@nexar/schema', script: 'schema.mjs', app: undefined },
  { name: '@nexar/emulator', script: 'emulator.mjs', app: undefined },
  { name: '@nexar/redis', script: 'redis.mjs', app: 'supply', redis: true },
] as const;

interface RunningEmulator {
  child: ChildProcess;
  banner: string;
  url: string;
  graphqlUrl: string;
  app(name: 'supply' | 'design'): { clientId: string; clientSecret: string };
}

let workDir: string;
let packed: Map<string, PackedPackage>;
let emulator: RunningEmulator;
const projectDir = (name: string) => join(workDir, name.replace('@nexar/', ''));

/** Runs `tasks` at most `limit` at a time (npm installs are heavy on a shared machine). */
async function inBatches<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  const queue = [...items];
  const workers = Array.from({ length: limit }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
  });
  await Promise.all(workers);
}

/** Starts the installed emulator's command on a free port and reads its banner. */
async function startInstalledEmulator(dir: string): Promise<RunningEmulator> {
  const bin = join(dir, 'node_modules', '.bin', 'nexar-emulator');
  const child = spawn(bin, ['--port', '0', '--auto-login', '--no-rate-limit'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let banner = '';
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  for await (const chunk of child.stdout ?? []) {
    banner += (chunk as Buffer).toString();
    if (banner.trimEnd().endsWith('scope=supply.domain')) break;
  }
  const field = (pattern: RegExp) => {
    const value = pattern.exec(banner)?.[1];
    if (!value) throw new Error(`the installed emulator did not print ${pattern}:\n${banner}\n${errors}`);
    return value;
  };
  const app = (name: 'supply' | 'design') => {
    const [, clientId = '', clientSecret = ''] =
      new RegExp(`${name}\\.domain +(\\S+) / (\\S+)`).exec(banner) ?? [];
    return { clientId, clientSecret };
  };
  return { child, banner, url: field(/Identity +(\S+)/), graphqlUrl: field(/GraphQL +(\S+)/), app };
}

let redis: RedisServer | undefined;

beforeAll(async () => {
  redis = await startRedisServer();
  workDir = mkdtempSync(join(tmpdir(), 'nexar-packed-'));
  packed = await packPublished(workDir);
  await inBatches(scenarios, 2, async (scenario) => {
    const [target, ...siblings] = withNexarDependencies(packed, scenario.name);
    if (!target) throw new Error(`${scenario.name} was not packed`);
    await installFromTarballs(
      projectDir(scenario.name),
      target,
      siblings,
      'extra' in scenario ? scenario.extra : {},
    );
  });
  emulator = await startInstalledEmulator(projectDir('@nexar/emulator'));
}, 600_000);

afterAll(async () => {
  if (emulator?.child.exitCode === null) {
    emulator.child.kill('SIGKILL');
    await once(emulator.child, 'exit');
  }
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  await redis?.stop();
});

describe('each published package installed from its tarball into a fresh npm project', () => {
  it('packs exactly the published packages', () => {
    expect([...packed.keys()].sort()).toEqual(scenarios.map((scenario) => scenario.name).sort());
  });

  it.each(scenarios)('$name: installed with nothing of the workspace', ({ name }) => {
    const dir = projectDir(name);
    expect(existsSync(join(dir, 'node_modules', name, 'package.json'))).toBe(true);
    expect(existsSync(join(dir, 'pnpm-lock.yaml'))).toBe(false);
    expect(existsSync(join(dir, 'node_modules', '.pnpm'))).toBe(false);
  });

  it.each(scenarios)(`$name: every installed package's engines admit Node ${process.version}`, ({ name }) => {
    expect(findEngineViolations(projectDir(name))).toEqual([]);
  });

  it.each(scenarios)(
    '$name: its smoke script runs against the emulator',
    async (scenario) => {
      const { name, script, app } = scenario;
      const dir = projectDir(name);
      copyFileSync(join(smokeDir, script), join(dir, script));
      const credentials = app ? emulator.app(app) : undefined;
      const { stdout } = await run(process.execPath, [script], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 60_000,
        env: {
          PATH: process.env.PATH ?? '',
          NEXAR_IDENTITY_URL: emulator.url,
          NEXAR_API_URL: emulator.graphqlUrl,
          ...(credentials
            ? { NEXAR_CLIENT_ID: credentials.clientId, NEXAR_CLIENT_SECRET: credentials.clientSecret }
            : {}),
          ...('redis' in scenario && redis ? { REDIS_URL: redis.url } : {}),
        },
      }).catch((error: { stdout?: string; stderr?: string; message: string }) => {
        throw new Error(`${script} failed:\n${error.stdout ?? ''}${error.stderr || error.message}`);
      });
      expect(stdout.trim().split('\n').at(-1)).toBe(`${name.replace('@nexar/', '')} ok`);
    },
    90_000,
  );

  it("the installed emulator's command stops on SIGTERM and frees its port", async () => {
    emulator.child.kill('SIGTERM');
    const [code] = await once(emulator.child, 'exit');
    expect(code).toBe(0);
    await expect(fetch(emulator.url)).rejects.toThrow();
  });
});
