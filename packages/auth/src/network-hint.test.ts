import { describe, expect, it } from 'vitest';
import { networkHint } from './network-hint.js';

function failure(code: string, message = 'connect failed'): TypeError {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) });
}

describe('networkHint', () => {
  it('points an untrusted certificate at NODE_EXTRA_CA_CERTS', () => {
    expect(networkHint(failure('SELF_SIGNED_CERT_IN_CHAIN'))).toContain('NODE_EXTRA_CA_CERTS');
    expect(networkHint(failure('UNABLE_TO_GET_ISSUER_CERT_LOCALLY'))).toContain('TLS certificate');
  });

  it('points a proxy failure at the proxy settings', () => {
    const error = new TypeError('fetch failed with a proxy configured (http://proxy:3128)', {
      cause: failure('ECONNREFUSED'),
    });
    expect(networkHint(error)).toContain('HTTPS_PROXY');
  });

  it('has nothing to add for other failures', () => {
    expect(networkHint(failure('ECONNREFUSED'))).toBeUndefined();
    expect(networkHint('not an error')).toBeUndefined();
  });
});
