import type { AuthEvent, AuthEventListener } from '@nexar/auth';

/** `--debug`: what the token providers do, one line each on stderr (events never hold a token). */
export function debugEventPrinter(
  write: (line: string) => void = (line) => console.error(line),
): AuthEventListener {
  return (event) => write(`[auth] ${describeEvent(event)}`);
}

export function describeEvent(event: AuthEvent): string {
  switch (event.type) {
    case 'token':
      return `token from ${event.source}, valid until ${new Date(event.expiresAt).toISOString()}`;
    case 'refresh_failed':
      return `renewal failed (${event.code})${event.servingValidToken ? ', still serving the valid token' : ''}`;
    case 'token_rejected':
      return event.repeated
        ? 'the API refused the new token too: pausing new tokens'
        : 'the API refused the token';
    case 'rate_limited':
      return `token endpoint rate limit: no requests until ${new Date(event.until).toISOString()}`;
    case 'rate_limit_honoured':
      return `held back by the rate limit (${event.action}, ${event.waitMs} ms)`;
    case 'lock_waited':
      return `token store lock taken after ${event.waitedMs} ms`;
    case 'login':
      return `login: ${event.step.replaceAll('_', ' ')}${event.port === undefined ? '' : ` (port ${event.port})`}`;
  }
}
