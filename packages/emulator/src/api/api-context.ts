import type { AccessTokenClaims } from '../identity/index.js';

/** What every resolver sees: who is asking, from which region's endpoint, and the part meter. */
export interface ApiContext {
  auth: AccessTokenClaims;
  /** Name of the region whose endpoint received the request. */
  region: string;
  /** Charges part objects to the calling application; throws Nexar's over-limit error when they do not fit. */
  chargeParts(parts: number): void;
}
