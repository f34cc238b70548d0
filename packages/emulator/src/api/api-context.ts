import type { AccessTokenClaims } from '../identity/index.js';

/** What every resolver sees: who is asking, from which region's endpoint, and the part meter. */
export interface ApiContext {
  auth: AccessTokenClaims;
  /** Name of the region whose endpoint received the request. */
  region: string;
  /** Part objects resolved for this request; charged once, when the response is complete. */
  meter: { parts: number };
}
