import { type Emulator, startEmulator } from '@nexar/emulator';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryTokenStore, NexarAuthError } from '../src/index.js';
import { authorizationCode } from '../src/node/index.js';
import { chromiumAvailable, launchChromium } from './chromium.js';

let emu: Emulator;
let browser: Awaited<ReturnType<typeof launchChromium>>;

// Chromium comes from Debian's package (.ci/run installs it); without it there is nothing to drive.
describe.skipIf(!chromiumAvailable())('login in a real browser (headless Chromium)', () => {
  beforeAll(async () => {
    [emu, browser] = await Promise.all([startEmulator({ autoLogin: false }), launchChromium()]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await emu?.close();
  });

  function cliProvider(store = new MemoryTokenStore()) {
    return authorizationCode({
      ...emu.clients.design,
      identityUrl: emu.url,
      // Nexar's registered redirect, on a free port: the CLI's loopback server.
      redirectUri: 'http://localhost:3000/login',
      scope: 'openid design.domain user.access offline_access',
      store,
      env: {},
    });
  }

  /** The browser side: wait for the emulator's login page, then act on it. */
  async function inBrowser(page: Page, url: string, act: (page: Page) => Promise<void>): Promise<void> {
    await page.context().clearCookies(); // no identity session left from an earlier test
    await page.goto(url);
    await page.waitForSelector('#login-form');
    await act(page);
  }

  it('the user signs in on the login page and the CLI gets its tokens', async () => {
    const page = await browser.context.newPage();
    const user = emu.users[0];
    if (!user) throw new Error('the emulator has no demo user');
    const store = new MemoryTokenStore();
    const auth = cliProvider(store);
    let browserSide: Promise<void> = Promise.resolve();
    const token = await auth.login({
      port: 0,
      timeoutMs: 30_000,
      log: () => undefined,
      openBrowser: (url) => {
        browserSide = inBrowser(page, url, async (p) => {
          await p.fill('#email', user.email);
          await p.fill('#password', user.password);
          await p.click('#sign-in');
        });
      },
    });
    await browserSide;
    expect(token.scope).toEqual(expect.arrayContaining(['design.domain', 'user.access']));
    expect(await auth.hasSession()).toBe(true);
    // The browser was redirected to the CLI's loopback server and shown the success page.
    await page.waitForSelector('#login-success');
    expect(new URL(page.url()).hostname).toBe('localhost');
    expect(await page.textContent('h1')).toContain('Signed in to Nexar');
    await page.close();
  });

  it('a user who cancels gives access_denied and a failure page', async () => {
    const page = await browser.context.newPage();
    const auth = cliProvider();
    let browserSide: Promise<void> = Promise.resolve();
    const error = await auth
      .login({
        port: 0,
        timeoutMs: 30_000,
        log: () => undefined,
        openBrowser: (url) => {
          browserSide = inBrowser(page, url, (p) => p.click('#cancel'));
        },
      })
      .catch((e: unknown) => e);
    await browserSide;
    expect(error).toBeInstanceOf(NexarAuthError);
    expect((error as NexarAuthError).code).toBe('access_denied');
    await page.waitForSelector('#login-failure');
    expect(await page.textContent('body')).toContain('access_denied');
    expect(await auth.hasSession()).toBe(false);
    await page.close();
  });
});
