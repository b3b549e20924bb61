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
