/** Follows redirects with cookies until one points at `origin`; returns that URL without fetching it. */
export async function followUntil(start: string, origin: string): Promise<string> {
  let url = new URL(start);
  let cookie = '';
  for (let hops = 0; hops < 20; hops += 1) {
    const response = await fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });
    const set = response.headers.getSetCookie().map((line) => line.split(';')[0]);
    if (set.length > 0) cookie = [cookie, ...set].filter(Boolean).join('; ');
    await response.body?.cancel();
    const location = response.headers.get('location');
    if (!location) throw new Error(`no redirect from ${url.pathname} (HTTP ${response.status})`);
    url = new URL(location, url);
    if (url.origin === origin) return url.href;
  }
  throw new Error('too many redirects');
}
