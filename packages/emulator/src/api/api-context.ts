import type { AccessTokenClaims } from '../identity/index.js';
import type { PartEntry } from './returned-parts.js';

/** What every resolver sees: who is asking, from which region's endpoint, and the part meter. */
export interface ApiContext {
  auth: AccessTokenClaims;
  /** Name of the region whose endpoint received the request. */
  region: string;
  /**
   * Part objects resolved for this request, and where (`returned-parts.ts`); what the finished answer
   * holds is charged once (`charge-parts.ts`).
   */
  meter: { parts: number; entries?: PartEntry[] };
}
