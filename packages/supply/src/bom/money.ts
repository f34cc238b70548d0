/**
 * Money without float drift. Prices arrive as JSON numbers with a few significant digits (0.3772,
 * 0.0092); each is read as an exact decimal from its shortest string form, multiplied by the
 * (integer) order quantity in BigInt, and rounded half-up once, to the currency's minor unit
 * (cents; none for JPY). Totals add integer minor units, so they are exact sums of the lines.
 */

export interface Money {
  /** ISO 4217 code. */
  currency: string;
  /** The amount in the currency's minor unit (cents for USD and EUR), an exact integer. */
  minor: number;
  /** Digits after the decimal point of the minor unit (2 for USD, 0 for JPY). */
  digits: number;
  /** `minor / 10^digits`, for display: format it with `toFixed(digits)`. */
  amount: number;
}

const digitsByCurrency = new Map<string, number>();

/** Digits of a currency's minor unit, from the runtime's currency data (2 when unknown). Memoised: Intl is slow to construct. */
export function minorDigits(currency: string): number {
  const code = currency.toUpperCase();
  let digits = digitsByCurrency.get(code);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
          .maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsByCurrency.set(code, digits);
  }
  return digits;
}

export function money(currency: string, minor: number): Money {
  const digits = minorDigits(currency);
  return { currency, minor, digits, amount: minor / 10 ** digits };
}

/** A finite, non-negative number as an exact decimal: `units / 10^scale`. */
function decimalOf(value: number): { units: bigint; scale: number } {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`not a price: ${value}`);
  const [mantissa = '0', exponentText] = String(value).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  let units = BigInt(whole + fraction);
  let scale = fraction.length - Number(exponentText ?? 0);
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { units, scale };
}

/** `unitPrice × quantity`, rounded half-up to the minor unit: an exact integer number of minor units. */
export function extendedMinor(unitPrice: number, quantity: number, digits: number): number {
  if (!Number.isSafeInteger(quantity) || quantity < 0) throw new RangeError(`not a quantity: ${quantity}`);
  const fast = extendedMinorInSafeIntegers(unitPrice, quantity, digits);
  if (fast !== undefined) return fast;
  const { units, scale } = decimalOf(unitPrice);
  const exact = units * BigInt(quantity); // in units of 10^-scale
  if (scale <= digits) return Number(exact * 10n ** BigInt(digits - scale));
  const divisor = 10n ** BigInt(scale - digits);
  return Number((exact + divisor / 2n) / divisor);
}

/**
 * The same exact computation in safe integers, without BigInt, for the usual price (a few decimals)
 * times the usual quantity; undefined when any step would leave the safe range (BigInt then does it).
 */
function extendedMinorInSafeIntegers(
  unitPrice: number,
  quantity: number,
  digits: number,
): number | undefined {
  if (!Number.isFinite(unitPrice) || unitPrice < 0) return undefined;
  const decimal = shortDecimal(unitPrice);
  if (decimal === undefined) return undefined;
  const { units, scale } = decimal;
  const exact = units * quantity; // in units of 10^-scale
  if (!Number.isSafeInteger(units) || !Number.isSafeInteger(exact)) return undefined;
  if (scale <= digits) {
    const minor = exact * 10 ** (digits - scale);
    return Number.isSafeInteger(minor) ? minor : undefined;
  }
  if (scale - digits > 15) return undefined;
  const divisor = 10 ** (scale - digits);
  const rest = exact % divisor;
  return (exact - rest) / divisor + (2 * rest >= divisor ? 1 : 0);
}

/**
 * The shortest exact decimal of a price with at most 12 digits after the point (as `String` would
 * write it, without making the string: this runs for every offer of every line), or undefined.
 * `units / 10^scale` is the double nearest the decimal; the first scale at which it gives the price
 * back is the shortest.
 */
function shortDecimal(value: number): { units: number; scale: number } | undefined {
  let power = 1;
  for (let scale = 0; scale <= 12; scale++, power *= 10) {
    const units = Math.round(value * power);
    if (!Number.isSafeInteger(units)) return undefined;
    if (units / power === value) return { units, scale };
  }
  return undefined;
}

/** Sum of amounts in one currency. */
export function sumMoney(currency: string, amounts: readonly Money[]): Money {
  return money(
    currency,
    amounts.reduce((sum, m) => sum + m.minor, 0),
  );
}
