/** Error codes the API puts in `extensions.code`, as Nexar does. */
export const ApiErrorCode = {
  expiredToken: 'AuthExpiredToken',
  invalidToken: 'AuthInvalidToken',
  notAuthorized: 'AUTH_NOT_AUTHORIZED',
  partLimitExceeded: 'PART_LIMIT_EXCEEDED',
  invalidArgument: 'INVALID_ARGUMENT',
  notFound: 'NOT_FOUND',
  wrongRegion: 'WRONG_REGION',
} as const;
