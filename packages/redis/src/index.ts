export type { Lease, LeaseLockOptions } from './lease-lock.js';
export { NEXAR_TOKEN_RATE_LIMITS, type RateWindow } from './rate-windows.js';
export {
  connectRedis,
  DEFAULT_COMMAND_TIMEOUT_MS,
  RedisConnection,
  type RedisConnectionOptions,
} from './redis-connection.js';
export { NexarRedisError } from './redis-errors.js';
export {
  type PartBudgetState,
  RedisPartBudget,
  type RedisPartBudgetOptions,
} from './redis-part-budget.js';
export { RedisResultCache, type RedisResultCacheOptions } from './redis-result-cache.js';
export { RedisTokenRequestGate, type RedisTokenRequestGateOptions } from './redis-token-request-gate.js';
export { RedisTokenStore, type RedisTokenStoreOptions } from './redis-token-store.js';
export type { RedisWarning, RedisWarningListener } from './redis-warning.js';
