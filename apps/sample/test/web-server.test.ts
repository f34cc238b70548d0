import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type SampleConnection } from '../src/setup/index.js';
import { startWebApp } from '../src/web/index.js';

let connection: SampleConnection;
beforeAll(async () => {
  connection = await connect({ env: {} });
});
afterAll(() => connection?.close());

describe('startWebApp', () => {
  it('listens on localhost and stops when its signal is aborted', async () => {
    const stop = new AbortController();
    const app = await startWebApp({ connection, port: 0, signal: stop.signal });
    expect(app.url).toMatch(/^http:\/\/localhost:\d+$/);
    expect(app.redirectUri).toBe(`${app.url}/auth/callback`);
    expect((await fetch(app.url)).status).toBe(200);
    stop.abort();
    await app.close(); // the same close, already under way
    await expect(fetch(app.url)).rejects.toThrow();
  });

  it('says which port is taken', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const address = busy.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      await expect(startWebApp({ connection, port })).rejects.toThrow(`Port ${port} is already in use`);
    } finally {
      busy.close();
    }
  });

  it('does not start with a signal already aborted', async () => {
    await expect(startWebApp({ connection, port: 0, signal: AbortSignal.abort() })).rejects.toThrow();
  });
});
