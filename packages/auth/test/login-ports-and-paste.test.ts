import { createServer, type Server } from 'node:net';
import { type Emulator, startEmulator } from '@nexar/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthEvent } from '../src/index.js';
import { authorizationCode, type LoginOptions } from '../src/node/index.js';
import { followUntil } from './follow-redirects.js';
import { ScriptedBrowser } from './scripted-browser.js';

let emu: Emulator;
let occupier: Server;
let busyPort: number;

beforeAll(async () => {
  emu = await startEmulator({ autoLogin: true, tokenRateLimit: false });
  occupier = createServer();
  await new Promise<void>((resolve) => occupier.listen(0, '127.0.0.1', resolve));
  busyPort = (occupier.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise((resolve) => occupier?.close(resolve));
  await emu?.close();
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function provider(redirectUri: string, events: AuthEvent[] = []) {
  return authorizationCode({
    ...emu.clients.design,
    identityUrl: emu.url,
    redirectUri,
    scope: 'openid design.domain user.access offline_access',
    env: {},
    onEvent: (event) => events.push(event),
  });
}

/** Plays the user in paste mode: opens the address from the instructions, pastes where the browser ended. */
function pastingUser(edit: (callback: URL) => string = (callback) => callback.href) {
  const lines: string[] = [];
  const prompts: string[] = [];
  const options: LoginOptions = {
    mode: 'paste',
    log: (line) => lines.push(line),
    readPastedUrl: async (prompt) => {
      prompts.push(prompt);
      const url = /https?:\/\/\S+\/connect\/authorize\?\S+/.exec(lines.join('\n'))?.[0];
      if (!url) throw new Error('no authorization URL was shown');
      return edit(new URL(await followUntil(url, 'http://localhost:3000')));
    },
  };
  return { options, lines, prompts };
}

describe('loopback login on busy ports', () => {
  it('a busy port gives a port_busy error naming the port and the ways out', async () => {
    const auth = provider(`http://127.0.0.1:${busyPort}/login`);
    const error = await auth.login({ mode: 'loopback', log: () => undefined }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'NexarAuthError', code: 'port_busy' });
    const message = (error as Error).message;
    expect(message).toContain(`Port ${busyPort}`);
    expect(message).toContain(`lsof -i :${busyPort}`);
    expect(message).toContain('ports option');
    expect(message).toContain("mode: 'paste'");
  });

  it('tries the registered ports in order and logs in on the first free one', async () => {
    const events: AuthEvent[] = [];
    const free = await freePort();
    const auth = provider(`http://127.0.0.1:${busyPort}/login`, events);
    const browser = new ScriptedBrowser();
    let page: ReturnType<ScriptedBrowser['open']> | undefined;
    const token = await auth.login({
      mode: 'loopback',
      ports: [busyPort, free],
      log: () => undefined,
      openBrowser: async (url) => {
        page = browser.open(url);
        await page;
      },
    });
    expect(token.scope).toContain('design.domain');
    expect((await page)?.url.port).toBe(String(free));
    expect(events.filter((e) => e.type === 'login').map((e) => [e.step, e.port])).toEqual([
      ['port_busy', busyPort],
      ['listening', free],
      ['browser_opened', undefined],
      ['callback_received', undefined],
      ['completed', undefined],
    ]);
  });

  it('with every listed port busy, the error names them all', async () => {
    const other = createServer();
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const otherPort = (other.address() as { port: number }).port;
    try {
      const auth = provider(`http://127.0.0.1:${busyPort}/login`);
      const error = await auth
        .login({ mode: 'loopback', ports: [busyPort, otherPort], log: () => undefined })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'port_busy' });
      expect((error as Error).message).toContain(`Ports ${busyPort}, ${otherPort} are all busy`);
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });
});

describe('paste mode', () => {
  it('logs in from the pasted address, state and PKCE checked as usual, with no server listening', async () => {
    const events: AuthEvent[] = [];
    // Port 3000 is never bound by this login: the pasted address is all it needs.
    const auth = provider('http://localhost:3000/login', events);
    const user = pastingUser();
    const token = await auth.login(user.options);
    expect(token.scope).toContain('design.domain');
    expect(await auth.hasSession()).toBe(true);
    expect(user.lines[0]).toContain('Copy the whole address');
    expect(events.filter((e) => e.type === 'login').map((e) => e.step)).toEqual([
      'url_shown',
      'waiting_for_paste',
      'callback_received',
      'completed',
    ]);
  });

  it('refuses a pasted address from another login (its state differs)', async () => {
    const auth = provider('http://localhost:3000/login');
    const user = pastingUser((callback) => {
      callback.searchParams.set('state', 'forged-state');
      return callback.href;
    });
    await expect(auth.login(user.options)).rejects.toMatchObject({ code: 'state_mismatch' });
    expect(await auth.hasSession()).toBe(false);
  });

  it('asks again after text that is not the callback, without echoing it, and gives up after three', async () => {
    const auth = provider('http://localhost:3000/login');
    const lines: string[] = [];
    const pasted = [
      'secret-looking-text',
      'http://localhost:3000/login',
      'http://localhost:3000/other?code=x',
    ];
    let read = 0;
    const error = await auth
      .login({
        mode: 'paste',
        log: (line) => lines.push(line),
        readPastedUrl: async () => pasted[read++] ?? '',
      })
      .catch((e: unknown) => e);
    expect(read).toBe(3);
    expect(error).toMatchObject({ code: 'invalid_request' });
    expect(lines.slice(1)).toEqual([
      'That is not it: it is not an address (it should start with http://). Try again.',
      'That is not it: it carries no code (copy the address after approving, not the one you opened). Try again.',
    ]);
    expect(JSON.stringify([lines, (error as Error).message])).not.toContain('secret-looking-text');
  });

  it('auto mode pastes in CI and over SSH (no browser here can reach a loopback server)', async () => {
    for (const env of [{ CI: 'true' }, { SSH_CONNECTION: '10.0.0.2 50000 10.0.0.3 22', DISPLAY: ':0' }]) {
      const auth = provider('http://localhost:3000/login');
      const user = pastingUser();
      const token = await auth.login({ ...user.options, mode: 'auto', env, platform: 'linux' });
      expect(token.accessToken.length).toBeGreaterThan(20);
      expect(user.prompts).toHaveLength(1);
      expect(user.lines[0]).toMatch(/this looks like (a CI environment|an SSH session)/);
    }
  });

  it('refuses a port-0 redirect, which no browser can be sent to', async () => {
    const auth = provider('http://127.0.0.1:0/login');
    const user = pastingUser();
    await expect(auth.login(user.options)).rejects.toMatchObject({ code: 'configuration_error' });
    expect(user.prompts).toEqual([]);
  });

  it('times out when nothing is pasted', async () => {
    const auth = provider('http://localhost:3000/login');
    const error = await auth
      .login({
        mode: 'paste',
        timeoutMs: 200,
        log: () => undefined,
        readPastedUrl: (_prompt, signal) =>
          new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason))),
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'timeout' });
  });
});
