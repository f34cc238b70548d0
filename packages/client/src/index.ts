export {
  createNexarClient,
  DEFAULT_TIMEOUT_MS,
  type NexarClient,
  type NexarClientOptions,
} from './create-client.js';
export { describeValue } from './describe-value.js';
export {
  NexarClientError,
  NexarGraphQLError,
  NexarHttpError,
  NexarNetworkError,
  NexarTimeoutError,
  type RequestContext,
} from './errors.js';
export type { NexarEventHook, NexarRequestEvent } from './events.js';
export { redactSecrets } from './redact.js';
export type { NexarRequestOptions, VariablesArgs } from './request-options.js';
export { DEFAULT_RETRY, type NexarRetryOptions, RETRYABLE_STATUSES } from './retry-policy.js';
