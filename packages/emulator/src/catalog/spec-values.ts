/** Formatting of spec values: SI display strings and distributor value codes. */

const PREFIXES: readonly (readonly [scale: number, symbol: string])[] = [
  [1e9, 'G'],
  [1e6, 'M'],
  [1e3, 'k'],
  [1, ''],
  [1e-3, 'm'],
  [1e-6, 'µ'],
  [1e-9, 'n'],
  [1e-12, 'p'],
];

/** A number without float noise: `4.7000000000000005e-9` → `4.7e-9`. */
export function clean(value: number, digits = 6): number {
  return Number(value.toPrecision(digits));
}

/** `10000, 'Ω'` → `10 kΩ`; `1e-7, 'F'` → `100 nF`; `0.00254, 'm'` → `2.54 mm`. */
export function formatSi(value: number, symbol: string): string {
  if (value === 0) return `0 ${symbol}`.trim();
  const abs = Math.abs(value);
  const [scale, prefix] = PREFIXES.find(([scale]) => abs >= scale * 0.9995) ?? [1e-12, 'p'];
  return `${clean(value / scale, 4)} ${prefix}${symbol}`;
}

/** `10000` → `10k`, `4700` → `4.7k`, `100` → `100` (BOM-style resistor value). */
export function formatShort(value: number): string {
  const [scale, prefix] = PREFIXES.find(([scale]) => Math.abs(value) >= scale * 0.9995) ?? [1, ''];
  return `${clean(value / scale, 4)}${prefix}`;
}

/** Yageo-style code: 10 kΩ → `10K`, 4.7 kΩ → `4K7`, 100 Ω → `100R`, 4.75 kΩ → `4K75`. */
export function letterCode(ohms: number, minDigits = 0): string {
  const [scale, letter] = ohms >= 1e6 ? [1e6, 'M'] : ohms >= 1e3 ? [1e3, 'K'] : [1, 'R'];
  const mantissa = clean(ohms / scale, 4);
  let [whole = '0', fraction = ''] = String(mantissa).split('.');
  while (whole.length + fraction.length < minDigits) fraction += '0';
  return fraction.length > 0 ? `${whole}${letter}${fraction}` : `${whole}${letter}`;
}

/**
 * Significant digits + multiplier (EIA): 10 kΩ with 3 digits → `1002`; 100 nF in pF
 * with 2 digits → `104`; values below the digit count use `R` as the decimal point (`4R7`).
 */
export function multiplierCode(value: number, digits: number): string {
  if (value < 10 ** (digits - 1)) {
    const text = clean(value, digits).toFixed(digits);
    const [whole = '0', fraction = ''] = text.split('.');
    return `${whole}R${fraction}`.slice(0, digits + 1);
  }
  const exponent = Math.floor(Math.log10(value) + 1e-9) - (digits - 1);
  const significant = Math.round(value / 10 ** exponent);
  return `${significant}${exponent}`;
}

/** E24 standard values (one decade). */
export const E24: readonly number[] = [
  1.0, 1.1, 1.2, 1.3, 1.5, 1.6, 1.8, 2.0, 2.2, 2.4, 2.7, 3.0, 3.3, 3.6, 3.9, 4.3, 4.7, 5.1, 5.6, 6.2, 6.8,
  7.5, 8.2, 9.1,
];

/** E6 standard values (one decade). */
export const E6: readonly number[] = [1.0, 1.5, 2.2, 3.3, 4.7, 6.8];

/** E96 standard values (one decade), from the series formula. */
export const E96: readonly number[] = Array.from({ length: 96 }, (_, i) => clean(10 ** (i / 96), 3));

/** Every value of `series` from `min` to `max` inclusive. */
export function seriesValues(series: readonly number[], min: number, max: number): number[] {
  const out: number[] = [];
  for (let decade = Math.floor(Math.log10(min)) - 1; 10 ** decade <= max; decade++) {
    for (const base of series) {
      const value = clean(base * 10 ** decade);
      if (value >= min * 0.9999 && value <= max * 1.0001) out.push(value);
    }
  }
  return out;
}
