/** Cryptographically random bytes; injectable so tests can fix `state`, `nonce` and the PKCE verifier. */
export type RandomBytes = (length: number) => Uint8Array;

export const webCryptoRandomBytes: RandomBytes = (length) => crypto.getRandomValues(new Uint8Array(length));

/** Bytes of entropy behind each state, nonce and PKCE verifier (RFC 7636 asks for at least 32). */
export const RANDOM_VALUE_BYTES = 32;

/** A base64url string (no padding) of `length` random bytes: 32 bytes give a 43-character PKCE verifier. */
export function randomUrlSafe(randomBytes: RandomBytes, length = RANDOM_VALUE_BYTES): string {
  const bytes = randomBytes(length);
  if (bytes.length < length)
    throw new RangeError(`randomBytes returned ${bytes.length} bytes, ${length} needed`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
