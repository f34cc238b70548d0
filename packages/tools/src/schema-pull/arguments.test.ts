import { describe, expect, it } from 'vitest';
import { HELP, parseArguments } from './arguments.js';
import { EXIT_CODES, SchemaPullError } from './exit-codes.js';

describe('parseArguments', () => {
  it('has defaults for everything', () => {
    expect(parseArguments([])).toEqual({ subset: false, acceptBreaking: false, dryRun: false, help: false });
  });

  it('reads every option', () => {
    expect(
      parseArguments([
        '--endpoint',
        'http://127.0.0.1:4000/graphql',
        '--out=x.graphql',
        '--subset',
        '--accept-breaking',
        '--dry-run',
        '--scope',
        'supply.domain design.domain',
        '-h',
      ]),
    ).toEqual({
      endpoint: 'http://127.0.0.1:4000/graphql',
      out: 'x.graphql',
      scope: 'supply.domain design.domain',
      subset: true,
      acceptBreaking: true,
      dryRun: true,
      help: true,
    });
  });

  it.each([
    [['--frobnicate'], /Unknown option '--frobnicate'.*--help/],
    [['--endpoint'], /--endpoint.*argument missing.*--help/],
    [['extra'], /positional.*--help/i],
    [['--endpoint', 'not a url'], /--endpoint is not a URL: not a url/],
  ])('rejects %j with a usage error', (argv, message) => {
    let caught: unknown;
    try {
      parseArguments(argv);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SchemaPullError);
    expect((caught as SchemaPullError).exitCode).toBe(EXIT_CODES.usage);
    expect((caught as SchemaPullError).message).toMatch(message);
  });

  it('documents every option and exit code in the help', () => {
    for (const option of ['--endpoint', '--out', '--subset', '--accept-breaking', '--dry-run', '--scope']) {
      expect(HELP).toContain(option);
    }
    for (const code of Object.values(EXIT_CODES))
      expect(HELP).toMatch(new RegExp(`^ {2}${code} {2}\\S`, 'm'));
    expect(HELP).toContain('NEXAR_CLIENT_ID and NEXAR_CLIENT_SECRET');
    expect(HELP).toContain('NEXAR_TOKEN');
  });
});
