import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient, signInOverHttp, startWebHarness, type WebHarness } from './web-harness.js';

// Each search spends parts from the app's monthly quota: only a signed-in user, on this page, spends them.
let web: WebHarness;
let signedIn: HttpClient;
beforeAll(async () => {
  web = await startWebHarness();
  signedIn = new HttpClient();
  await signInOverHttp(signedIn, web.app, { email: 'dana@example.com', password: 'demo' });
});
afterAll(() => web?.close());

/** Parts the emulator has charged so far, to every app. */
function partsCharged(): number {
  const emulator = web.connection.emulator;
  if (!emulator) throw new Error('no emulator');
  return emulator.stats.snapshot().partsReturned;
}

const search = (q: string) => `${web.app.url}/search?${new URLSearchParams({ q, qty: '10' })}`;

describe('part search and the part quota', () => {
  it('anonymous searches spend no parts: they are sent to sign in, and back to the search afterwards', async () => {
    const before = partsCharged();
    for (const q of ['LM358', 'NE555', 'LM317T', 'BC547B']) {
      const answer = await new HttpClient().request(search(q));
      expect(answer.status).toBe(303);
      const location = new URL(answer.location ?? '', web.app.url);
      expect(location.pathname).toBe('/auth/sign-in');
      expect(location.searchParams.get('next')).toBe(`/search?q=${q}&qty=10`);
    }
    // As an <img> on another site asks: no cookie (SameSite=Lax keeps it off), cross-site.
    const image = await new HttpClient().request(search('2N2222A'), {
      headers: { 'sec-fetch-site': 'cross-site', 'sec-fetch-dest': 'image', 'sec-fetch-mode': 'no-cors' },
    });
    expect(image.status).toBe(303);
    expect(partsCharged()).toBe(before);
  });

  it("a signed-in user's search started from another site spends no parts: it asks to press Search here", async () => {
    const before = partsCharged();
    const started: Record<string, string>[] = [
      { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' },
      // Another port of localhost is another origin, though the same site.
      { 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' },
      // A browser that does not send Sec-Fetch-Site but names another origin.
      { origin: 'https://evil.example' },
    ];
    for (const headers of started) {
      const answer = await signedIn.request(search('ATMEGA328P-AU'), { headers });
      expect(answer.status, JSON.stringify(headers)).toBe(200);
      expect(answer.body).toContain('id="search-elsewhere"');
      expect(answer.body).toContain('value="ATMEGA328P-AU"'); // the form, filled in
      expect(answer.body).not.toContain('id="search-results"');
    }
    expect(partsCharged()).toBe(before);
  });

  it('a signed-in user searching on this page (or from the address bar) gets results and spends parts', async () => {
    const before = partsCharged();
    const here = await signedIn.request(search('CH340G'), { headers: { 'sec-fetch-site': 'same-origin' } });
    expect(here.status).toBe(200);
    expect(here.body).toContain('id="search-results"');
    expect(here.body).toMatch(/<p class="muted" id="parts-spent">[1-9]\d* parts spent/);
    const spent = partsCharged() - before;
    expect(spent).toBeGreaterThan(0);

    const typed = await signedIn.request(search('STM32F103C8T6'), { headers: { 'sec-fetch-site': 'none' } });
    expect(typed.body).toContain('id="search-results"');
    // A client that is not a browser, with the user's cookie: the user's own request.
    const script = await signedIn.request(search('FT232RL'));
    expect(script.body).toContain('id="search-results"');
    expect(partsCharged() - before).toBeGreaterThan(spent);
  });
});
