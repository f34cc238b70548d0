/** System error codes of certificate failures (Node/OpenSSL). */
const TLS_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
]);

/**
 * A hint for a network failure that has a usual cause: an untrusted certificate (often a company proxy
 * that inspects TLS) or a proxy that refused or failed. Undefined for anything else.
 */
export function networkHint(error: unknown): string | undefined {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 6; depth += 1) {
    const code = 'code' in cause && typeof cause.code === 'string' ? cause.code : '';
    if (TLS_CODES.has(code) || /certificate/i.test(cause.message)) {
      return 'The server’s TLS certificate was not trusted. Behind a proxy that inspects TLS, point NODE_EXTRA_CA_CERTS at your organisation’s CA certificate file; check also that the machine’s clock is right.';
    }
    if (/proxy/i.test(cause.message) || code.startsWith('UND_ERR_PROXY')) {
      return 'The proxy (HTTPS_PROXY / HTTP_PROXY) refused or could not make the connection: check its address and credentials, or list the host in NO_PROXY to go direct.';
    }
    cause = cause.cause;
  }
  return undefined;
}
