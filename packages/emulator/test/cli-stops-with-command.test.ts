/**
 * `npx --yes pnpm@10 emulator &` then `kill $!`: the signal reaches npm, not the node process four
 * levels under it (npm → sh → pnpm → sh → node), yet the emulator must stop and free its port.
 * Each run starts the real command in the background of a shell in a session of its own, as in a terminal.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let shell: ChildProcess | undefined;
let commandPid: number | undefined;

afterEach(() => {
  // Whatever is left of the command's session: the shell's process group and the job's.
  for (const group of [shell?.pid, commandPid]) {
    try {
      if (group) process.kill(-group, 'SIGKILL');
    } catch {}
  }
  commandPid = undefined;
  shell = undefined;
});

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

let output = '';

/** Starts `npx --yes pnpm@10 emulator --port 0 &` in a shell; resolves with npx's pid and the port. */
async function startInBackground(): Promise<{ commandPid: number; port: number }> {
  // `set -m`: job control, as in a terminal (without it bash starts background jobs ignoring SIGINT).
  const started = spawn('bash', ['-c', 'set -m; npx --yes pnpm@10 emulator --port 0 & echo "pid $!"; wait'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  shell = started;
  output = '';
  // Read everything to the end, so the emulator never writes to a closed pipe.
  started.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  started.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const deadline = Date.now() + 150_000;
  while (!/running on port \d+/.test(output) && started.exitCode === null && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  commandPid = Number(/^pid (\d+)/m.exec(output)?.[1]);
  const port = Number(/running on port (\d+)/.exec(output)?.[1]);
  if (!commandPid || !port) throw new Error(`the emulator did not start:\n${output}`);
  return { commandPid, port };
}

/** Resolves once nothing listens on `port`, or rejects after `ms` naming the processes still running. */
async function portFreedWithin(port: number, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!(await accepts(port))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const left = execFileSync('ps', ['-o', 'pid,ppid,pgid,sid,args', '-s', String(shell?.pid)], {
    encoding: 'utf8',
  });
  throw new Error(
    `port ${port} still accepts connections after ${ms} ms; the command's session:\n${left}\n${output}`,
  );
}

describe('pnpm emulator started through npx', () => {
  it('frees its port on `kill $!` (SIGTERM to npx alone)', async () => {
    const { commandPid: npx, port } = await startInBackground();
    expect(await accepts(port)).toBe(true);
    process.kill(npx, 'SIGTERM');
    await portFreedWithin(port, 20_000);
  }, 180_000);

  it("frees its port on Ctrl+C (SIGINT to the job's process group)", async () => {
    const { commandPid: job, port } = await startInBackground();
    expect(await accepts(port)).toBe(true);
    process.kill(-job, 'SIGINT');
    await portFreedWithin(port, 20_000);
  }, 180_000);
});
