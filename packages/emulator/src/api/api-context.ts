import type { AccessTokenClaims } from '../identity/index.js';
import type { ResponsePath } from './returned-parts.js';

/** What every resolver sees: who is asking, from which region's endpoint, and the part meter. */
export interface ApiContext {
  auth: AccessTokenClaims;
  /** Name of the region whose endpoint received the request. */
  region: string;
  /**
   * Part objects resolved for this request, and the response paths of the fields that resolved them;
   * what the finished answer holds at those paths is charged once (`charge-parts.ts`).
   */
  meter: { parts: number; paths?: ResponsePath[] };
}
