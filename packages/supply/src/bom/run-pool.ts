/**
 * Runs `count` tasks, at most `concurrency` at a time, starting them in index order. The first task
 * that throws stops new starts; the pool waits for the running ones to settle (so nothing is left
 * running behind the caller's back) and then rethrows that first error. `stopped()` also stops new starts.
 */
export async function runPool(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<void>,
  stopped: () => boolean = () => false,
): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (next < count && !failure && !stopped()) {
      const index = next++;
      try {
        await task(index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, count)) }, worker));
  if (failure) throw failure.error;
}
