import { connect as connectSocket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebApp, type WebApp } from '../src/web/index.js';
import { HttpClient, signInOverHttp, startWebHarness, type WebHarness } from './web-harness.js';

// No request takes the web server down: each case below stopped the process before.
let web: WebHarness;
beforeAll(async () => {
  web = await startWebHarness();
});
afterAll(() => web?.close());

/** One request written by hand (fetch would refuse to send these), answered with its status line. */
function rawRequest(app: WebApp, requestLine: string): Promise<string> {
  const { hostname, port } = new URL(app.url);
  return new Promise((resolve, reject) => {
    const socket = connectSocket(Number(port), '127.0.0.1', () =>
      socket.write(`${requestLine}\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n\r\n`),
    );
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(answer.split('\r\n')[0] ?? ''));
  });
}

async function expectUp(app: WebApp) {
  expect((await fetch(`${app.url}/`)).status).toBe(200);
}

describe('the web server stays up', () => {
  it('answers a request target that is not a path with 400', async () => {
    for (const line of ['GET http://[ HTTP/1.1', 'GET * HTTP/1.1', 'GET http://evil.example/ HTTP/1.1']) {
      expect(await rawRequest(web.app, line), line).toBe('HTTP/1.1 400 Bad Request');
    }
    // A path that looks like another host is only a path here.
    expect(await rawRequest(web.app, 'GET //evil.example/ HTTP/1.1')).toBe('HTTP/1.1 404 Not Found');
    await expectUp(web.app);
  });

  it('answers 500 when even the error page fails (here: the log throws), and logs without secrets', async () => {
    const logged: string[] = [];
    let calls = 0;
    const app = await startWebApp({
      connection: web.connection,
      port: 0,
      log: (line) => {
        if (++calls === 1) throw new Error('the log is full');
        logged.push(line);
      },
    });
    try {
      const client = new HttpClient();
      await signInOverHttp(client, app, { email: 'dana@example.com', password: 'demo' });
      const emulator = web.connection.emulator;
      if (!emulator) throw new Error('no emulator');
      emulator.faults.inject('api', { kind: 'status', status: 400 }, 1);
      const failed = await client.request(`${app.url}/?code=secret-code-123`);
      expect(failed.status).toBe(500);
      expect(failed.body).toContain('Something went wrong on the server');
      expect(logged).toEqual(['GET "/" failed: Error: the log is full']);
      await expectUp(app);
      expect((await client.request(`${app.url}/`)).body).toContain('Signed in as Dana Demo');
    } finally {
      await app.close();
    }
  });
});
