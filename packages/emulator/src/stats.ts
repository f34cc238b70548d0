/** Counters a test or benchmark reads to see what crossed the wire. */

export type CountedGrant = 'client_credentials' | 'authorization_code' | 'refresh_token';

export interface EmulatorStatsSnapshot {
  tokenRequests: Record<CountedGrant, number> & { total: number; rejected: number };
  apiRequests: number;
  partsReturned: number;
}

export class EmulatorStats {
  tokenRequests = { client_credentials: 0, authorization_code: 0, refresh_token: 0, total: 0, rejected: 0 };
  apiRequests = 0;
  partsReturned = 0;

  /** Records one request to the token endpoint; `grant` is undefined when the grant type was not recognised. */
  countTokenRequest(grant: string | undefined, rejected: boolean): void {
    this.tokenRequests.total += 1;
    if (grant === 'client_credentials' || grant === 'authorization_code' || grant === 'refresh_token') {
      this.tokenRequests[grant] += 1;
    }
    if (rejected) this.tokenRequests.rejected += 1;
  }

  snapshot(): EmulatorStatsSnapshot {
    return {
      tokenRequests: { ...this.tokenRequests },
      apiRequests: this.apiRequests,
      partsReturned: this.partsReturned,
    };
  }

  reset(): void {
    for (const key of Object.keys(this.tokenRequests) as (keyof typeof this.tokenRequests)[]) {
      this.tokenRequests[key] = 0;
    }
    this.apiRequests = 0;
    this.partsReturned = 0;
  }
}
