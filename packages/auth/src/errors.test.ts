import { describe, expect, it } from 'vitest';
import { NexarAuthError } from './errors.js';

describe('NexarAuthError', () => {
  it('carries code, status and a hint that the message ends with', () => {
    const error = new NexarAuthError('invalid_client', 'Refused.', { status: 401 });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('NexarAuthError');
    expect(error.code).toBe('invalid_client');
    expect(error.status).toBe(401);
    expect(error.hint).toMatch(/client ID and secret/);
    expect(error.message).toBe(`Refused. ${error.hint}`);
  });

  it('takes an explicit hint, and has none for unknown codes', () => {
    expect(new NexarAuthError('x', 'm', { hint: 'Do this.' }).message).toBe('m Do this.');
    expect(new NexarAuthError('something_new', 'm').hint).toBe('');
  });

  it('is retryable for 429, 5xx, network errors and timeouts only', () => {
    expect(new NexarAuthError('server_error', 'm', { status: 503 }).retryable).toBe(true);
    expect(new NexarAuthError('rate_limited', 'm', { status: 429 }).retryable).toBe(true);
    expect(new NexarAuthError('network_error', 'm').retryable).toBe(true);
    expect(new NexarAuthError('timeout', 'm').retryable).toBe(true);
    expect(new NexarAuthError('invalid_grant', 'm', { status: 400 }).retryable).toBe(false);
    expect(new NexarAuthError('invalid_client', 'm', { status: 401 }).retryable).toBe(false);
  });
});
