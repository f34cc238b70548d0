import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withLastResort } from './last-resort.js';

// A real server on loopback whose handler fails in each way a handler can.
let server: Server;
let base: string;
const logged: string[] = [];

beforeAll(async () => {
  server = createServer(
    withLastResort(
      (req, res) => {
        const path = req.url?.split('?')[0];
        if (path === '/throws') throw new TypeError('thrown at once');
        if (path === '/rejects') return Promise.reject(new Error('rejected later'));
        if (path === '/bad-header') {
          // What a raw CR/LF in a redirect target did: Node refuses the header and throws.
          res.writeHead(303, { location: '/\r\nX: 1' });
          res.end();
          return;
        }
        if (path === '/half-sent') {
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.write('partial');
          return Promise.reject(new Error('failed mid-answer'));
        }
        if (path === '/not-an-error') return Promise.reject('a plain string');
        res.end('ok');
      },
      (line) => logged.push(line),
    ),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('withLastResort', () => {
  it('answers 500 to a handler that throws, rejects or cannot write its headers, and keeps serving', async () => {
    for (const path of ['/throws', '/rejects', '/bad-header', '/not-an-error']) {
      const answer = await fetch(`${base}${path}?code=secret-code-123`);
      expect(answer.status, path).toBe(500);
      expect(answer.headers.get('content-type'), path).toBe('text/plain; charset=utf-8');
      expect(answer.headers.get('x'), path).toBeNull();
      expect(await answer.text(), path).toContain('Something went wrong on the server');
    }
    expect(await (await fetch(`${base}/`)).text()).toBe('ok');
  });

  it('drops a connection whose answer had already begun, rather than sending half a page as whole', async () => {
    await expect(fetch(`${base}/half-sent`).then((r) => r.text())).rejects.toThrow();
    expect(await (await fetch(`${base}/`)).text()).toBe('ok');
  });

  it('logs the method, path and error, but never the query string', () => {
    expect(logged).toContain('GET "/throws" failed: TypeError: thrown at once');
    expect(logged).toContain('GET "/rejects" failed: Error: rejected later');
    expect(
      logged.some((line) => line.startsWith('GET "/bad-header" failed: TypeError: Invalid character')),
    ).toBe(true);
    expect(logged).toContain('GET "/not-an-error" failed: a plain string');
    expect(logged.join('\n')).not.toContain('secret-code-123');
  });
});
