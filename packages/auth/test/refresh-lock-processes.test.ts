import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { type Emulator, startEmulator } from '@nexar/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorizationCode, FileTokenStore } from '../src/node/index.js';
import { ScriptedBrowser } from './scripted-browser.js';

const WORKERS = 12;
const ROUNDS = 20;
/** The emulator's token lifetime; each round moves the processes' clocks on by one, so a refresh is due. */
const TTL_SECONDS = 60;
const SCOPE = 'openid design.domain user.access offline_access';
const script = join(import.meta.dirname, 'fixtures', 'refresh-worker.ts');

let emu: Emulator;
let dir: string;
let path: string;

beforeAll(async () => {
  emu = await startEmulator({ autoLogin: true, tokenRateLimit: false, accessTokenTtlSeconds: TTL_SECONDS });
  dir = await mkdtemp(join(tmpdir(), 'nexar-processes-'));
  path = join(dir, 'tokens.json');
});
afterAll(async () => {
  await emu?.close();
  await rm(dir, { recursive: true, force: true });
});

/** One child process running test/fixtures/refresh-worker.ts, and the lines it has printed. */
class Worker {
  readonly child: ChildProcessWithoutNullStreams;
  readonly #waiters: { test: (line: string) => boolean; resolve: (line: string) => void }[] = [];
  readonly exited: Promise<void>;
  onLine: (line: string) => void = () => undefined;

  constructor() {
    const { clientId, clientSecret } = emu.clients.design;
    this.child = spawn(
      process.execPath,
      ['--import', 'tsx', script, path, emu.url, clientId, clientSecret, SCOPE],
      { cwd: import.meta.dirname, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    this.child.stderr.resume();
    this.exited = new Promise((resolve) => this.child.once('exit', () => resolve()));
    createInterface({ input: this.child.stdout }).on('line', (line) => {
      this.onLine(line);
      const index = this.#waiters.findIndex((waiter) => waiter.test(line));
      if (index >= 0) this.#waiters.splice(index, 1)[0]?.resolve(line);
    });
  }

  next(test: (line: string) => boolean): Promise<string> {
    return new Promise((resolve) => this.#waiters.push({ test, resolve }));
  }

  send(line: string): void {
    this.child.stdin.write(`${line}\n`);
  }
}

function startWorker(): Promise<Worker> {
  const worker = new Worker();
  return worker.next((line) => line === 'ready').then(() => worker);
}

describe('one token file shared by many processes', () => {
  it(`spends each rotating refresh token once, with the lock holder killed (${WORKERS} processes, ${ROUNDS} rounds)`, async () => {
    const store = new FileTokenStore({ path });
    const auth = authorizationCode({
      ...emu.clients.design,
      identityUrl: emu.url,
      redirectUri: 'http://127.0.0.1:0/login',
      scope: SCOPE,
      env: {},
      store,
    });
    await auth.login({
      log: () => undefined,
      openBrowser: async (url) => {
        await new ScriptedBrowser().open(url);
      },
    });

    let workers = await Promise.all(Array.from({ length: WORKERS }, startWorker));
    try {
      for (let round = 1; round <= ROUNDS; round += 1) {
        const before = emu.stats.snapshot().tokenRequests.refresh_token;
        let killed: Worker | undefined;
        // The next round's process starts now, while this round runs.
        const replacement = startWorker();
        let released = 0;
        for (const worker of workers) {
          worker.onLine = (line) => {
            if (line !== 'refreshing') return;
            if (!killed) {
              // The first process to refresh holds the lock: kill it before its request leaves.
              killed = worker;
              worker.child.kill('SIGKILL');
            } else {
              released += 1;
              worker.send('go');
            }
          };
        }
        const answers = workers.map((worker) =>
          Promise.race([
            worker.next((line) => line.startsWith('token ') || line.startsWith('error ')),
            worker.exited.then(() => 'killed'),
          ]),
        );
        for (const worker of workers) worker.send(`round ${round * TTL_SECONDS * 1000}`);
        const results = await Promise.all(answers);

        const survivors = results.filter((result) => result !== 'killed');
        expect(killed).toBeDefined();
        expect(survivors).toHaveLength(WORKERS - 1);
        // No session lost: every surviving process got the one token the one refresh produced.
        expect(survivors.every((result) => result.startsWith('token '))).toBe(true);
        expect(new Set(survivors).size).toBe(1);
        expect(released).toBe(1);
        expect(emu.stats.snapshot().tokenRequests.refresh_token - before).toBe(1);

        workers = workers.filter((worker) => worker !== killed);
        workers.push(await replacement);
      }
    } finally {
      for (const worker of workers) worker.child.kill('SIGKILL');
      await Promise.all(workers.map((worker) => worker.exited));
    }
    expect(await auth.hasSession()).toBe(true);
    // The killed holders' locks were taken over and released: only the token file is left.
    expect(await readdir(dir)).toEqual(['tokens.json']);
  }, 120_000);
});
