import { describe, expect, it } from 'vitest';
import { bodyExcerpt, displayUrl, redactSecrets } from './redact.js';

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhYmMifQ.c2lnbmF0dXJl';

describe('redactSecrets', () => {
  it('hides bearer values, JWTs and token-named fields, keeping the rest', () => {
    const text = `Authorization: Bearer abc.def-123 and ${JWT}, {"access_token":"s3cr3t","scope":"supply.domain","client_secret":"xyz"} refresh_token=r1&grant_type=x`;
    const redacted = redactSecrets(text);
    for (const secret of ['abc.def-123', JWT, 's3cr3t', 'xyz', 'r1']) expect(redacted).not.toContain(secret);
    expect(redacted).toContain('"scope":"supply.domain"');
    expect(redacted).toContain('grant_type=x');
    expect(redacted).toContain('Bearer [redacted]');
  });
});

describe('bodyExcerpt', () => {
  it('flattens whitespace and cuts long bodies', () => {
    const excerpt = bodyExcerpt(`<html>\n  <body>${'x'.repeat(1000)}</body>\n</html>`, 40);
    expect(excerpt).toBe(`<html> <body>${'x'.repeat(27)}…`);
  });

  it('redacts before cutting, so no fragment of a token survives', () => {
    const excerpt = bodyExcerpt(`{"token":"${'t'.repeat(100)}"}`, 20);
    expect(excerpt).not.toContain('ttt');
  });
});

describe('displayUrl', () => {
  it('drops user info, query and fragment', () => {
    expect(displayUrl('https://user:pw@api.example.com/graphql?token=abc#x')).toBe(
      'https://api.example.com/graphql',
    );
  });
});
