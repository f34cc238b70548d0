/** Nexar applications known to the emulator: credentials, scopes fixed at creation, and part quota. */

export type ApplicationScope = 'supply.domain' | 'design.domain';

export interface ApplicationSpec {
  /** Application id as `admApplicationById` takes it. Defaults to the client id. */
  id?: string;
  name: string;
  clientId: string;
  /** Omit for a public client (authorization code + PKCE without a secret). */
  clientSecret?: string;
  /** Fixed at creation, as on Nexar: an app without `supply.domain` cannot get a supply token. */
  scopes: ApplicationScope[];
  /** Monthly part limit; Nexar's default for an evaluation app is 1000. */
  partLimit?: number;
}

export interface Application extends Required<Omit<ApplicationSpec, 'clientSecret'>> {
  clientSecret?: string;
  /** Parts returned so far this "month". */
  partCounter: number;
}

export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
}

export const DEFAULT_PART_LIMIT = 1000;

/** The three demo applications every emulator starts with. */
export const DEMO_APPLICATIONS = {
  supply: {
    name: 'Demo supply app',
    clientId: 'demo-supply-app',
    clientSecret: 'demo-supply-secret-8f3a21',
    scopes: ['supply.domain'],
  },
  design: {
    name: 'Demo design app',
    clientId: 'demo-design-app',
    clientSecret: 'demo-design-secret-2c71e9',
    scopes: ['design.domain'],
  },
  both: {
    name: 'Demo supply + design app',
    clientId: 'demo-both-app',
    clientSecret: 'demo-both-secret-5d90b4',
    scopes: ['supply.domain', 'design.domain'],
  },
} as const satisfies Record<string, ApplicationSpec>;

export interface PartCharge {
  /** True when the parts fitted in what was left. */
  allowed: boolean;
  partCounter: number;
  partLimit: number;
}

export class ApplicationRegistry {
  readonly #byClientId = new Map<string, Application>();

  constructor(specs: Iterable<ApplicationSpec>, defaultPartLimit = DEFAULT_PART_LIMIT) {
    for (const spec of specs) {
      if (this.#byClientId.has(spec.clientId)) {
        throw new Error(`Duplicate application client id "${spec.clientId}"`);
      }
      this.#byClientId.set(spec.clientId, {
        id: spec.id ?? spec.clientId,
        name: spec.name,
        clientId: spec.clientId,
        ...(spec.clientSecret === undefined ? {} : { clientSecret: spec.clientSecret }),
        scopes: [...spec.scopes],
        partLimit: spec.partLimit ?? defaultPartLimit,
        partCounter: 0,
      });
    }
  }

  byClientId(clientId: string): Application | undefined {
    return this.#byClientId.get(clientId);
  }

  byId(id: string): Application | undefined {
    for (const app of this.#byClientId.values()) if (app.id === id) return app;
    return undefined;
  }

  all(): Application[] {
    return [...this.#byClientId.values()];
  }

  /**
   * Charges `parts` part objects to an application. A response that would go over the limit is refused
   * whole and charges nothing, so the caller can answer with Nexar's over-limit error.
   */
  chargeParts(clientId: string, parts: number): PartCharge {
    const app = this.#byClientId.get(clientId);
    if (!app) return { allowed: false, partCounter: 0, partLimit: 0 };
    if (app.partCounter + parts > app.partLimit) {
      return { allowed: false, partCounter: app.partCounter, partLimit: app.partLimit };
    }
    app.partCounter += parts;
    return { allowed: true, partCounter: app.partCounter, partLimit: app.partLimit };
  }

  /** Sets an application's part usage, e.g. to start a test near its limit. */
  setPartUsage(clientId: string, partCounter: number, partLimit?: number): void {
    const app = this.#byClientId.get(clientId);
    if (!app) throw new Error(`Unknown application client id "${clientId}"`);
    app.partCounter = partCounter;
    if (partLimit !== undefined) app.partLimit = partLimit;
  }
}
