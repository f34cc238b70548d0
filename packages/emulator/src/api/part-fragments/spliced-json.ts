import { randomBytes } from 'node:crypto';

/** Drawn once per process: a token cannot be told from an answer, which never holds one. */
const PROCESS_PREFIX = randomBytes(12).toString('hex');
let answers = 0;

function nextPrefix(): string {
  answers = (answers + 1) % Number.MAX_SAFE_INTEGER;
  return `${PROCESS_PREFIX}-${answers}:`;
}

/**
 * Placeholders in an answer that stand for serialised JSON: a placeholder is the object `{ id: token }`,
 * whose token starts with a random prefix no answer can guess (and its own answer's number).
 * `stringify` writes the answer with each placeholder replaced by its JSON, as UTF-8 bytes, so the
 * fragments are copied and never encoded again.
 */
export class SplicedJson {
  readonly #prefix = nextPrefix();
  /** The placeholder as JSON.stringify writes it, up to its number. */
  readonly #marker = `{"id":"${this.#prefix}`;
  readonly #pieces: Buffer[] = [];

  /** A placeholder object for `json`, to stand in the answer where `json` goes. */
  placeholder(json: Buffer): { id: string } {
    this.#pieces.push(json);
    return { id: `${this.#prefix}${this.#pieces.length - 1}` };
  }

  get size(): number {
    return this.#pieces.length;
  }

  /** `value` as JSON.stringify writes it, with every placeholder replaced by its JSON. */
  stringify(value: unknown): Buffer {
    const text = JSON.stringify(value);
    const marker = this.#marker;
    const parts: Buffer[] = [];
    let from = 0;
    for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, from)) {
      const numberStart = at + marker.length;
      const end = text.indexOf('"}', numberStart);
      const piece = this.#pieces[Number(text.slice(numberStart, end))];
      if (piece === undefined) throw new Error('An answer refers to a serialised part it does not have.');
      parts.push(Buffer.from(text.slice(from, at)), piece);
      from = end + 2;
    }
    parts.push(Buffer.from(text.slice(from)));
    return Buffer.concat(parts);
  }
}
