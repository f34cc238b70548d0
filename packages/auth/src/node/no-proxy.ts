/**
 * Whether `url` goes direct under a `NO_PROXY` list, as curl reads it: entries separated by commas or
 * spaces; `*` for every host; `example.com` or `.example.com` for that domain and its subdomains; an
 * optional `:port` limits an entry to that port.
 */
export function bypassesProxy(url: URL, noProxy: string | undefined): boolean {
  if (!noProxy) return false;
  const hostname = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  for (const raw of noProxy.split(/[\s,]+/)) {
    const entry = raw.trim().toLowerCase();
    if (entry === '') continue;
    if (entry === '*') return true;
    // A bare IPv6 address has colons of its own: only `[addr]:port` carries a port.
    const bracketed = /^\[(.*)\](?::(\d+))?$/.exec(entry);
    const match = bracketed ?? (entry.split(':').length > 2 ? undefined : /^(.*?)(?::(\d+))?$/.exec(entry));
    const host = (match ? (match[1] ?? '') : entry).replace(/^\*?\./, '');
    if (match?.[2] !== undefined && match[2] !== port) continue;
    if (hostname === host || hostname.endsWith(`.${host}`)) return true;
  }
  return false;
}
