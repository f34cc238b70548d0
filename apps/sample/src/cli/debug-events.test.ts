import { describe, expect, it } from 'vitest';
import { debugEventPrinter } from './debug-events.js';

describe('--debug auth events', () => {
  it('prints one plain line per event', () => {
    const lines: string[] = [];
    const print = debugEventPrinter((line) => lines.push(line));
    print({ type: 'token', source: 'store', expiresAt: Date.UTC(2030, 0, 1) });
    print({ type: 'rate_limited', retryAfterMs: 30_000, until: Date.UTC(2030, 0, 1) });
    print({ type: 'login', step: 'port_busy', port: 3000 });
    print({ type: 'token_rejected', repeated: true });
    expect(lines).toEqual([
      '[auth] token from store, valid until 2030-01-01T00:00:00.000Z',
      '[auth] token endpoint rate limit: no requests until 2030-01-01T00:00:00.000Z',
      '[auth] login: port busy (port 3000)',
      '[auth] the API refused the new token too: pausing new tokens',
    ]);
  });
});
