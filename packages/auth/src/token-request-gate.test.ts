import { describe, expect, it } from 'vitest';
import { clientCredentials } from './client-credentials.js';
import type { TokenRequestTicket } from './token-request-gate.js';

const tokenResponse = () =>
  new Response(JSON.stringify({ access_token: 'tok', token_type: 'Bearer', expires_in: 3600 }), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });

describe('tokenRequestGate', () => {
  it('is waited on before every HTTP request to the token endpoint, retries included', async () => {
    const events: string[] = [];
    const tickets: TokenRequestTicket[] = [];
    let calls = 0;
    const provider = clientCredentials({
      clientId: 'app',
      clientSecret: 'secret',
      identityUrl: 'https://identity.example',
      retry: { baseDelayMs: 1, maxDelayMs: 1 },
      fetch: async () => {
        calls += 1;
        events.push(`fetch ${calls}`);
        return calls === 1 ? new Response('busy', { status: 503 }) : tokenResponse();
      },
      tokenRequestGate: {
        wait: async (ticket) => {
          tickets.push(ticket);
          events.push('gate');
        },
      },
    });
    const token = await provider.getToken();
    expect(token.accessToken).toBe('tok');
    expect(events).toEqual(['gate', 'fetch 1', 'gate', 'fetch 2']);
    expect(tickets[0]).toMatchObject({ clientId: 'app', tokenUrl: 'https://identity.example/connect/token' });
    expect(JSON.stringify(tickets)).not.toContain('secret');
  });

  it('a gate that refuses stops the request before anything is sent', async () => {
    let calls = 0;
    const provider = clientCredentials({
      clientId: 'app',
      clientSecret: 'secret',
      identityUrl: 'https://identity.example',
      retry: { maxAttempts: 1 },
      fetch: async () => {
        calls += 1;
        return tokenResponse();
      },
      tokenRequestGate: {
        wait: async () => {
          throw new Error('no turn');
        },
      },
    });
    await expect(provider.getToken()).rejects.toThrow();
    expect(calls).toBe(0);
  });
});
