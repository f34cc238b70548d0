/** Small helpers for the benchmark's figures. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function verdict(pass: boolean): string {
  return pass ? 'PASS' : 'FAIL';
}

export const fixed = (value: number, digits = 1): string => value.toFixed(digits);
