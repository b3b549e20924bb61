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
  // Scoring, grades, stages, decay and the report card.
  {
    kind: 'customFunction',
    name: 'LEADGRADE',
    summary: 'The lead grade, fit letter A (best) to E and engagement digit 1 (most engaged) to 5, e.g. B2.',
    params: [
      {
        name: 'fit',
        example: 'G2:G',
        help: 'The fit scores: a single value or a range (a header cell passes through as Grade).',
      },
      { name: 'engagement', example: 'H2:H', help: 'The engagement scores: the same shape as fit.' },
      {
        name: 'fit_cuts',
        example: 'K1:N1',
        help: '4 ascending numbers, the lowest fit score of grades D, C, B and A. Without them, quintiles of fit are used (needs 5 or more scores).',
        optional: true,
      },
      {
        name: 'engagement_cuts',
        example: 'K2:N2',
        help: '4 ascending numbers, the lowest engagement score of grades 4, 3, 2 and 1. Without them, quintiles.',
        optional: true,
      },
    ],
    returns: 'One grade per lead, such as A1 or C4.',
  },
  {
    kind: 'customFunction',
    name: 'LEADSTAGE',
    summary: 'A lifecycle stage per score: each threshold reached moves the lead one stage up.',
    params: [
      {
        name: 'score',
        example: 'G2:G',
        help: 'The scores: a single value or a range (a header cell passes through as Stage).',
      },
      {
        name: 'thresholds',
        example: 'K1:L1',
        help: 'Ascending scores where the next stage begins; a score equal to a threshold reaches it.',
      },
      {
        name: 'labels',
        example: 'K2:M2',
        help: 'One label more than thresholds. Defaults: Not qualified, Qualified (1 threshold); Discard, Nurture, Sales-ready (2).',
        optional: true,
      },
    ],
    returns: 'One stage label per score.',
  },
  {
    kind: 'customFunction',
    name: 'SCOREDECAY',
    summary: 'Scores cooled by time: score × 0.5^(days since last activity ÷ half-life).',
    params: [
      {
        name: 'score',
        example: 'G2:G',
        help: 'The scores: a single value or a range (a header cell passes through as Score).',
      },
      {
        name: 'last_activity',
        example: 'E2:E',
        help: 'The date of each lead’s last activity; an empty date leaves the score as it is, a future date means no decay.',
      },
      {
        name: 'half_life_days',
        example: '30',
        help: 'Days for a score to halve; 30 when left out.',
        optional: true,
      },
      {
        name: 'as_of',
        example: 'TODAY()',
        help: 'The day to decay to. Pass TODAY() so the sheet recalculates every day.',
        optional: true,
      },
    ],
    returns: 'The decayed scores, in the same shape.',
  },
  {
    kind: 'customFunction',
    name: 'LIFTTABLE',
    summary:
      'How well scores separate buyers: score bands of equal size with close rate, lift and conversions captured.',
    params: [
      {
        name: 'scores',
        example: 'G2:G',
        help: 'The lead scores, one column; a header in the first cell is skipped.',
      },
      { name: 'outcome', example: 'H2:H', help: outcomeHelp },
      {
        name: 'bands',
        example: '10',
        help: 'How many bands; 10 when left out. Tied scores never split, so there may be fewer.',
        optional: true,
      },
    ],
    returns: 'A table: Band, From, To, Leads, Conversions, Close rate, Lift, Conversions captured.',
  },
  {
    kind: 'customFunction',
    name: 'SCOREAUC',
    summary:
      'The chance that a random converted lead outscores a random non-converted one (ties count half).',
    params: [
      {
        name: 'scores',
        example: 'G2:G',
        help: 'The lead scores, one column; a header in the first cell is skipped.',
      },
      { name: 'outcome', example: 'H2:H', help: outcomeHelp },
    ],
    returns: 'A number from 0 to 1: 0.5 is no better than chance, 1 separates perfectly.',
  },
  // End of scoring.
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
