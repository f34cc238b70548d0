/** The benchmarks' view of an emulator in another process: start it, read its counters, set latency. */
import { type ChildProcess, fork } from 'node:child_process';

export interface EmulatorInfo {
  url: string;
  graphqlUrl: string;
  clientId: string;
  clientSecret: string;
}
export interface EmulatorStats {
  apiRequests: number;
  partsReturned: number;
}

/** Starts the emulator in a child process; `stop()` ends it. */
export async function startEmulatorProcess(): Promise<{ info: EmulatorInfo; stop: () => Promise<void> }> {
  const child: ChildProcess = fork(new URL('./emulator-process.js', import.meta.url), [], {
    execArgv: [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const info = await new Promise<EmulatorInfo>((resolve, reject) => {
    child.once('message', (message) => resolve(message as EmulatorInfo));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the emulator process exited (${code})`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.send('close');
    });
  return { info, stop };
}

async function control(info: EmulatorInfo, path: string, init?: RequestInit): Promise<unknown> {
  // Asked once more if a kept-alive socket was closed by the server just as it was reused.
  const response = await fetch(`${info.url}/_emulator/${path}`, init).catch(() =>
    fetch(`${info.url}/_emulator/${path}`, init),
  );
  if (!response.ok) throw new Error(`emulator control ${path}: ${response.status}`);
  return response.json();
}

export const emulatorStats = (info: EmulatorInfo) => control(info, 'stats') as Promise<EmulatorStats>;

export async function setApiLatency(info: EmulatorInfo, latencyMs: number): Promise<void> {
  await control(info, 'faults', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ target: 'api', latencyMs }),
  });
}
