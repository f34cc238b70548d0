/** What a request's lifecycle hook receives. It never holds headers, variables, tokens or bodies. */
export interface NexarRequestEvent {
  /**
   * `start`: before the first attempt. `retry`: an attempt failed and the next follows after `delayMs`.
   * `end`: the request resolved or rejected (once per request).
   */
  type: 'start' | 'retry' | 'end';
  operationName: string | undefined;
  /** `start`: 1. `retry`: the attempt that failed. `end`: attempts made. */
  attempt: number;
  /** `retry`: the failed attempt's duration. `end`: the whole request's, waits included. */
  durationMs?: number;
  /** HTTP status of the (last) answer, when there was one. */
  status?: number;
  /** The failure, as class name and message (messages never contain tokens). */
  error?: { name: string; message: string };
  /** `retry`: the wait before the next attempt. */
  delayMs?: number;
}

export type NexarEventHook = (event: NexarRequestEvent) => void;

/** Calls the hook, if any. A throwing hook is ignored: logging and metrics must not break requests. */
export function emit(hook: NexarEventHook | undefined, event: NexarRequestEvent): void {
  if (!hook) return;
  try {
    hook(event);
  } catch {
    // Deliberately ignored (see above).
  }
}

/** The error as events show it. */
export function describeError(error: unknown): { name: string; message: string } {
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: typeof error, message: String(error) };
}
