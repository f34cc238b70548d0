import { NexarAuthError } from '@nexar/auth';
import { describe, expect, it } from 'vitest';
import type { SupplyClient } from '../supply-client.js';
import type { BomBatch } from './plan-batches.js';
import { sendBatch } from './send-batch.js';

const batch: BomBatch = {
  queries: [{ key: 'lm358', mpn: 'LM358', lineIndexes: [0] }] as BomBatch['queries'],
  worstCaseParts: 1,
};

/** A supply client whose every request fails with `error`, counting the requests. */
function failingClient(error: unknown): { client: SupplyClient; calls: () => number } {
  let calls = 0;
  const client = {
    request: async () => {
      calls += 1;
      throw error;
    },
  } as unknown as SupplyClient;
  return { client, calls: () => calls };
}

const send = (client: SupplyClient) =>
  sendBatch(batch, {
    client,
    country: 'US',
    currency: 'USD',
    candidates: 1,
    retries: 2,
    retryDelayMs: 0,
    signal: undefined,
    onSent: () => undefined,
    onParts: () => undefined,
  });

describe('sendBatch: authentication failures', () => {
  it.each([
    ['a wrong client secret', new NexarAuthError('invalid_client', 'Refused.', { status: 401 })],
    ['a scope the app lacks', new NexarAuthError('invalid_scope', 'Refused.', { status: 400 })],
    ['a revoked login', new NexarAuthError('invalid_grant', 'Refused.', { status: 400 })],
    ['no login at all', new NexarAuthError('login_required', 'Log in.')],
  ])('throws at once for %s, sending nothing again', async (_name, error) => {
    const { client, calls } = failingClient(error);
    await expect(send(client)).rejects.toBe(error);
    expect(calls()).toBe(1);
  });

  it('sends again when the token endpoint is only failing for now', async () => {
    const { client, calls } = failingClient(new NexarAuthError('server_error', 'Busy.', { status: 503 }));
    await expect(send(client)).resolves.toEqual({ error: expect.stringMatching(/server_error|Busy/) });
    expect(calls()).toBe(3);
  });
});
