import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { CachedEntry } from '@nexar/supply';

/** Answers larger than this are stored deflated: supply answers are repetitive JSON and shrink several times. */
const DEFLATE_FROM_BYTES = 512;
const PLAIN = 0x6a; // 'j'
const DEFLATED = 0x7a; // 'z'

/** One byte of format, then the entry as JSON `[storedAt, value]`, deflated when large. */
export function encodeEntry(entry: CachedEntry): Buffer {
  const json = Buffer.from(JSON.stringify([entry.storedAt, entry.value]));
  if (json.length < DEFLATE_FROM_BYTES) return Buffer.concat([Buffer.of(PLAIN), json]);
  return Buffer.concat([Buffer.of(DEFLATED), deflateRawSync(json)]);
}

/** Reads what `encodeEntry` wrote; undefined for anything else (a foreign or damaged value). */
export function decodeEntry(data: Buffer): CachedEntry | undefined {
  try {
    const body = data.subarray(1);
    const json = data[0] === DEFLATED ? inflateRawSync(body) : data[0] === PLAIN ? body : undefined;
    if (!json) return undefined;
    const parsed: unknown = JSON.parse(json.toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'number') return undefined;
    return { storedAt: parsed[0], value: parsed[1] };
  } catch {
    return undefined;
  }
}
