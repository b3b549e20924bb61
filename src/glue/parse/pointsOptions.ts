// Reads SUGGESTPOINTS' optional method and min_leads arguments.

import { InputError } from '../../core/inputError';
import type { SuggestMethod } from '../../core/points';
import { isEmptyCell, quoteCell } from './sheetValues';

const methods: readonly SuggestMethod[] = ['odds', 'ratio', 'difference', 'joint'];

/** The points method; "odds" when left out or empty. */
export function parseMethod(argument: unknown): SuggestMethod {
  if (argument === undefined || argument === null || isEmptyCell(argument)) return 'odds';
  const word = typeof argument === 'string' ? argument.trim().toLowerCase() : '';
  const method = methods.find((m) => m === word);
  if (!method) {
    throw new InputError(
      `The method is ${quoteCell(argument)}: use "odds", "ratio", "difference" or "joint".`,
    );
  }
  return method;
}

/** The minimum number of leads a value needs to earn points; 10 when left out or empty. */
export function parseMinLeads(argument: unknown): number {
  if (argument === undefined || argument === null || isEmptyCell(argument)) return 10;
  const number =
    typeof argument === 'number' ? argument : typeof argument === 'string' ? Number(argument.trim()) : NaN;
  if (!Number.isInteger(number) || number < 0) {
    throw new InputError(`min_leads is ${quoteCell(argument)}: give a whole number of leads, such as 10.`);
  }
  return number;
}
