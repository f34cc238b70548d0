/** Errors of `@nexar/redis`. Messages name keys and commands, never values (tokens, answers). */
export class NexarRedisError extends Error {
  override readonly name: string = 'NexarRedisError';
  /**
   * - `unavailable`: Redis did not answer in time (or refused); callers fall back to in-process state.
   * - `budget_unavailable`: the shared part budget cannot be checked and no local allowance is left.
   * - `invalid_option`: an option is out of range.
   */
  readonly code: 'unavailable' | 'budget_unavailable' | 'invalid_option';

  constructor(code: NexarRedisError['code'], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
