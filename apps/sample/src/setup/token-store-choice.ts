import {
  defaultTokenFilePath,
  FileTokenStore,
  openKeychainTokenStore,
  type TokenStore,
} from '@nexar/auth/node';

export interface TokenStoreChoice {
  store: TokenStore;
  /** One line for the user: where the signed-in session is kept. */
  note: string;
}

/**
 * Where a signed-in user's tokens go between runs: the OS keychain when this machine has one, else the
 * token file, in plain text (mode 0600), said out loud. An explicit token file is used as asked.
 */
export async function chooseTokenStore(tokenFile: string | undefined): Promise<TokenStoreChoice> {
  if (tokenFile !== undefined) {
    return { store: new FileTokenStore({ path: tokenFile }), note: `Tokens are kept in ${tokenFile}.` };
  }
  const keychain = await openKeychainTokenStore();
  if (keychain.available) {
    return { store: keychain.store, note: 'Tokens are kept in the operating system’s keychain.' };
  }
  const path = defaultTokenFilePath();
  return {
    store: new FileTokenStore({ path }),
    note: `No OS keychain: ${keychain.reason}. Tokens are kept in plain text in ${path} (readable only by you).`,
  };
}
