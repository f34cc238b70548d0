import { describe, expect, it } from 'vitest';
import { NexarGraphQLError, NexarHttpError, NexarNetworkError, NexarTimeoutError } from './errors.js';
import { DEFAULT_RETRY, resolveRetryOptions, retryDecision } from './retry-policy.js';

const context = { operationName: 'Op', endpoint: 'https://api.example.com/graphql', attempt: 1 };
const http = (status: number, retryAfterMs?: number) =>
  new NexarHttpError({ status, bodyExcerpt: '', retryAfterMs }, context);

describe('retryDecision', () => {
  it('retries 429, 502, 503 and 504, and nothing else that has a status', () => {
    const retried = [400, 401, 403, 404, 408, 413, 429, 500, 501, 502, 503, 504, 505].filter(
      (status) => retryDecision(http(status), false) !== false,
    );
    expect(retried).toEqual([429, 502, 503, 504]);
  });

  it("passes the server's Retry-After on", () => {
    expect(retryDecision(http(429, 2000), false)).toEqual({ retryAfterMs: 2000 });
    expect(retryDecision(http(503, 0), false)).toEqual({ retryAfterMs: 0 });
    expect(retryDecision(http(503), false)).toBe(true);
  });

  it('retries network errors and timeouts, not GraphQL errors or unknown failures', () => {
    expect(retryDecision(new NexarNetworkError('ECONNRESET', context), false)).toBe(true);
    expect(retryDecision(new NexarTimeoutError(100, context), false)).toBe(true);
    expect(retryDecision(new NexarGraphQLError([{ message: 'bad' }], null, context), false)).toBe(false);
    expect(retryDecision(new Error('boom'), false)).toBe(false);
  });

  it('retries a mutation only when the server surely did not run it', () => {
    expect(retryDecision(http(429, 1000), true)).toEqual({ retryAfterMs: 1000 });
    expect(retryDecision(new NexarNetworkError('ECONNREFUSED', context), true)).toBe(true);
    expect(retryDecision(http(503), true)).toBe(false);
    expect(retryDecision(http(502), true)).toBe(false);
    expect(retryDecision(new NexarNetworkError('ECONNRESET', context), true)).toBe(false);
    expect(retryDecision(new NexarTimeoutError(100, context), true)).toBe(false);
  });
});

describe('resolveRetryOptions', () => {
  it('fills in defaults and keeps what was given', () => {
    expect(resolveRetryOptions(undefined)).toEqual(DEFAULT_RETRY);
    expect(resolveRetryOptions({ maxAttempts: 2, baseDelayMs: undefined })).toEqual({
      ...DEFAULT_RETRY,
      maxAttempts: 2,
    });
  });

  it('makes false a single attempt', () => {
    expect(resolveRetryOptions(false).maxAttempts).toBe(1);
  });

  it('refuses nonsense', () => {
    expect(() => resolveRetryOptions({ maxAttempts: 0 })).toThrow(/maxAttempts/);
    expect(() => resolveRetryOptions({ maxAttempts: 1.5 })).toThrow(/maxAttempts/);
    expect(() => resolveRetryOptions({ maxDelayMs: -1 })).toThrow(/maxDelayMs/);
    expect(() => resolveRetryOptions({ maxElapsedMs: Number.NaN })).toThrow(/maxElapsedMs/);
  });

  it('refuses Infinity and wrong types, quoting the value as given', () => {
    expect(() => resolveRetryOptions({ maxElapsedMs: Number.POSITIVE_INFINITY })).toThrow(
      new RangeError('retry.maxElapsedMs must be a finite number of milliseconds (0 or more), got Infinity.'),
    );
    expect(() => resolveRetryOptions({ baseDelayMs: '10' as unknown as number })).toThrow(
      new TypeError(
        "retry.baseDelayMs must be a finite number of milliseconds (0 or more), got '10' (a string).",
      ),
    );
    expect(() => resolveRetryOptions({ maxAttempts: Number.NaN })).toThrow(/maxAttempts .*got NaN\./);
  });
});
