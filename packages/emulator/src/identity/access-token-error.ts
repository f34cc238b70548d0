/** Nexar's API error codes for a rejected access token (`extensions.code` on a 401). */
export type AccessTokenErrorCode = 'AuthExpiredToken' | 'AuthInvalidToken';

/** Why an access token was refused. The message never contains the token. */
export class AccessTokenError extends Error {
  override readonly name = 'AccessTokenError';
  readonly code: AccessTokenErrorCode;

  constructor(code: AccessTokenErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
