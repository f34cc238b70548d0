export { parseRetryAfter, type RetryDecision, type RetryOptions, retryWithBackoff } from './retry.js';
export { sleep } from './sleep.js';
