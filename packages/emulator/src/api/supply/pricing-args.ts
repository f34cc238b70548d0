import { EXCHANGE_RATES, isSupportedCurrency } from '../../catalog/index.js';
import { invalidArgument } from '../api-errors.js';
import type { Pricing } from './part-view.js';

export interface PricingArgs {
  country?: string | null;
  currency?: string | null;
}

/** Validates a root field's `country` and `currency` (the schema defaults them to US and USD). */
export function pricingFromArgs(field: string, args: PricingArgs): Pricing {
  const country = (args.country ?? 'US').trim();
  const currency = (args.currency ?? 'USD').trim();
  if (!/^[A-Za-z]{2}$/.test(country)) {
    throw invalidArgument(
      `${field}: country must be an ISO 3166 alpha-2 code such as "US" or "DE", got ${JSON.stringify(country)}.`,
    );
  }
  if (!isSupportedCurrency(currency)) {
    throw invalidArgument(
      `${field}: currency ${JSON.stringify(currency)} is not supported; use one of ${Object.keys(EXCHANGE_RATES).join(', ')}.`,
    );
  }
  return { country: country.toUpperCase(), currency: currency.toUpperCase() };
}
