/**
 * Loopback rules: code-flow applications accept any redirect back to this machine, on any port and path,
 * the way native and CLI apps need (RFC 8252, section 7.3), and browsers on loopback origins may call the
 * token endpoint.
 */

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for `http://localhost|127.0.0.1|[::1]:<any port>/<any path>` without credentials or fragment. */
export function isLoopbackRedirectUri(value: string): boolean {
  const url = URL.parse(value);
  if (!url) return false;
  if (url.protocol !== 'http:') return false;
  if (!LOOPBACK_HOSTS.has(url.hostname)) return false;
  if (url.username || url.password) return false;
  return !value.includes('#');
}

/** True for a browser `Origin` header naming a loopback http origin. */
export function isLoopbackOrigin(origin: string): boolean {
  const url = URL.parse(origin);
  if (!url || url.origin !== origin) return false;
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}
