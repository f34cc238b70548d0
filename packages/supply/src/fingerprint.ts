import { type DocumentNode, print } from 'graphql';

const fingerprints = new WeakMap<DocumentNode, string>();

/**
 * A short, stable hash of a document's printed text (two 32-bit FNV-1a hashes), so a cached answer is
 * only reused for the very same selection of fields. Not for security.
 */
export function documentFingerprint(document: DocumentNode): string {
  let value = fingerprints.get(document);
  if (value === undefined) {
    const text = print(document);
    value = fnv1a(text, 0x811c9dc5) + fnv1a(text, 0x01000193 ^ 0x5bd1e995);
    fingerprints.set(document, value);
  }
  return value;
}

function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
