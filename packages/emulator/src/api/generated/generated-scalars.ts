/**
 * Deterministic values for the scalars of generated answers: a counter, not Math.random, so the same
 * sequence of requests against a fresh emulator gets the same answers. The mock store remembers each
 * value once generated, so repeated requests see the same value.
 */
export function generatedScalars(): Record<string, () => unknown> {
  let n = 0;
  const next = (): number => {
    n += 1;
    return n;
  };
  const epoch = Date.UTC(2025, 0, 1);
  return {
    Int: () => next() % 100,
    Float: () => (next() % 1000) / 10,
    Boolean: () => next() % 2 === 0,
    String: () => `generated-${next()}`,
    ID: () => `generated-id-${next()}`,
    DateTime: () => new Date(epoch + next() * 3_600_000).toISOString(),
    Decimal: () => (next() % 10_000) / 100,
    Long: () => next() * 1000,
    Map: () => ({}),
    Any: () => null,
    MultiplierPath: () => `generated.path.${next()}`,
  };
}
