import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** One child process running a script of test/fixtures (default fleet-worker.ts), and the lines it prints. */
export class FleetProcess {
  readonly child: ChildProcessWithoutNullStreams;
  readonly exited: Promise<void>;
  /** Lines no `next` has taken yet. */
  readonly lines: string[] = [];
  onLine: (line: string) => void = () => undefined;
  readonly #waiters: { test: (line: string) => boolean; resolve: (line: string) => void }[] = [];

  constructor(config: object, fixture = 'fleet-worker.ts') {
    const script = join(import.meta.dirname, 'fixtures', fixture);
    this.child = spawn(process.execPath, ['--import', 'tsx', script, JSON.stringify(config)], {
      cwd: import.meta.dirname,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stderr.resume();
    this.exited = new Promise((resolve) => this.child.once('exit', () => resolve()));
    createInterface({ input: this.child.stdout }).on('line', (line) => {
      this.onLine(line);
      const index = this.#waiters.findIndex((waiter) => waiter.test(line));
      if (index >= 0) this.#waiters.splice(index, 1)[0]?.resolve(line);
      else this.lines.push(line);
    });
  }

  next(test: (line: string) => boolean): Promise<string> {
    const seen = this.lines.find(test);
    if (seen) {
      this.lines.splice(this.lines.indexOf(seen), 1);
      return Promise.resolve(seen);
    }
    return new Promise((resolve) => this.#waiters.push({ test, resolve }));
  }

  /** The next `token ...` or `error ...` line, or `killed` if the process ends first. */
  answer(): Promise<string> {
    return Promise.race([
      this.next((line) => line.startsWith('token ') || line.startsWith('error ')),
      this.exited.then(() => 'killed'),
    ]);
  }

  send(line: string): void {
    this.child.stdin.write(`${line}\n`);
  }

  kill(): Promise<void> {
    this.child.kill('SIGKILL');
    return this.exited;
  }
}

/** Starts `count` processes and waits until each is ready. */
export async function startFleet(
  count: number,
  config: object | ((index: number) => object),
  fixture?: string,
): Promise<FleetProcess[]> {
  const fleet = Array.from(
    { length: count },
    (_, i) => new FleetProcess(typeof config === 'function' ? config(i) : config, fixture),
  );
  await Promise.all(fleet.map((process) => process.next((line) => line === 'ready')));
  return fleet;
}
