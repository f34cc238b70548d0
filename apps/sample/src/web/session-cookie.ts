/** The session cookie: an opaque id, HTTP-only (no script reads it), SameSite=Lax (not sent on cross-site POSTs). */

export const SESSION_COOKIE = 'nexar_sample_session';

const ATTRIBUTES = 'Path=/; HttpOnly; SameSite=Lax';

export function sessionCookie(id: string): string {
  return `${SESSION_COOKIE}=${id}; ${ATTRIBUTES}`;
}

export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; ${ATTRIBUTES}; Max-Age=0`;
}

/** The session id from a Cookie header, if there is one. */
export function readSessionId(cookieHeader: string | undefined): string | undefined {
  for (const pair of cookieHeader?.split(';') ?? []) {
    const [name, ...value] = pair.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=') || undefined;
  }
  return undefined;
}
