import { describe, expect, it } from 'vitest';
import { extendedMinor, minorDigits, money, sumMoney } from './money.js';

describe('money', () => {
  it('multiplies exact decimals and rounds half-up once, to the minor unit', () => {
    expect(extendedMinor(0.1, 3, 2)).toBe(30); // 0.1 × 3 is 0.30000000000000004 in floats
    expect(extendedMinor(0.3772, 25, 2)).toBe(943); // 9.43
    expect(extendedMinor(0.0092, 1000, 2)).toBe(920);
    expect(extendedMinor(0.125, 1, 2)).toBe(13); // half-up
    expect(extendedMinor(0.0049, 1, 2)).toBe(0);
    expect(extendedMinor(1e-7, 100_000_000, 2)).toBe(1000);
    expect(extendedMinor(150, 7, 0)).toBe(1050);
    expect(extendedMinor(1.15, 1000, 2)).toBe(115_000);
  });

  it('gives the exact result for prices and quantities past the safe-integer range too', () => {
    /** Reference: the price's shortest decimal string times the quantity in BigInt, rounded half-up. */
    const reference = (price: number, quantity: number, digits: number) => {
      const [whole = '0', fraction = ''] = String(price).split('.');
      const exact = BigInt(whole + fraction) * BigInt(quantity);
      const shift = fraction.length - digits;
      if (shift <= 0) return Number(exact * 10n ** BigInt(-shift));
      const divisor = 10n ** BigInt(shift);
      return Number((exact + divisor / 2n) / divisor);
    };
    let seed = 1;
    const next = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < 2000; i++) {
      const price = Number((next() * 10 ** Math.floor(next() * 6)).toFixed(Math.floor(next() * 7)));
      const quantity = Math.floor(next() * 10 ** Math.floor(next() * 9));
      expect(extendedMinor(price, quantity, 2)).toBe(reference(price, quantity, 2));
    }
    expect(extendedMinor(123456.123456, 9_007_199_254, 2)).toBe(reference(123456.123456, 9_007_199_254, 2));
  });

  it('adds lines in minor units with no drift', () => {
    const lines = Array.from({ length: 10 }, () => money('USD', extendedMinor(0.1, 1, 2)));
    const total = sumMoney('USD', lines);
    expect(total.minor).toBe(100);
    expect(total.amount).toBe(1);
  });

  it('knows currencies without a minor unit', () => {
    expect(minorDigits('USD')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(money('JPY', 1050).amount).toBe(1050);
    expect(money('EUR', 943)).toEqual({ currency: 'EUR', minor: 943, digits: 2, amount: 9.43 });
  });

  it('refuses what is not a price or a quantity', () => {
    expect(() => extendedMinor(-1, 1, 2)).toThrow(RangeError);
    expect(() => extendedMinor(Number.NaN, 1, 2)).toThrow(RangeError);
    expect(() => extendedMinor(1, 1.5, 2)).toThrow(RangeError);
  });
});

describe('extendedMinor: agrees with the decimal the price prints as', () => {
  // Reference: the price's shortest string form, multiplied in BigInt and rounded half-up.
  const reference = (price: number, quantity: number, digits: number): number => {
    const [mantissa = '0', exponent = '0'] = String(price).split('e');
    const [whole = '0', fraction = ''] = mantissa.split('.');
    let scale = fraction.length - Number(exponent);
    let units = BigInt(whole + fraction);
    if (scale < 0) {
      units *= 10n ** BigInt(-scale);
      scale = 0;
    }
    const exact = units * BigInt(quantity);
    if (scale <= digits) return Number(exact * 10n ** BigInt(digits - scale));
    const divisor = 10n ** BigInt(scale - digits);
    return Number((exact + divisor / 2n) / divisor);
  };

  it('for prices of up to 8 decimals, tiny and large prices, and arbitrary doubles', () => {
    let seed = 12345;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const prices = [0.1, 0.2, 0.3, 1.005, 2.675, 5e-7, 1.5e-9, 123456.789, 0.30000000000000004, 1e21];
    for (let i = 0; i < 3000; i++) {
      const decimals = Math.floor(next() * 9);
      prices.push(Math.round(next() * 10 ** (decimals + 2)) / 10 ** decimals);
      prices.push(next() * 10 ** Math.floor(next() * 6 - 3));
    }
    for (const price of prices) {
      for (const quantity of [1, 7, 2500, 123_457]) {
        for (const digits of [0, 2, 3]) {
          expect(extendedMinor(price, quantity, digits), `${price} × ${quantity}`).toBe(
            reference(price, quantity, digits),
          );
        }
      }
    }
  });
});
