/** A part's extended price shared back to its lines by need, in whole minor units that add up exactly. */

/** Splits `minor` in proportion to `weights` (largest remainder): the shares sum to `minor`. */
export function shareMinor(minor: number, weights: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (total <= 0) return weights.map((_, i) => (i === 0 ? minor : 0));
  const exact = weights.map((w) => (minor * w) / total);
  const shares = exact.map(Math.floor);
  let left = minor - shares.reduce((sum, s) => sum + s, 0);
  const order = exact
    .map((value, i) => ({ i, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    shares[i] = (shares[i] as number) + 1;
    left--;
  }
  return shares;
}
