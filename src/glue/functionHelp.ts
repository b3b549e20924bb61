// The shape of a custom function's help, which each src/glue/functions/X.ts exports as `help` beside its code.
// build.js turns it into the JSDoc Sheets shows (autocomplete, formula help) and into docs/functions.md.

import type { SheetCell } from '../core/cellValue';

/** A single cell (passed as a value) or a range (passed as rows of cells), as Sheets hands them over. */
export type ExampleValue = SheetCell | SheetCell[][];

/**
 * A worked example: the arguments and the answer. docs/functions.md shows it as a formula with array literals
 * (`=CONVERSIONRATE({"Converted"; TRUE; FALSE})`), and test/gas/functionExamples.test.ts runs it on dist/Code.js.
 */
export interface FunctionExample {
  args: ExampleValue[];
  result: ExampleValue;
}

/** One argument of a custom function, as Sheets shows it in the formula help. */
export interface ParamHelp {
  name: string;
  /** Shown in braces in the JSDoc, e.g. `A2:A` or `"odds"`: an example of what to pass. */
  example: string;
  help: string;
  optional?: boolean;
}

/** What Sheets shows for a function marketers type in a cell. */
export interface FunctionHelp {
  summary: string;
  /** In the order the function takes them. */
  params: ParamHelp[];
  returns: string;
  examples?: FunctionExample[];
}

/** The outcome argument, shared by the functions that take a plain outcome column. */
export const outcomeHelp =
  'The outcome column: TRUE/FALSE, 1/0, yes/no or won/lost. A header in its first cell labels the result.';
