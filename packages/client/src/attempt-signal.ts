/** The signal one attempt runs under: the caller's abort and the attempt's timeout, in one. */
export interface AttemptSignal {
  readonly signal: AbortSignal | undefined;
  /** True once the timeout (not the caller) aborted the attempt. */
  readonly timedOut: boolean;
  /** Clears the timer and the listener on the caller's signal; call when the attempt is over. */
  dispose(): void;
}

const NONE: AttemptSignal = { signal: undefined, timedOut: false, dispose() {} };

/**
 * Links the caller's signal and a per-attempt timeout. Not `AbortSignal.any` + `AbortSignal.timeout`:
 * on Node 20 `any` keeps every dependent signal of a long-lived caller signal (one shutdown signal passed
 * to every request grows the heap without end), and each `timeout` timer stays pending for its full
 * length. Here the timer and the listener are released as soon as the attempt ends.
 */
export function attemptSignal(caller: AbortSignal | undefined, timeoutMs: number): AttemptSignal {
  if (timeoutMs <= 0) return caller ? { signal: caller, timedOut: false, dispose() {} } : NONE;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`The attempt took longer than ${timeoutMs} ms`, 'TimeoutError'));
  }, timeoutMs);
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
    dispose() {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onAbort);
    },
  };
}
