import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../src/schema-pull/exit-codes.js';
import { runSchemaPull } from '../src/schema-pull/run.js';
import { type LocalServer, sendJson, startLocalServer } from './helpers/local-server.js';

const TOKEN = 'ready-token-5b7e21d0';
const ISSUED_TOKEN = 'issued-token-9c04aa3e';
let server: LocalServer;
const introspectionRequests: string[] = [];

beforeAll(async () => {
  server = await startLocalServer((req, body, res) => {
    const path = req.url ?? '/';
    const authorization = req.headers.authorization ?? '';
    if (path === '/connect/token') {
      sendJson(res, 200, {
        access_token: ISSUED_TOKEN,
        token_type: 'Bearer',
        expires_in: 3600,
        scope: 'supply.domain',
      });
    } else if (path === '/echo-500') {
      // A careless server that repeats the request's Authorization header in its error page.
      res.writeHead(500, { 'content-type': 'text/html' }).end(`<h1>Oops</h1><p>${authorization}</p>`);
    } else if (path === '/rejects-introspection') {
      introspectionRequests.push((JSON.parse(body) as { query: string }).query);
      sendJson(res, 400, { errors: [{ message: 'Introspection is disabled for this token' }] });
    } else if (path === '/forbidden') {
      introspectionRequests.push(body);
      sendJson(res, 403, { errors: [{ message: 'This application lacks the supply.domain scope' }] });
    } else if (path === '/not-json') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html>a login page</html>');
    } else {
      sendJson(res, 404, { errors: [{ message: `nothing at ${path}` }] });
    }
  });
});

afterAll(async () => {
  await server?.close();
});

async function pull(endpoint: string, env: Record<string, string> = { NEXAR_TOKEN: TOKEN }) {
  const out = join(mkdtempSync(join(tmpdir(), 'schema-pull-')), 'schema.graphql');
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runSchemaPull(['--endpoint', endpoint, '--out', out], {
    env,
    cwd: process.cwd(),
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  });
  expect(existsSync(out)).toBe(false);
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

describe('schema:pull endpoint failures', () => {
  it('an HTTP error: the status and an excerpt, with the token taken out', async () => {
    const result = await pull(`${server.url}/echo-500`);
    expect(result.code).toBe(EXIT_CODES.endpoint);
    expect(result.stderr).toBe(
      `schema:pull: ${server.url}/echo-500 answered HTTP 500 Internal Server Error: <h1>Oops</h1><p>Bearer [redacted]</p>`,
    );
    expect(result.stderr).not.toContain(TOKEN);
  });

  it('an HTTP error with a token from client credentials: that token is taken out too', async () => {
    const result = await pull(`${server.url}/echo-500`, {
      NEXAR_CLIENT_ID: 'app',
      NEXAR_CLIENT_SECRET: 'app-secret',
      NEXAR_IDENTITY_URL: server.url,
    });
    expect(result.code).toBe(EXIT_CODES.endpoint);
    expect(result.stderr).toContain('HTTP 500 Internal Server Error: <h1>Oops</h1><p>Bearer [redacted]</p>');
    expect(result.stderr).not.toContain(ISSUED_TOKEN);
  });

  it('GraphQL errors: the messages, after trying the plain introspection query too', async () => {
    introspectionRequests.length = 0;
    const result = await pull(`${server.url}/rejects-introspection`);
    expect(result.code).toBe(EXIT_CODES.endpoint);
    expect(result.stderr).toBe(
      `schema:pull: ${server.url}/rejects-introspection answered the introspection query with errors: Introspection is disabled for this token`,
    );
    expect(introspectionRequests).toHaveLength(2);
    expect(introspectionRequests[0]).toContain('includeDeprecated: true');
    expect(introspectionRequests[1]).not.toContain('specifiedByURL');
  });

  it('a refusal other than a rejected query: the status and the server message, asked once', async () => {
    introspectionRequests.length = 0;
    const result = await pull(`${server.url}/forbidden`);
    expect(result.code).toBe(EXIT_CODES.endpoint);
    expect(result.stderr).toBe(
      `schema:pull: ${server.url}/forbidden answered HTTP 403 Forbidden: This application lacks the supply.domain scope`,
    );
    expect(introspectionRequests).toHaveLength(1);
  });

  it('an answer that is not JSON', async () => {
    const result = await pull(`${server.url}/not-json`);
    expect(result.code).toBe(EXIT_CODES.endpoint);
    expect(result.stderr).toBe(
      `schema:pull: ${server.url}/not-json did not answer with JSON (HTTP 200): <html>a login page</html>`,
    );
  });

  it('nothing listening: the network reason', async () => {
    const closed = await startLocalServer(() => undefined);
    await closed.close();
    const result = await pull(`${closed.url}/graphql`);
    expect(result.code).toBe(EXIT_CODES.endpoint);
    expect(result.stderr).toBe(`schema:pull: Could not reach ${closed.url}/graphql: ECONNREFUSED`);
  });
});
