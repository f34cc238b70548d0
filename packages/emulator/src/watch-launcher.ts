import { readFileSync } from 'node:fs';

export interface ProcessStat {
  /** `R`, `S`, ...; `Z` for a process that has ended but was not yet collected by its parent. */
  state: string;
  ppid: number;
  /** Session id: a process whose session id is its own pid is a session leader (a terminal's shell). */
  session: number;
}

/** `/proc/<pid>/stat` on Linux; undefined where there is no /proc or the process is gone. */
export function readProcStat(pid: number): ProcessStat | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (command) state ppid pgrp session ...": the command may hold spaces and parentheses.
    const [state = '', ppid, , session] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state, ppid: Number(ppid), session: Number(session) };
  } catch {
    return undefined;
  }
}

/**
 * The processes that launched this one, nearest first, up to but not including the user's shell.
 * `npx pnpm emulator` runs npm → sh → pnpm → sh → node, and a signal sent to the command the user
 * started does not reach node: npm passes it to its shell, which dies without passing it on. So the
 * emulator watches the whole chain. It stops at a session leader (the terminal's shell, a daemon
 * manager) or init, so `nohup pnpm emulator &` still outlives the shell it was started from.
 * Without /proc (macOS, Windows) the chain is the parent alone.
 */
export function launcherChain(
  pid: number = process.pid,
  readStat: (pid: number) => ProcessStat | undefined = readProcStat,
  fallbackParent: number = process.ppid,
): number[] {
  const own = readStat(pid);
  if (!own) return fallbackParent > 1 ? [fallbackParent] : [];
  const chain: number[] = [];
  for (let current = own.ppid; current > 1 && chain.length < 32; ) {
    const stat = readStat(current);
    if (!stat || stat.session === current) break;
    chain.push(current);
    current = stat.ppid;
  }
  return chain;
}

const hasProc = readProcStat(process.pid) !== undefined;

/** Whether `pid` still runs. An ended process left uncollected (a zombie) has ended. */
export function isRunning(pid: number): boolean {
  if (hasProc) {
    const state = readProcStat(pid)?.state;
    return state !== undefined && state !== 'Z' && state !== 'X';
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, owned by someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface LauncherWatchOptions {
  chain?: readonly number[];
  intervalMs?: number;
  isAlive?: (pid: number) => boolean;
  parent?: () => number;
}

/**
 * Calls `onGone` once when a process of the launcher chain ends, or when this process is orphaned
 * (its parent changes). Polls; the timer does not keep the process alive. Returns a function that stops
 * watching.
 */
export function watchLauncher(onGone: (pid: number) => void, options: LauncherWatchOptions = {}): () => void {
  const chain = options.chain ?? launcherChain();
  const alive = options.isAlive ?? isRunning;
  const parent = options.parent ?? (() => process.ppid);
  const firstParent = parent();
  const timer = setInterval(() => {
    const gone = parent() !== firstParent ? firstParent : chain.find((pid) => !alive(pid));
    if (gone === undefined) return;
    clearInterval(timer);
    onGone(gone);
  }, options.intervalMs ?? 250);
  timer.unref();
  return () => clearInterval(timer);
}
