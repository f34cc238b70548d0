/** What the Redis-backed pieces report when Redis fails them or comes back. Never holds a token or a value. */
export interface RedisWarning {
  /**
   * - `unavailable`: a command failed or timed out; the piece goes on with in-process state.
   * - `restored`: Redis answers again; shared state is used again.
   * - `lease_lost`: a lock's lease ran out (or Redis lost it) while its task was still running.
   */
  kind: 'unavailable' | 'restored' | 'lease_lost';
  /** Which piece: `token-store`, `result-cache`, `part-budget`, `token-gate`. */
  component: string;
  message: string;
}

export type RedisWarningListener = (warning: RedisWarning) => void;
