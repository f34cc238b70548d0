/** Progress of a BOM run, for progress bars: lines done, requests, parts and an estimate of the time left. */

export interface BomProgress {
  linesDone: number;
  linesTotal: number;
  /** HTTP requests sent to the API so far (retries included; see `BomSummary.requests`). */
  requests: number;
  /** Parts the API returned to this run so far. */
  partsUsed: number;
  /** Distinct queries answered from the cache. */
  cacheHits: number;
  /** Estimated milliseconds left: the mean time per finished batch × the batches left; undefined until one finishes. */
  etaMs: number | undefined;
}

export class ProgressTracker {
  readonly #onProgress: ((progress: BomProgress) => void) | undefined;
  readonly #now: () => number;
  readonly #linesTotal: number;
  #linesDone = 0;
  #requests = 0;
  #partsUsed = 0;
  #cacheHits = 0;
  #batchesTotal = 0;
  #batchesDone = 0;
  #startedAt: number | undefined;

  constructor(
    linesTotal: number,
    onProgress: ((progress: BomProgress) => void) | undefined,
    now: () => number,
  ) {
    this.#linesTotal = linesTotal;
    this.#onProgress = onProgress;
    this.#now = now;
  }

  get requests(): number {
    return this.#requests;
  }

  get partsUsed(): number {
    return this.#partsUsed;
  }

  get cacheHits(): number {
    return this.#cacheHits;
  }

  /** Lines answered from the cache, before any request. */
  cached(queries: number, lines: number): void {
    this.#cacheHits += queries;
    this.#linesDone += lines;
  }

  /** A query another caller (sharing the cache) paid for while this run waited: a cache hit after all. */
  shared(lines: number): void {
    this.#cacheHits++;
    this.#linesDone += lines;
    this.#emit();
  }

  start(batches: number): void {
    this.#batchesTotal = batches;
    this.#startedAt = this.#now();
    this.#emit();
  }

  request(): void {
    this.#requests++;
  }

  parts(count: number): void {
    this.#partsUsed += count;
  }

  batchDone(lines: number): void {
    this.#batchesDone++;
    this.#linesDone += lines;
    this.#emit();
  }

  snapshot(): BomProgress {
    return {
      linesDone: this.#linesDone,
      linesTotal: this.#linesTotal,
      requests: this.#requests,
      partsUsed: this.#partsUsed,
      cacheHits: this.#cacheHits,
      etaMs: this.#eta(),
    };
  }

  #eta(): number | undefined {
    const left = this.#batchesTotal - this.#batchesDone;
    if (left <= 0) return 0;
    if (this.#batchesDone === 0 || this.#startedAt === undefined) return undefined;
    const elapsed = this.#now() - this.#startedAt;
    return Math.round((elapsed / this.#batchesDone) * left);
  }

  #emit(): void {
    if (!this.#onProgress) return;
    try {
      this.#onProgress(this.snapshot());
    } catch {
      // A progress bar that throws must not break the run.
    }
  }
}
