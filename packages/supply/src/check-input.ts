/**
 * Checks of what callers pass, for JavaScript callers and typos alike: each refusal names the option
 * and quotes the value as given, and nothing is sent. Wrong types are `TypeError`s, values out of
 * range `RangeError`s.
 */
import { describeValue } from '@nexar/client';
import { COUNTRY_CODES } from './country-codes.js';

/** The longest search text sent: far beyond any part number or phrase, short of pasting a file. */
export const MAX_SEARCH_LENGTH = 500;

function refuse(message: string, value: unknown, isRightType: boolean): never {
  const text = `${message}, got ${describeValue(value)}.`;
  throw isRightType ? new RangeError(text) : new TypeError(text);
}

/** An optional whole number in [min, max]: undefined passes through. */
export function checkWholeNumber(
  name: string,
  value: unknown,
  min: number,
  max: number = Number.MAX_SAFE_INTEGER,
): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
    refuse(`${name} must be a whole number ${range}`, value, typeof value === 'number');
  }
  return value;
}

/** An optional finite duration in milliseconds, 0 or more. */
export function checkMilliseconds(name: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    refuse(`${name} must be a finite number of milliseconds (0 or more)`, value, typeof value === 'number');
  }
  return value;
}

/** An optional ISO 3166-1 alpha-2 country code (any case), returned in upper case. */
export function checkCountry(name: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !COUNTRY_CODES.has(value.trim().toUpperCase())) {
    refuse(
      `${name} must be an ISO 3166-1 alpha-2 country code such as 'US', 'DE' or 'GB'`,
      value,
      typeof value === 'string',
    );
  }
  return value.trim().toUpperCase();
}

/**
 * Search text: a string with something in it, at most `MAX_SEARCH_LENGTH` characters. An optional
 * one (`required: false`) may be left out, but not given blank.
 */
export function checkSearchText(name: string, value: unknown, required: boolean): void {
  if (value === undefined || value === null) {
    if (required) refuse(`${name} is needed: give the text to search for`, value, false);
    return;
  }
  if (typeof value !== 'string') refuse(`${name} must be a string`, value, false);
  if (value.trim() === '') {
    refuse(
      `${name} is blank: give the text to search for${required ? '' : ', or leave it out'}`,
      value,
      true,
    );
  }
  if (value.length > MAX_SEARCH_LENGTH) {
    refuse(`${name} is longer than ${MAX_SEARCH_LENGTH} characters: shorten it`, value, true);
  }
}

/** A method's input object (a JavaScript caller may pass anything). */
export function checkInputObject(operation: string, value: unknown, example: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    refuse(`${operation} needs an input object such as ${example}`, value, false);
  }
}
