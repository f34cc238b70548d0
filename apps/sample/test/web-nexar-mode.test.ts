import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '@nexar/emulator';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connect, type SampleConnection } from '../src/setup/index.js';
import { startWebApp, type WebApp } from '../src/web/index.js';
import { HttpClient, signInOverHttp } from './web-harness.js';

// The page pointed at a Nexar of the user's choosing through the environment (here a running emulator),
// as `NEXAR_CLIENT_ID=... NEXAR_CLIENT_SECRET=... pnpm sample web` does.
let emu: Emulator;
let connection: SampleConnection;
let app: WebApp;
let cacheDir: string;
beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'nexar-sample-web-'));
  emu = await startEmulator({ tokenRateLimit: false });
  vi.stubEnv('NEXAR_CLIENT_ID', emu.clients.both.clientId);
  vi.stubEnv('NEXAR_CLIENT_SECRET', emu.clients.both.clientSecret);
  vi.stubEnv('NEXAR_IDENTITY_URL', emu.url);
  vi.stubEnv('NEXAR_API_URL', emu.graphqlUrl);
  connection = await connect({ cacheDir });
  app = await startWebApp({ connection, port: 0 });
});
afterAll(async () => {
  await app?.close();
  await connection?.close();
  await emu?.close();
  vi.unstubAllEnvs();
  await rm(cacheDir, { recursive: true, force: true });
});

describe('the web page with credentials set', () => {
  it('shows no demo notice and says which redirect URI the app must allow', async () => {
    expect(connection.mode).toBe('nexar');
    const page = await new HttpClient().request(`${app.url}/`);
    expect(page.body).not.toContain('id="demo-notice"');
    expect(page.body).toContain(`<code>${app.url}/auth/callback</code>`);
  });

  it('signs in with the app from the environment and prices a project', async () => {
    const client = new HttpClient();
    const done = await signInOverHttp(client, app, { email: 'lee@example.com', password: 'demo' });
    expect(done.status).toBe(303);
    const home = await client.request(`${app.url}/`);
    expect(home.body).toContain('Signed in as Lee Layout');
    const workspace = /href="\/projects\?workspace=([^"]+)"/.exec(home.body)?.[1] ?? '';
    const projects = await client.request(`${app.url}/projects?workspace=${workspace}`);
    const project = /href="(\/project\?id=[^"]+)"/.exec(projects.body)?.[1] ?? '';
    const priced = await client.request(`${app.url}${project.replaceAll('&amp;', '&')}&qty=25`);
    expect(priced.status).toBe(200);
    expect(priced.body).toMatch(/<td class="num" id="bom-total">\$[\d,]+\.\d\d<\/td>/);
  });
});
