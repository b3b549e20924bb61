// The lead-to-customer conversion rate of a set of leads.

import { InputError } from './inputError';

/**
 * Conversions ÷ leads, where `converted[i]` is 1 for a lead that became a customer and 0 otherwise.
 * @example conversionRate(Uint8Array.of(1, 0, 0, 1)) // 0.5
 */
export function conversionRate(converted: ArrayLike<number>): number {
  if (converted.length === 0) throw new InputError('There are no leads: the outcome range is empty.');
  let conversions = 0;
  for (let i = 0; i < converted.length; i++) conversions += converted[i];
  return conversions / converted.length;
}
