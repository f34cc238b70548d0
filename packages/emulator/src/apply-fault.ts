import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FaultQueue, FaultTarget } from './faults.js';

/**
 * Applies the latency and the next queued fault for `target` to a request.
 * Returns true when the fault answered (or dropped) the request, false when it should be handled normally.
 */
export async function applyFault(
  queue: FaultQueue,
  target: FaultTarget,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  const latency = queue.latency(target);
  if (latency > 0) await sleep(latency);
  const fault = queue.take(target);
  if (!fault) return false;
  switch (fault.kind) {
    case 'delay':
      await sleep(fault.ms);
      return false;
    case 'reset':
      req.socket.destroy();
      return true;
    case 'status': {
      const headers: Record<string, string> = {
        'content-type': fault.contentType ?? 'application/json',
        'cache-control': 'no-store',
      };
      if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
      const body =
        fault.body ??
        JSON.stringify(
          target === 'token'
            ? { error: 'server_error', error_description: `Injected fault: HTTP ${fault.status}` }
            : { errors: [{ message: `Injected fault: HTTP ${fault.status}` }] },
        );
      res.writeHead(fault.status, headers).end(body);
      return true;
    }
  }
}
