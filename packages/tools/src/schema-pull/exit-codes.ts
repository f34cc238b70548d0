/** What `nexar-schema-pull` exits with; `--help` lists the same. */
export const EXIT_CODES = {
  /** Written, already up to date, or a dry run with nothing blocking. */
  ok: 0,
  /** Breaking changes without `--accept-breaking`: nothing was written. */
  breaking: 1,
  /** Bad arguments or no credentials. */
  usage: 2,
  /** The endpoint, the identity server or the network failed, or the answer was not a usable schema. */
  endpoint: 3,
} as const;

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

/** A failure with a one-line message for the user (never a token or secret) and the exit code it means. */
export class SchemaPullError extends Error {
  override readonly name = 'SchemaPullError';
  readonly exitCode: ExitCode;

  constructor(message: string, exitCode: ExitCode) {
    super(message);
    this.exitCode = exitCode;
  }
}
