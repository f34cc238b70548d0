import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { isRunning, launcherChain, type ProcessStat, readProcStat, watchLauncher } from './watch-launcher.js';

/** A process table: pid → [ppid, session]. */
function table(rows: Record<number, [number, number]>) {
  return (pid: number): ProcessStat | undefined => {
    const row = rows[pid];
    return row ? { state: 'S', ppid: row[0], session: row[1] } : undefined;
  };
}

describe('launcherChain', () => {
  it('walks from the parent up to the session leader, leaving the shell out', () => {
    // shell 10 (session leader) → npx 20 → sh 30 → pnpm 40 → sh 50 → node 60
    const stat = table({ 10: [1, 10], 20: [10, 10], 30: [20, 10], 40: [30, 10], 50: [40, 10], 60: [50, 10] });
    expect(launcherChain(60, stat)).toEqual([50, 40, 30, 20]);
  });

  it('stops at init when no ancestor leads a session (a container started with the command)', () => {
    const stat = table({ 20: [1, 5], 30: [20, 5], 60: [30, 5] });
    expect(launcherChain(60, stat)).toEqual([30, 20]);
  });

  it('is only the parent where processes cannot be read', () => {
    expect(launcherChain(60, () => undefined, 42)).toEqual([42]);
    expect(launcherChain(60, () => undefined, 1)).toEqual([]);
  });

  it('reads this process from /proc on Linux', () => {
    const stat = readProcStat(process.pid);
    if (process.platform !== 'linux') return expect(stat).toBeUndefined();
    expect(stat?.ppid).toBe(process.ppid);
    expect(readProcStat(2 ** 30)).toBeUndefined();
  });
});

describe('isRunning', () => {
  it('is true for a running process and false for one that has ended', async () => {
    expect(isRunning(process.pid)).toBe(true);
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 200)'], { stdio: 'ignore' });
    const exited = once(child, 'exit');
    expect(isRunning(child.pid ?? 0)).toBe(true);
    await exited;
    expect(isRunning(child.pid ?? 0)).toBe(false);
  });

  it.runIf(process.platform === 'linux')(
    'counts an ended process its parent has not collected as ended',
    async () => {
      // sh starts `sleep 0.1`, then becomes `sleep 5`, which never collects it: it stays a zombie.
      const parent = spawn('sh', ['-c', 'sleep 0.1 & echo $!; exec sleep 5'], {
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      try {
        const [chunk] = (await once(parent.stdout ?? parent, 'data')) as [Buffer];
        const zombie = Number(chunk.toString().trim());
        const deadline = Date.now() + 10_000;
        while (readProcStat(zombie)?.state !== 'Z' && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        expect(readProcStat(zombie)?.state).toBe('Z');
        expect(() => process.kill(zombie, 0)).not.toThrow(); // why kill(pid, 0) alone is not enough
        expect(isRunning(zombie)).toBe(false);
      } finally {
        parent.kill('SIGKILL');
      }
    },
  );
});

describe('watchLauncher', () => {
  it('calls back once when a process of the chain ends', () => {
    vi.useFakeTimers();
    try {
      const alive = new Set([20, 30]);
      const onGone = vi.fn();
      watchLauncher(onGone, { chain: [30, 20], isAlive: (pid) => alive.has(pid), parent: () => 30 });
      vi.advanceTimersByTime(1000);
      expect(onGone).not.toHaveBeenCalled();
      alive.delete(20);
      vi.advanceTimersByTime(250);
      vi.advanceTimersByTime(1000);
      expect(onGone).toHaveBeenCalledTimes(1);
      expect(onGone).toHaveBeenCalledWith(20);
    } finally {
      vi.useRealTimers();
    }
  });

  it('calls back when this process is orphaned, and not after being stopped', () => {
    vi.useFakeTimers();
    try {
      let parent = 30;
      const onGone = vi.fn();
      watchLauncher(onGone, { chain: [], isAlive: () => true, parent: () => parent });
      parent = 1;
      vi.advanceTimersByTime(250);
      expect(onGone).toHaveBeenCalledWith(30);

      const later = vi.fn();
      const stop = watchLauncher(later, { chain: [20], isAlive: () => false, parent: () => 1 });
      stop();
      vi.advanceTimersByTime(1000);
      expect(later).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
