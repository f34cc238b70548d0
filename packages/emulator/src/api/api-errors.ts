import { GraphQLError } from 'graphql';
import { ApiErrorCode } from './api-error-codes.js';

export { ApiErrorCode };

export function apiError(
  code: (typeof ApiErrorCode)[keyof typeof ApiErrorCode],
  message: string,
): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

export function invalidArgument(message: string): GraphQLError {
  return apiError(ApiErrorCode.invalidArgument, message);
}
