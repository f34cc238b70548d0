/** The signal one attempt runs under: the caller's abort and the attempt's timeout, in one. */
export interface AttemptSignal {
  readonly signal: AbortSignal | undefined;
  /** True once the timeout (not the caller) aborted the attempt. */
  readonly timedOut: boolean;
  /** Starts the timeout, if it has not started yet. */
  arm(): void;
  /** Clears the timer and the listener on the caller's signal; call when the attempt is over. */
  dispose(): void;
}

const NONE: AttemptSignal = { signal: undefined, timedOut: false, arm() {}, dispose() {} };

/**
 * Links the caller's signal and a per-attempt timeout. With `armed: false` the timeout starts only
 * when `arm()` is called (when the request leaves, after the token has arrived).
 * Not `AbortSignal.any` + `AbortSignal.timeout`: on Node 20 `any` keeps every dependent signal of a long-lived caller signal (one shutdown signal passed
 * to every request grows the heap without end), and each `timeout` timer stays pending for its full
 * length. Here the timer and the listener are released as soon as the attempt ends.
 */
export function attemptSignal(
  caller: AbortSignal | undefined,
  timeoutMs: number,
  options: { armed?: boolean } = {},
): AttemptSignal {
  if (timeoutMs <= 0) return caller ? { signal: caller, timedOut: false, arm() {}, dispose() {} } : NONE;
  const controller = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  const arm = () => {
    if (timer !== undefined || disposed || controller.signal.aborted) return;
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new DOMException(`The attempt took longer than ${timeoutMs} ms`, 'TimeoutError'));
    }, timeoutMs);
  };
  if (options.armed !== false) arm();
  const onAbort = () => {
    clearTimeout(timer);
    controller.abort(caller?.reason);
  };
  if (caller?.aborted) onAbort();
  else caller?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut;
    },
    arm,
    dispose() {
      disposed = true;
      clearTimeout(timer);
      caller?.removeEventListener('abort', onAbort);
    },
  };
}
