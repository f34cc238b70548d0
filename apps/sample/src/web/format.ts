/** Display formats of the page (English, one locale so the page reads the same everywhere). */
import type { Money } from '@nexar/supply';

const LOCALE = 'en-US';

export function formatMoney(money: Money): string {
  return new Intl.NumberFormat(LOCALE, {
    style: 'currency',
    currency: money.currency,
    minimumFractionDigits: money.digits,
    maximumFractionDigits: money.digits,
  }).format(money.amount);
}

/** An amount in a currency, to its minor unit. */
export function formatAmount(amount: number, currency: string): string {
  return new Intl.NumberFormat(LOCALE, { style: 'currency', currency }).format(amount);
}

/** A unit price: up to 4 decimals, as distributors quote them (0.0092). */
export function formatUnitPrice(price: number, currency: string): string {
  return new Intl.NumberFormat(LOCALE, {
    style: 'currency',
    currency,
    maximumFractionDigits: Math.max(4, minimumDigits(currency)),
  }).format(price);
}

export function formatCount(count: number): string {
  return count.toLocaleString(LOCALE);
}

function minimumDigits(currency: string): number {
  return (
    new Intl.NumberFormat(LOCALE, { style: 'currency', currency }).resolvedOptions().minimumFractionDigits ??
    2
  );
}
