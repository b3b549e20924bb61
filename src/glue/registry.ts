// The one list of Apps Script entry points: build.js generates Code.js's top-level declarations and JSDoc from it.

/** One argument of a custom function, as Sheets shows it in the formula help. */
export interface ParamHelp {
  name: string;
  /** Shown in braces in the JSDoc, e.g. `A2:A` or `"odds"`: an example of what to pass. */
  example: string;
  help: string;
  optional?: boolean;
}

/** A function marketers type in a cell. */
export interface CustomFunctionEntry {
  kind: 'customFunction';
  name: string;
  summary: string;
  params: ParamHelp[];
  returns: string;
}

/** A function Apps Script calls: a simple trigger, a menu item, a trigger handler or a sidebar call. */
export interface HandlerEntry {
  kind: 'simpleTrigger' | 'menuItem' | 'triggerHandler' | 'sidebarCall';
  name: string;
  params: string[];
  summary: string;
}

export type EntryPoint = CustomFunctionEntry | HandlerEntry;

const outcomeHelp =
  'The outcome column: TRUE/FALSE, 1/0, yes/no or won/lost. A header in its first cell labels the result.';

export const entryPoints: readonly EntryPoint[] = [
  {
    kind: 'customFunction',
    name: 'CONVERSIONRATE',
    summary: 'The lead-to-customer conversion rate: conversions divided by leads.',
    params: [{ name: 'outcome', example: 'H2:H', help: outcomeHelp }],
    returns: 'The share of leads that converted, between 0 and 1.',
  },
  // Close rates and suggested points.
  {
    kind: 'customFunction',
    name: 'CLOSERATE',
    summary:
      'Close rates per value of an attribute (a table), or the close rate of the leads whose attribute meets a criterion.',
    params: [
      {
        name: 'attribute',
        example: 'C2:C',
        help: 'The attribute column, e.g. lead source. Spaces and case are ignored; empty cells are the value (blank).',
      },
      { name: 'outcome', example: 'H2:H', help: outcomeHelp },
      {
        name: 'criterion',
        example: '">=50"',
        help: 'Leave out for the table. Otherwise a COUNTIFS-style criterion: "Google", "goo*", ">=50", ">=10 <20", "<>Bing", "(blank)", "(any)".',
        optional: true,
      },
    ],
    returns:
      'Without criterion: Value | Leads | Conversions | Close rate | Lift, highest close rate first. With a criterion: one close rate.',
  },
  {
    kind: 'customFunction',
    name: 'SUGGESTPOINTS',
    summary:
      'Suggests points for every value of every attribute from how often leads with it became customers.',
    params: [
      {
        name: 'attributes',
        example: 'B1:F',
        help: 'Attribute columns with their names in the first row. Numeric columns are cut into up to 5 bins; date columns are skipped.',
      },
      {
        name: 'outcome',
        example: 'H1:H',
        help: 'The outcome column with its name in the first row: TRUE/FALSE, 1/0, yes/no or won/lost. Same height as attributes.',
      },
      {
        name: 'method',
        example: '"odds"',
        help: '"odds" (default): +10 points doubles the odds of converting. "ratio": close rate ÷ overall rate. "difference": close rate − overall rate in percentage points.',
        optional: true,
      },
      {
        name: 'min_leads',
        example: '10',
        help: 'Values seen in fewer leads get 0 points (default 10).',
        optional: true,
      },
    ],
    returns:
      'Attribute | Value | Points | Leads | Conversions | Close rate | Lift | Low | High (95% interval).',
  },
  // End of close rates and suggested points.
  {
    kind: 'simpleTrigger',
    name: 'onOpen',
    params: ['e'],
    summary: 'Adds the LeadLift menu when the spreadsheet opens.',
  },
  {
    kind: 'simpleTrigger',
    name: 'onInstall',
    params: ['e'],
    summary: 'Adds the LeadLift menu right after the add-on is installed.',
  },
  {
    kind: 'menuItem',
    name: 'showSidebar',
    params: [],
    summary: 'Opens the LeadLift sidebar.',
  },
  {
    kind: 'sidebarCall',
    name: 'getSheetOverview',
    params: [],
    summary: 'Tells the sidebar which sheets there are and the active sheet’s header row.',
  },
];
