/**
 * Fixed exchange rates: the emulator converts prices the same way every time,
 * so a test can compute the expected converted price itself.
 */

/** Units of each currency per 1 USD. */
export const EXCHANGE_RATES: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 0.92,
  GBP: 0.79,
  CAD: 1.36,
  JPY: 150,
  CNY: 7.2,
};

export function isSupportedCurrency(code: string): boolean {
  return Object.hasOwn(EXCHANGE_RATES, code.toUpperCase());
}

function rateOf(code: string): number {
  const rate = EXCHANGE_RATES[code.toUpperCase()];
  if (rate === undefined) {
    throw new RangeError(
      `Unsupported currency "${code}"; supported: ${Object.keys(EXCHANGE_RATES).join(', ')}`,
    );
  }
  return rate;
}

/** How many `to` one `from` buys. */
export function conversionRate(from: string, to: string): number {
  return rateOf(to) / rateOf(from);
}

/** Rounds to 4 significant digits, the precision prices are quoted in. */
export function roundPrice(value: number): number {
  return Number(value.toPrecision(4));
}

export function convertPrice(price: number, from: string, to: string): number {
  if (from.toUpperCase() === to.toUpperCase()) return price;
  return roundPrice(price * conversionRate(from, to));
}
