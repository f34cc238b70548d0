/**
 * The recipes run as a user runs them (`node --import tsx recipes/<file>.ts`, the SDK reached through the
 * NEXAR_* variables, never imported from the emulator), against an emulator started here.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Emulator, startEmulator } from '@nexar/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finished } from './cli-harness.js';

const APP = fileURLToPath(new URL('..', import.meta.url));
const RECIPES = join(APP, 'recipes');

let emulator: Emulator;
let home: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  emulator = await startEmulator({ autoLogin: true, tokenRateLimit: false });
  home = await mkdtemp(join(tmpdir(), 'nexar-recipes-'));
  const { clientId, clientSecret } = emulator.clients.both;
  env = {
    PATH: process.env.PATH,
    HOME: home,
    NEXAR_CLIENT_ID: clientId,
    NEXAR_CLIENT_SECRET: clientSecret,
    NEXAR_IDENTITY_URL: emulator.url,
    NEXAR_API_URL: emulator.graphqlUrl,
  };
});
afterAll(async () => {
  await emulator.close();
  await rm(home, { recursive: true, force: true });
});

function start(
  recipe: string,
  args: string[] = [],
  extra: NodeJS.ProcessEnv = {},
): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', join(RECIPES, recipe), ...args], {
    cwd: APP, // where tsx and the SDK packages resolve
    env: { ...env, ...extra },
  });
}

/** Resolves with the first match of `pattern` in what the stream prints. */
function waitFor(stream: NodeJS.ReadableStream, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve) => {
    let text = '';
    stream.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = pattern.exec(text);
      if (match) resolve(match);
    });
  });
}

describe('every recipe', () => {
  const files = readdirSync(RECIPES).filter((file) => file.endsWith('.ts'));
  it.each(files)('%s is one file of under 150 lines that imports only SDK packages and Node', (file) => {
    const source = readFileSync(join(RECIPES, file), 'utf8');
    expect(source.split('\n').length).toBeLessThanOrEqual(150);
    const statics = source.matchAll(/^(?:import\b[^;]*?|\}\s*)from '([^']+)';/gm);
    const dynamics = source.matchAll(/\bimport\('([^']+)'\)/g);
    const imports = [...statics, ...dynamics].map((match) => match[1] as string);
    expect(imports.length).toBeGreaterThan(0);
    for (const name of imports) expect(name).toMatch(/^(node:|@nexar\/(auth|client|supply|design)(\/|$))/);
  });
});

describe('sign-in-web-server.ts', () => {
  it('signs a user in with PKCE, rotates the session, refuses a forged sign-out and signs out', async () => {
    const server = start('sign-in-web-server.ts', [], { PORT: '0' });
    try {
      const [, origin = ''] = await waitFor(server.stdout, /Listening on (http:\/\/\S+)/);
      const anonymous = await (await fetch(`${origin}/`)).text();
      expect(anonymous).toContain('Sign in with Nexar');

      const signIn = await fetch(`${origin}/auth/sign-in`, { redirect: 'manual' });
      const firstCookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
      const authorize = new URL(signIn.headers.get('location') ?? '');
      expect(authorize.origin).toBe(new URL(emulator.url).origin);
      expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');

      // The emulator signs the demo user in at once and sends the browser back with a code.
      const back = await fetch(authorize, { redirect: 'manual' });
      const callback = back.headers.get('location') ?? '';
      expect(callback.startsWith(`${origin}/auth/callback?`)).toBe(true);

      const done = await fetch(callback, { redirect: 'manual', headers: { cookie: firstCookie } });
      expect(done.status).toBe(303);
      const cookie = done.headers.get('set-cookie')?.split(';')[0] ?? '';
      expect(cookie).not.toBe(firstCookie);

      const home = await (await fetch(`${origin}/`, { headers: { cookie } })).text();
      expect(home).toContain('Signed in as');
      expect(await (await fetch(`${origin}/`, { headers: { cookie: firstCookie } })).text()).toContain(
        'Sign in',
      );

      const forged = await fetch(`${origin}/auth/sign-out`, {
        method: 'POST',
        headers: { cookie },
        body: 'token=guess',
      });
      expect(forged.status).toBe(403);
      const token = /name="token" value="([^"]+)"/.exec(home)?.[1] ?? '';
      const signOut = await fetch(`${origin}/auth/sign-out`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: `token=${token}`,
      });
      expect(signOut.status).toBe(303);
      expect(await (await fetch(`${origin}/`, { headers: { cookie } })).text()).toContain(
        'Sign in with Nexar',
      );
    } finally {
      server.kill();
    }
  });
});

describe('price-altium-project.ts', () => {
  it('logs in once, lists projects, then prices one from the stored login', async () => {
    const listing = start('price-altium-project.ts', ['--no-browser'], { LOGIN_PORT: '0' });
    const [address = ''] = await waitFor(listing.stderr, /http:\/\/127\.0\.0\.1:\d+\/connect\/authorize\S+/);
    // What the user's browser does: the emulator signs in and redirects to the loopback callback.
    await (await fetch(address)).text();
    const listed = await finished(listing);
    expect(listed.code).toBe(0);
    const projectId = /^(\S+)\t/m.exec(listed.stdout)?.[1];
    expect(projectId).toBeDefined();

    const codeGrants = emulator.stats.snapshot().tokenRequests.authorization_code;
    const priced = await finished(start('price-altium-project.ts', [projectId ?? '', '10']));
    expect(priced.stderr).toMatch(/\d+ BOM lines of variant/);
    expect(priced.stdout).toMatch(/^Total: \d+\.\d{2} USD \(\d+\/\d+ lines priced\)$/m);
    expect(priced.code).toBe(0);
    expect(emulator.stats.snapshot().tokenRequests.authorization_code).toBe(codeGrants); // no second login
  }, 60_000);
});

describe('shared-worker.ts', () => {
  it('three workers share one app token and one result cache', async () => {
    const shared = await mkdtemp(join(home, 'shared-'));
    const before = emulator.stats.snapshot();
    const workers = [0, 1, 2].map(() => start('shared-worker.ts', [], { NEXAR_SHARED_DIR: shared }));
    // The first worker prices the jobs; the others start together (one token between them) and then
    // read the same jobs from the shared cache.
    workers[0]?.stdin.end('LM358 10\nNE555 5\nNE555 x\n');
    const first = await finished(workers[0] as ChildProcessWithoutNullStreams);
    for (const worker of workers.slice(1)) worker.stdin.end('LM358 10\nNE555 5\n');
    const others = await Promise.all(workers.slice(1).map((worker) => finished(worker)));

    const answers = first.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(answers[0]).toMatchObject({ mpn: 'LM358', need: 10, found: expect.stringContaining('LM358') });
    expect(answers[0].total).toBeGreaterThan(0);
    expect(answers[2].error).toMatch(/quantity must be a whole number/);
    for (const other of others) {
      expect(other.code).toBe(0);
      expect(
        other.stdout
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line).partsSoFar),
      ).toEqual([0, 0]);
    }
    const after = emulator.stats.snapshot();
    expect(after.tokenRequests.client_credentials - before.tokenRequests.client_credentials).toBe(1);
    expect(after.partsReturned - before.partsReturned).toBe(answers[1].partsSoFar);
  }, 60_000);
});

describe('price-bom-file.ts', () => {
  it('reads a KiCad-style export, says what it skipped, and prints the plan with its saving', async () => {
    const file = join(home, 'kicad-bom.csv');
    await writeFile(
      file,
      [
        '"Reference","Value","Footprint","Qty","MPN","Manufacturer","DNP"',
        '"C1,C2","100n","C_0603","2","GRM188R71H104KA93D","Murata",""',
        '"C3","100n","C_0603","1","GRM188R71H104KA93D","Murata",""',
        '"U1","LM358","SOIC-8","1","LM358DR","Texas Instruments",""',
        '"R9","10k","R_0603","1","RC0603FR-0710KL","Yageo","DNP"',
        '"FID1","Fiducial","Fiducial_1mm","1","","",""',
      ].join('\n'),
    );
    const run = await finished(start('price-bom-file.ts', [file, '10']));
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/kicad-bom\.csv: 3 lines; mpn from 'MPN'/);
    expect(run.stderr).toMatch(/row 5 skipped: .*(DNP|not fitted)/i);
    expect(run.stderr).toMatch(/row 6 skipped: .*fiducial/i);
    // The capacitor's two lines are bought together (30 pieces), so the plan costs no more than per line.
    expect(run.stdout).toMatch(/^GRM188R71H104KA93D\t20\t/m);
    expect(run.stdout).toMatch(
      /^Total for 10 board\(s\): \d+\.\d{2} USD; buying each part once saves \d+\.\d{2} USD\.$/m,
    );
    expect(run.stdout).toMatch(/^3\/3 lines priced, \d+ parts used\.$/m);
  }, 60_000);

  it('refuses a missing file name with usage and exit 2', async () => {
    const run = await finished(start('price-bom-file.ts'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: price-bom-file.ts');
  });
});
