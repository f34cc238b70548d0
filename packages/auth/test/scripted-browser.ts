/**
 * A minimal scripted browser for the login tests that do not need Chromium: it follows redirects by
 * hand with a cookie jar, and can submit the emulator's login or cancel form. Whatever it reaches last
 * (e.g. the CLI's loopback callback) gets a real GET, as from a browser.
 */
export class ScriptedBrowser {
  readonly #cookies = new Map<string, string>();
  /** Every URL visited, in order. */
  readonly visited: URL[] = [];

  /** GETs `url` and follows redirects; resolves with the final response and its URL. */
  async open(url: string): Promise<{ url: URL; response: Response; text: string }> {
    return this.#follow(new URL(url), { method: 'GET' });
  }

  /** Submits the emulator's login form found in `html` (from `#login-form`). */
  async signIn(page: { url: URL; text: string }, email: string, password: string) {
    const action = formAction(page.text, 'login-form');
    return this.#follow(new URL(action, page.url), {
      method: 'POST',
      body: new URLSearchParams({ email, password }),
    });
  }

  /** Submits the emulator's cancel form (`#cancel-form`): the user declines. */
  async cancel(page: { url: URL; text: string }) {
    const action = formAction(page.text, 'cancel-form');
    return this.#follow(new URL(action, page.url), { method: 'POST', body: new URLSearchParams() });
  }

  async #follow(start: URL, init: { method: string; body?: URLSearchParams }) {
    let url = start;
    let request = init;
    for (let hops = 0; hops < 20; hops += 1) {
      this.visited.push(url);
      const headers: Record<string, string> = {};
      const cookie = [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
      if (cookie) headers.cookie = cookie;
      const response = await fetch(url, { ...request, headers, redirect: 'manual' });
      for (const line of response.headers.getSetCookie()) this.#remember(line);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        url = new URL(location, url);
        request = { method: 'GET' };
        continue;
      }
      return { url, response, text: await response.text() };
    }
    throw new Error('too many redirects');
  }

  #remember(line: string): void {
    const [pair, ...attributes] = line.split(';');
    const eq = pair?.indexOf('=') ?? -1;
    if (!pair || eq <= 0) return;
    const name = pair.slice(0, eq).trim();
    const expired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute));
    if (expired) this.#cookies.delete(name);
    else this.#cookies.set(name, pair.slice(eq + 1).trim());
  }
}

function formAction(html: string, id: string): string {
  const match = new RegExp(`<form[^>]*id="${id}"[^>]*action="([^"]+)"`).exec(html);
  if (!match?.[1]) throw new Error(`no #${id} on the page`);
  return match[1]
    .replace(/&amp;/g, '&')
    .replace(/&#x2F;/gi, '/')
    .replace(/&#47;/g, '/');
}
