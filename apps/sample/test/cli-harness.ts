/**
 * Runs the terminal app as a child process, the way a user does: `node --import tsx src/cli/main.ts`
 * with its own HOME (token file and result cache), against an emulator started in the test process
 * and named through the environment, as a running `pnpm emulator` would be.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Emulator, startEmulator } from '@nexar/emulator';

const APP = fileURLToPath(new URL('..', import.meta.url));
const MAIN = join(APP, 'src', 'cli', 'main.ts');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliHarness {
  emulator: Emulator;
  home: string;
  /** NEXAR_* of the emulator's app with both scopes, and the test's HOME. */
  env: NodeJS.ProcessEnv;
  /** Runs the CLI to its end. */
  run(args: string[], env?: NodeJS.ProcessEnv): Promise<CliResult>;
  /** Starts the CLI and hands the running process over (for the login, which waits for the browser). */
  start(args: string[], env?: NodeJS.ProcessEnv): ChildProcessWithoutNullStreams;
  close(): Promise<void>;
}

export async function startCliHarness(): Promise<CliHarness> {
  const emulator = await startEmulator({ autoLogin: true, tokenRateLimit: false });
  const home = await mkdtemp(join(tmpdir(), 'nexar-sample-cli-'));
  const { clientId, clientSecret } = emulator.clients.both;
  const env = {
    HOME: home,
    NEXAR_CLIENT_ID: clientId,
    NEXAR_CLIENT_SECRET: clientSecret,
    NEXAR_IDENTITY_URL: emulator.url,
    NEXAR_API_URL: emulator.graphqlUrl,
  };
  const start = (args: string[], extra: NodeJS.ProcessEnv = env) =>
    spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
      cwd: APP,
      // Only what the app should see: no NEXAR_* of the machine running the tests.
      env: { PATH: process.env.PATH, XDG_CACHE_HOME: join(home, '.cache'), ...extra },
    });
  return {
    emulator,
    home,
    env,
    start,
    run: (args, extra) => finished(start(args, extra)),
    close: async () => {
      await emulator.close();
      await rm(home, { recursive: true, force: true });
    },
  };
}

export async function finished(child: ChildProcessWithoutNullStreams): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  return { code, stdout, stderr };
}
