import { scrubSecrets } from '@nexar/auth';

/** How much of a response body an error keeps: enough to see what the server said, not a whole page. */
export const BODY_EXCERPT_LENGTH = 300;

const REDACTED = '[redacted]';

// Values that look like credentials: bearer values, JWTs (access and id tokens), and JSON or form fields
// named like tokens or secrets. A server echoing a request back must not leak it into an error.
const PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/\b(Bearer|Basic)\s+[\w\-.~+/=]+/gi, `$1 ${REDACTED}`],
  [/\beyJ[\w-]*\.[\w-]+\.[\w-]*/g, REDACTED],
  [
    /("[\w-]*(?:token|secret|password|authorization|api[_-]?key)[\w-]*"\s*:\s*)"(?:[^"\\]|\\.)*"/gi,
    `$1"${REDACTED}"`,
  ],
  [/\b([\w-]*(?:token|secret|password|api[_-]?key)[\w-]*=)[^&\s"']+/gi, `$1${REDACTED}`],
];

/**
 * Replaces anything that looks like a token or secret in `text`, and every occurrence of the `known`
 * secrets (such as the token a request was sent with, which need not look like a JWT).
 */
export function redactSecrets(text: string, known: readonly (string | undefined)[] = []): string {
  let result = scrubSecrets(text, known);
  for (const [pattern, replacement] of PATTERNS) result = result.replace(pattern, replacement);
  return result;
}

/** A short, single-line, redacted excerpt of a response body, for error messages and properties. */
export function bodyExcerpt(
  body: string,
  maxLength: number = BODY_EXCERPT_LENGTH,
  known: readonly (string | undefined)[] = [],
): string {
  // Redact before cutting, so a token is never cut into a fragment the patterns no longer recognise.
  const flat = redactSecrets(body, known).replace(/\s+/g, ' ').trim();
  return flat.length > maxLength ? `${flat.slice(0, maxLength)}…` : flat;
}

/** The endpoint as errors show it: no user info, query or fragment, which may carry credentials. */
export function displayUrl(url: string | URL): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}

/** GraphQL errors with their messages redacted (the same objects when nothing needed it). */
export function redactErrors<T extends { readonly message: string }>(
  errors: readonly T[],
  known: readonly (string | undefined)[] = [],
): readonly T[] {
  let changed = false;
  const redacted = errors.map((error) => {
    const message = redactSecrets(error.message, known);
    if (message === error.message) return error;
    changed = true;
    return { ...error, message };
  });
  return changed ? redacted : errors;
}
