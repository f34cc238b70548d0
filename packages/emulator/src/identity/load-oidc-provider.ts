type OidcProviderModule = typeof import('oidc-provider');

let loading: Promise<OidcProviderModule> | undefined;

/**
 * Imports oidc-provider once. Its entry point prints an "unsupported runtime" warning on Node 20, which the
 * emulator supports and tests on; that one notice is dropped unless `verbose` is set. Every other console
 * output of the library is avoided by configuration (own adapter, keys, pages and policies).
 */
export function loadOidcProvider(verbose = false): Promise<OidcProviderModule> {
  loading ??= importQuietly(verbose);
  return loading;
}

async function importQuietly(verbose: boolean): Promise<OidcProviderModule> {
  if (verbose) return import('oidc-provider');
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].includes('oidc-provider WARNING: Unsupported runtime')) return;
    warn(...args);
  };
  try {
    return await import('oidc-provider');
  } finally {
    console.warn = warn;
  }
}
