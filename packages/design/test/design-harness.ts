/**
 * An emulator, a user signed in to it through the real code + PKCE exchange, and a design client whose
 * fetch notes where each request went (it passes every request on unchanged).
 */
import type { AuthorizationCodeOptions, AuthorizationCodeProvider } from '@nexar/auth';
import type { NexarRequestEvent } from '@nexar/client';
import { type Emulator, type EmulatorOptions, startEmulator } from '@nexar/emulator';
import { createDesignClient, type DesignClient, type DesignClientOptions } from '../src/index.js';
import { loginUser } from './user-login.js';

export const ACME = 'https://acme-robotics.365.altium.com';
export const ACME_EU = 'https://acme-robotics-eu.365.altium.com';
export const OPEN_LAB = 'https://open-hardware-lab.365.altium.com';

/** One GraphQL request as it crossed the wire. */
export interface SentRequest {
  endpoint: string;
  operationName: string;
  variables: Record<string, unknown>;
}

export interface DesignHarness {
  emulator: Emulator;
  auth: AuthorizationCodeProvider;
  /** Every GraphQL request any client of the harness sent, in order. */
  sent: SentRequest[];
  events: NexarRequestEvent[];
  /** A fresh design client (no locations or projects remembered) on the same login and wire log. */
  client(options?: Partial<DesignClientOptions>): DesignClient;
  /** Requests of one operation, or of all when omitted, since the log was last cleared. */
  requests(operationName?: string): SentRequest[];
  close(): Promise<void>;
}

export async function startDesignHarness(
  emulatorOptions: EmulatorOptions = {},
  authOptions: Partial<AuthorizationCodeOptions> = {},
): Promise<DesignHarness> {
  const emulator = await startEmulator({ autoLogin: true, tokenRateLimit: false, ...emulatorOptions });
  try {
    const auth = await loginUser(emulator, authOptions);
    const sent: SentRequest[] = [];
    const events: NexarRequestEvent[] = [];
    // authFetch hands over a Request (body included); read a copy and send the original on.
    const recordingFetch: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      const body = JSON.parse(await request.clone().text()) as {
        operationName?: string;
        variables?: Record<string, unknown>;
      };
      sent.push({
        endpoint: request.url,
        operationName: body.operationName ?? '',
        variables: body.variables ?? {},
      });
      return fetch(request);
    };
    return {
      emulator,
      auth,
      sent,
      events,
      client: (options = {}) =>
        createDesignClient({
          auth,
          endpoint: emulator.graphqlUrl,
          fetch: recordingFetch,
          onEvent: (event) => events.push(event),
          retry: false,
          ...options,
        }),
      requests: (operationName) =>
        operationName === undefined ? [...sent] : sent.filter((r) => r.operationName === operationName),
      close: () => emulator.close(),
    };
  } catch (error) {
    await emulator.close();
    throw error;
  }
}

/** `prj-<workspace key>-NN` ids of the demo data, 1-based. */
export function projectIds(key: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `prj-${key}-${String(i + 1).padStart(2, '0')}`);
}
