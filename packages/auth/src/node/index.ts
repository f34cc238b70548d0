// Node-only additions; everything of the main entry is available here too.
export * from '../index.js';
export {
  type CallbackOutcome,
  type CallbackServer,
  type CallbackServerOptions,
  startCallbackServer,
} from './callback-server.js';
export { clientCredentials } from './client-credentials.js';
export { noDisplayReason } from './display.js';
export { type FileLockOptions, withFileLock } from './file-lock.js';
export {
  defaultTokenFilePath,
  FileTokenStore,
  type FileTokenStoreOptions,
  type Logger,
} from './file-token-store.js';
export {
  type KeychainAvailability,
  KeychainTokenStore,
  type KeychainTokenStoreOptions,
  type KeyringEntry,
  type KeyringModule,
  openKeychainTokenStore,
} from './keychain-token-store.js';
export type { LoginMode } from './login.js';
export {
  authorizationCode,
  DEFAULT_LOGIN_TIMEOUT_MS,
  type LoginOptions,
  login,
  type NodeAuthorizationCodeProvider,
} from './login.js';
export { type BrowserOpener, browserCommand, openSystemBrowser } from './open-browser.js';
export type { PastedUrlReader } from './paste-login.js';
export { type ProxyFetchOptions, proxyAwareFetch } from './proxy-fetch.js';
