import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApplicationRegistry } from './applications.js';
import type { Fault, FaultQueue, FaultTarget } from './faults.js';
import type { EmulatorStats } from './stats.js';

/** What the `/_emulator/*` endpoints act on: the same knobs `startEmulator` returns, for tests in other processes. */
export interface ControlTargets {
  faults: FaultQueue;
  stats: EmulatorStats;
  applications: ApplicationRegistry;
  revokeAccessTokens(): void;
}

export const CONTROL_PREFIX = '/_emulator/';

/**
 * JSON endpoints for tests that drive the emulator from another process (e.g. a CLI run as a child):
 * - `GET  /_emulator/stats`
 * - `POST /_emulator/faults` `{ target: "token"|"api", fault: Fault, times?: number }` or `{ target, latencyMs }`
 * - `DELETE /_emulator/faults`
 * - `POST /_emulator/revoke-access-tokens`
 * - `POST /_emulator/part-usage` `{ clientId, partCounter, partLimit? }`
 */
export async function handleControl(
  targets: ControlTargets,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname.slice(CONTROL_PREFIX.length);
  const route = `${req.method ?? 'GET'} ${path}`;
  try {
    switch (route) {
      case 'GET stats':
        return send(res, 200, targets.stats.snapshot());
      case 'POST faults': {
        const body = await readJson(req);
        const target = body.target;
        if (target !== 'token' && target !== 'api') throw new BadRequest('target must be "token" or "api"');
        if (typeof body.latencyMs === 'number')
          targets.faults.setLatency(target as FaultTarget, body.latencyMs);
        if (body.fault !== undefined) {
          targets.faults.inject(target, body.fault as Fault, typeof body.times === 'number' ? body.times : 1);
        }
        return send(res, 200, { pending: targets.faults.pending(target) });
      }
      case 'DELETE faults':
        targets.faults.clear();
        return send(res, 200, {});
      case 'POST revoke-access-tokens':
        targets.revokeAccessTokens();
        return send(res, 200, {});
      case 'POST part-usage': {
        const body = await readJson(req);
        if (typeof body.clientId !== 'string' || typeof body.partCounter !== 'number') {
          throw new BadRequest('send { clientId: string, partCounter: number, partLimit?: number }');
        }
        targets.applications.setPartUsage(
          body.clientId,
          body.partCounter,
          typeof body.partLimit === 'number' ? body.partLimit : undefined,
        );
        return send(res, 200, {});
      }
      default:
        return send(res, 404, { error: `No emulator control endpoint ${route}` });
    }
  } catch (error) {
    const status = error instanceof BadRequest ? 400 : 500;
    return send(res, status, { error: error instanceof Error ? error.message : 'unexpected error' });
  }
}

class BadRequest extends Error {}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new BadRequest('the body must be a JSON object');
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
