/**
 * Where to send the browser after sign-in (`next`): one of this page's own addresses, or `/`.
 * The value is parsed the way a browser reads a Location (which drops tabs and newlines and takes
 * `\` for `/`), so what is kept is what the browser will really open; no pattern guesses at it.
 */

/** Longer return paths are not kept in a session: a path of this page is far shorter. */
export const MAX_LOCAL_PATH_LENGTH = 2048;

/**
 * `value` as a path on `origin` (path, query and fragment, percent-encoded, so it is always a valid
 * header value), or `/` when it leads anywhere else, does not parse, or is too long.
 */
export function localPath(value: string | null | undefined, origin: string): string {
  if (!value || value.length > MAX_LOCAL_PATH_LENGTH) return '/';
  let target: URL;
  try {
    target = new URL(value, origin);
  } catch {
    return '/';
  }
  if (target.origin !== new URL(origin).origin) return '/';
  const path = target.pathname + target.search + target.hash;
  // A path that a browser would read as another address (`//host` after dot segments) is not kept.
  if (path.length > MAX_LOCAL_PATH_LENGTH || new URL(path, origin).href !== target.href) return '/';
  return path;
}
