import type { IncomingMessage } from 'node:http';

/** Largest form body the identity server reads (oidc-provider's own limit is 56 KiB). */
export const MAX_FORM_BYTES = 56 * 1024;

export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
  constructor() {
    super(`request body larger than ${MAX_FORM_BYTES} bytes`);
  }
}

/** Reads a request body into memory, refusing more than `MAX_FORM_BYTES`. */
export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_FORM_BYTES) throw new BodyTooLargeError();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, size);
}

/** True when the request says its body is an HTML form (`application/x-www-form-urlencoded`). */
export function isFormRequest(req: IncomingMessage): boolean {
  const type = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  return type === 'application/x-www-form-urlencoded';
}

/** Reads and parses a form body; an empty form when the request carries no form. */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const body = await readBody(req);
  return isFormRequest(req) ? new URLSearchParams(body.toString('utf8')) : new URLSearchParams();
}
