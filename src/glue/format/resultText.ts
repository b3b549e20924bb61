// Text a custom function returns from the marketer's data: never something a paste would run as a formula.

import { numberInText } from '../../core/cellValue';
import type { SheetValue } from '../parse/sheetValues';

/** Text starting with one of these is a formula (or a sign Sheets parses) when typed or pasted into a cell. */
const formulaStart = /^[=+\-@]/;

/**
 * The value as a result cell: text that Sheets would run as a formula (`=HYPERLINK(…)`, `+1 day`, `@home`) gets
 * Sheets' text prefix, an apostrophe, as LeadLift's sheet writer does, so copying the result and pasting its values
 * cannot run it; the model reader drops the prefix again. Numbers written as text (`-5`) stay as they are.
 * @example resultText('=1+1') // "'=1+1"
 */
export function resultText(value: SheetValue): SheetValue {
  return typeof value === 'string' && formulaStart.test(value) && numberInText(value.trim()) === undefined
    ? `'${value}`
    : value;
}
