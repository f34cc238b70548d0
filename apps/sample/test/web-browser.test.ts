import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './chromium.js';
import { startWebHarness, type WebHarness } from './web-harness.js';

const OUTPUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-output');

let web: WebHarness;
let browser: Browser;

/** Everything the browser received from the page's own server: headers and bodies. */
function recordResponses(context: BrowserContext, origin: string): string[] {
  const seen: string[] = [];
  context.on('response', async (response) => {
    if (!response.url().startsWith(origin)) return;
    seen.push(JSON.stringify(await response.allHeaders()));
    seen.push(await response.text().catch(() => '')); // redirects have no body
  });
  return seen;
}

async function signIn(page: Page, user = { email: 'dana@example.com', password: 'demo' }) {
  await page.click('text=Sign in with Nexar');
  await page.waitForSelector('#login-form');
  await page.fill('#email', user.email);
  await page.fill('#password', user.password);
  await page.click('#sign-in');
}

// Chromium comes from Debian's package (.ci/run installs it); without it there is nothing to drive.
describe.skipIf(!chromiumAvailable())('the web page in headless Chromium', () => {
  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebHarness(), launchChromium()]);
    await mkdir(OUTPUT, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('signs in on the login form, opens a project, prices its BOM with a chart, reprices, searches and signs out', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(10_000);
    const seen = recordResponses(context, web.app.url);
    const page = await context.newPage();

    await page.goto(web.app.url);
    expect(await page.textContent('#demo-notice')).toContain('Demo data.');
    await page.screenshot({ path: join(OUTPUT, 'web-start.png') });
    await signIn(page);

    // Back on the page, signed in: the user's workspaces.
    await page.waitForSelector('#workspaces');
    expect(await page.textContent('#signed-in-as')).toBe('Signed in as Dana Demo');
    expect(await page.locator('#workspaces > li').count()).toBeGreaterThan(1);
    await page.screenshot({ path: join(OUTPUT, 'web-workspaces.png') });
    await page.click('#workspaces >> text=Acme Robotics');

    // The workspace's projects.
    await page.waitForSelector('#projects');
    expect(await page.locator('#projects tbody tr').count()).toBeGreaterThan(5);
    await page.screenshot({ path: join(OUTPUT, 'web-projects.png') });
    await page.click('#projects >> text=Motor Controller');

    // The priced BOM at the default quantity, and the chart.
    await page.waitForSelector('#bom');
    expect(await page.textContent('#bom caption')).toContain('for 100 boards');
    const lines = await page.locator('#bom tbody tr').count();
    expect(lines).toBeGreaterThan(5);
    expect(await page.locator('#bom tbody tr.matched').count()).toBe(lines);
    const total100 = money(await page.textContent('#bom-total'));
    expect(total100).toBeGreaterThan(0);
    const series = page.locator('#cost-chart .series');
    expect(await series.count()).toBe(2);
    const points = await page.locator('#cost-chart .total circle').count();
    expect(points).toBeGreaterThanOrEqual(5);
    expect(await page.locator('#cost-chart .per-board circle').count()).toBe(points);
    const polyline = await page.getAttribute('#cost-chart .total polyline', 'points');
    expect(polyline?.trim().split(/\s+/)).toHaveLength(points);
    await page.screenshot({ path: join(OUTPUT, 'web-bom.png'), fullPage: true });

    // The purchase plan: orders per seller whose totals add up to the plan's, each part bought once,
    // never more than pricing line by line; the chart's point at 100 boards is the plan's total.
    await page.waitForSelector('#plan');
    const planTotal = money(await page.textContent('#plan-total'));
    const orders = await page.locator('#plan table.order').count();
    expect(orders).toBeGreaterThan(0);
    const orderTotals = (await page.locator('#plan .order-total').allTextContents()).map(money);
    expect(orderTotals.reduce((a, b) => a + b, 0)).toBeCloseTo(planTotal, 2);
    expect(await page.locator('#plan tr.plan-item').count()).toBeLessThanOrEqual(lines);
    expect(planTotal).toBeLessThanOrEqual(total100);
    expect(money(await page.textContent('#plan-saving'))).toBeCloseTo(total100 - planTotal, 2);
    expect(await page.locator('#plan .order caption').first().textContent()).toMatch(
      /^\S.*: \$[\d,.]+ for \d+ parts?$/,
    );
    expect(await page.textContent('#cost-chart .total circle[data-quantity="100"] title')).toContain(
      (await page.textContent('#plan-total')) ?? '',
    );
    await page.locator('#plan').screenshot({ path: join(OUTPUT, 'web-plan.png') });

    // Another quantity: priced again from the cache, the unit cost falls.
    await page.fill('#qty', '1000');
    await page.click('#quantity-form button');
    await page.waitForURL(/qty=1000/);
    expect(await page.textContent('#bom caption')).toContain('for 1,000 boards');
    const total1000 = money(await page.textContent('#bom-total'));
    expect(total1000).toBeGreaterThan(total100);
    expect(total1000 / 1000).toBeLessThan(total100 / 100);
    expect(await page.textContent('#parts-spent')).toContain('0 parts spent');
    expect(await page.locator('#cost-chart .total circle[data-quantity="1000"]').getAttribute('r')).toBe('5');

    // A part search.
    await page.click('nav >> text=Part search');
    await page.fill('#q', 'LM358');
    await page.fill('#search-qty', '250');
    await page.click('#search-form button');
    await page.waitForSelector('#search-results');
    expect(await page.locator('#search-results tbody tr').count()).toBeGreaterThan(0);
    expect(await page.textContent('#search-results caption')).toContain('prices for 250 pieces');
    expect(await page.textContent('#search-results tbody')).toContain('LM358');
    await page.screenshot({ path: join(OUTPUT, 'web-search.png'), fullPage: true });

    // The session cookie: opaque, HTTP-only, SameSite=Lax; no token anywhere the browser saw.
    const cookies = await context.cookies(web.app.url);
    expect(cookies.map((c) => c.name)).toEqual(['nexar_sample_session']);
    expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(web.tokens.length).toBeGreaterThan(0);
    const everything = seen.join('\n') + JSON.stringify(cookies);
    for (const token of web.tokens) expect(everything).not.toContain(token.value);

    // Sign out: signed out, and the pages need a sign-in again.
    await page.click('#sign-out');
    await page.waitForSelector('text=Sign in with Nexar');
    expect(await page.locator('#signed-in-as').count()).toBe(0);
    expect(await context.cookies(web.app.url)).toEqual([]);
    const again = await context.request.get(`${web.app.url}/project?id=prj-acme-robotics-01`, {
      maxRedirects: 0,
    });
    expect(again.status()).toBe(303);
    expect(again.headers().location).toMatch(/^\/auth\/sign-in\?next=/);
    await context.close();
  });

  it('searches started on another site spend no parts: an image never, a link only once Search is pressed here', async () => {
    const emulator = web.connection.emulator;
    if (!emulator) throw new Error('no emulator');
    const partsCharged = () => emulator.stats.snapshot().partsReturned;
    const target = `${web.app.url}/search?q=ESP32-WROOM-32E&qty=1`;
    // Another site (127.0.0.1 is not localhost's site) with an image and a link that both ask for a search.
    const other = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!DOCTYPE html><title>Elsewhere</title><img id="img" src="${target}"><a id="go" href="${target}">parts</a>`,
      );
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const address = other.address();
    const otherUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
    const context = await browser.newContext();
    context.setDefaultTimeout(10_000);
    try {
      const page = await context.newPage();
      // Signed out, the start page says why search needs a sign-in.
      await page.goto(web.app.url);
      expect(await page.textContent('#search-sign-in')).toContain('Each search spends parts');
      await signIn(page);
      await page.waitForSelector('#workspaces');
      const before = partsCharged();

      await page.goto(otherUrl);
      await page.waitForFunction("document.getElementById('img').complete"); // loaded or failed: answered
      expect(partsCharged()).toBe(before);

      await page.click('#go');
      await page.waitForSelector('#search-elsewhere');
      expect(await page.inputValue('#q')).toBe('ESP32-WROOM-32E');
      expect(partsCharged()).toBe(before);
      await page.screenshot({ path: join(OUTPUT, 'web-search-elsewhere.png') });

      await page.click('#search-form button');
      await page.waitForSelector('#search-results');
      expect(await page.textContent('#search-results tbody')).toContain('ESP32-WROOM-32E');
      expect(partsCharged()).toBeGreaterThan(before);
    } finally {
      await context.close();
      await new Promise<void>((resolve) => other.close(() => resolve()));
    }
  });

  it('a user who cancels on the login page gets a friendly page and stays signed out', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(web.app.url);
    await page.click('text=Sign in with Nexar');
    await page.waitForSelector('#login-form');
    await page.click('#cancel');
    await page.waitForSelector('#error');
    expect(new URL(page.url()).origin).toBe(web.app.url);
    expect(await page.textContent('h1')).toBe('Sign-in cancelled');
    expect(await page.textContent('#error')).toContain('You cancelled signing in');
    expect(await page.textContent('#error-action')).toBe('Sign in with Nexar');
    expect(await page.locator('#signed-in-as').count()).toBe(0);
    await page.screenshot({ path: join(OUTPUT, 'web-cancelled.png') });
    await context.close();
  });
});

function money(text: string | null): number {
  return Number((text ?? '').replace(/[^\d.]/g, ''));
}
