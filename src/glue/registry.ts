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
  // Scoring, grades, stages, decay and the report card.
  {
    kind: 'customFunction',
    name: 'LEADSCORE',
    summary:
      'Scores each lead with a model: the total of the points of every rule it matches, in one column aligned with the leads.',
    params: [
      {
        name: 'leads',
        example: 'A1:F',
        help: 'The leads with their column names in the first row; the model’s attributes name these columns (case and spaces ignored).',
      },
      {
        name: 'model',
        example: 'Model!A1:D',
        help: 'The model: a header row naming Attribute, Value (or Criterion) and Points, optionally Dimension; =SUGGESTPOINTS output works as it is.',
      },
      {
        name: 'dimension',
        example: '"Fit"',
        help: 'Count only the rules of this dimension (from the model’s Dimension column); leave out for all rules.',
        optional: true,
      },
    ],
    returns:
      'A header (Score, or "<Dimension> score"), then one score per lead; an empty lead row gives an empty cell.',
  },
  {
    kind: 'customFunction',
    name: 'LEADREASONS',
    summary:
      'Explains each lead’s score: the rules that gave it the most points, e.g. "+15 Lead Source = Webinar; −10 Occupation = Student".',
    params: [
      {
        name: 'leads',
        example: 'A1:F',
        help: 'The leads with their column names in the first row, as given to LEADSCORE.',
      },
      {
        name: 'model',
        example: 'Model!A1:D',
        help: 'The model: a header row naming Attribute, Value (or Criterion) and Points.',
      },
      {
        name: 'top_n',
        example: '3',
        help: 'How many contributions to show per lead, largest first (default 3).',
        optional: true,
      },
    ],
    returns: 'A header (Why), then one text per lead; an empty lead row gives an empty cell.',
  },
  {
    kind: 'customFunction',
    name: 'LEADGRADE',
    summary:
      'The lead grade: a letter for fit (A best to E) and a digit for engagement (1 most engaged to 5), e.g. B2.',
    params: [
      {
        name: 'fit',
        example: 'G1:G',
        help: 'Fit scores: one value or a range (text in its first row is a header and gives "Grade").',
      },
      {
        name: 'engagement',
        example: 'H1:H',
        help: 'Engagement scores, the same shape as fit.',
      },
      {
        name: 'fit_cuts',
        example: 'K1:N1',
        help: 'The lowest fit score of grades D, C, B and A, e.g. {20, 40, 60, 80}. Leave out to use quintiles of fit (A = top 20%).',
        optional: true,
      },
      {
        name: 'engagement_cuts',
        example: 'K2:N2',
        help: 'The lowest engagement score of 4, 3, 2 and 1, e.g. {5, 10, 20, 40}. Leave out to use quintiles of engagement.',
        optional: true,
      },
    ],
    returns: 'One grade per lead, e.g. A1 or C4, the same shape as fit; an empty score gives an empty cell.',
  },
  {
    kind: 'customFunction',
    name: 'LEADSTAGE',
    summary: 'The stage of each score, e.g. Discard, Nurture or Sales-ready, from ascending thresholds.',
    params: [
      {
        name: 'score',
        example: 'G1:G',
        help: 'Scores: one value or a range (text in its first row is a header and gives "Stage").',
      },
      {
        name: 'thresholds',
        example: 'K1:L1',
        help: 'Ascending scores where each stage above the first starts, e.g. {30, 60}; a score equal to a threshold is in the higher stage.',
      },
      {
        name: 'labels',
        example: 'K2:N2',
        help: 'One more label than thresholds, lowest stage first, e.g. {"Cold", "Nurture", "MQL", "SQL"}. Defaults: Not qualified/Qualified for 1 threshold, Discard/Nurture/Sales-ready for 2.',
        optional: true,
      },
    ],
    returns: 'One stage per score, the same shape as score.',
  },
  {
    kind: 'customFunction',
    name: 'SCOREDECAY',
    summary: 'Cools down scores of inactive leads: score × 0.5^(days since last activity ÷ half-life).',
    params: [
      {
        name: 'score',
        example: 'G1:G',
        help: 'Scores: one value or a range (text in its first row is a header and gives "Decayed score").',
      },
      {
        name: 'last_activity',
        example: 'E1:E',
        help: 'The date of each lead’s last activity, the same shape as score. An empty date leaves the score as it is.',
      },
      {
        name: 'half_life_days',
        example: '30',
        help: 'Days after which a score is halved (default 30).',
        optional: true,
      },
      {
        name: 'as_of',
        example: 'TODAY()',
        help: 'The day to decay to. Pass TODAY() so the scores are recalculated every day.',
        optional: true,
      },
    ],
    returns: 'The decayed scores, the same shape as score; an activity dated in the future means no decay.',
  },
  {
    kind: 'customFunction',
    name: 'LIFTTABLE',
    summary:
      'How well scores separate buyers: score bands of equal lead counts, from the top, with close rate, lift and the share of conversions captured.',
    params: [
      {
        name: 'scores',
        example: 'G1:G',
        help: 'The scores, e.g. =LEADSCORE output. Empty cells are left out.',
      },
      { name: 'outcome', example: 'H1:H', help: outcomeHelp },
      {
        name: 'bands',
        example: '10',
        help: 'How many bands (default 10). Tied scores are never split, so there may be fewer.',
        optional: true,
      },
    ],
    returns:
      'Band | From | To | Leads | Conversions | Close rate | Lift | Conversions captured, band 1 the top scores.',
  },
  {
    kind: 'customFunction',
    name: 'SCOREAUC',
    summary:
      'The chance that a random converted lead outscores a random non-converted one (ties count half): 0.5 is a coin toss, 1 is perfect.',
    params: [
      {
        name: 'scores',
        example: 'G1:G',
        help: 'The scores, e.g. =LEADSCORE output. Empty cells are left out.',
      },
      { name: 'outcome', example: 'H1:H', help: outcomeHelp },
    ],
    returns: 'The area under the ROC curve, between 0 and 1.',
  },
  // End of scoring, grades, stages, decay and the report card.
  // Predictive models: learnt points and probabilities.
  {
    kind: 'customFunction',
    name: 'PREDICTMODEL',
    summary:
      'Learns points from closed leads (logistic regression or naive Bayes): a model table for LEADSCORE.',
    params: [
      {
        name: 'history',
        example: 'A1:F',
        help: 'The closed leads: attribute columns with their names in the first row.',
      },
      {
        name: 'outcome',
        example: 'H1:H',
        help: 'Whether each lead converted, with a header: TRUE/FALSE, 1/0, yes/no or won/lost.',
      },
      { name: 'method', example: '"logistic"', help: '"logistic" (default) or "bayes".', optional: true },
      {
        name: 'points_to_double',
        example: '10',
        help: 'How many points double the odds of converting (default 10).',
        optional: true,
      },
    ],
    returns:
      'A table Attribute | Value | Points | Weight | Leads, with a (base) row holding the starting log-odds.',
  },
  {
    kind: 'customFunction',
    name: 'LEADPROBABILITY',
    summary: 'Each lead’s probability to convert, from a PREDICTMODEL or SUGGESTPOINTS table.',
    params: [
      { name: 'leads', example: 'A1:F', help: 'The leads, with their column names in the first row.' },
      {
        name: 'model',
        example: "'LeadLift Model'!A1:E",
        help: 'A PREDICTMODEL table, or a SUGGESTPOINTS table with its Leads and Conversions columns.',
      },
    ],
    returns:
      'One column aligned with the leads: a Probability header, then a probability between 0 and 1 per lead.',
  },
  // End of predictive models.
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
    name: 'learnFromHistory',
    params: ['settings', 'rules'],
    summary:
      'Compares the current points with suggested, logistic and naive-Bayes points on the newest 30% of leads.',
  },
  // Daily re-score: the menu item, the trigger handler and the sidebar's calls.
  {
    kind: 'menuItem',
    name: 'rescoreNow',
    params: [],
    summary: 'Re-scores the leads with the saved model now and logs the run.',
  },
  {
    kind: 'triggerHandler',
    name: 'runDailyRescore',
    params: ['e'],
    summary:
      'The daily re-score, run by its time-driven trigger (and by one-off triggers that continue a large sheet).',
  },
  {
    kind: 'sidebarCall',
    name: 'installDailyRescore',
    params: ['hour'],
    summary:
      'Installs the daily re-score of this spreadsheet at an hour (one trigger, replaced when installed again).',
  },
  {
    kind: 'sidebarCall',
    name: 'removeDailyRescore',
    params: [],
    summary: 'Removes the daily re-score of this spreadsheet.',
  },
  {
    kind: 'sidebarCall',
    name: 'getDailyRescoreStatus',
    params: [],
    summary: 'Tells the sidebar whether the daily re-score is on, when it last ran and what it did.',
  },
  // End of the daily re-score.
  // The four-step sidebar.
  {
    kind: 'sidebarCall',
    name: 'getSetup',
    params: [],
    summary:
      'Opens the sidebar: the user’s locale, the sheets, and the saved settings with any problem they have.',
  },
  {
    kind: 'sidebarCall',
    name: 'inspectSheet',
    params: ['sheetName'],
    summary: 'Reads a sheet’s header row and columns: type, dimension, data quality and suggested columns.',
  },
  {
    kind: 'sidebarCall',
    name: 'saveSettings',
    params: ['settings'],
    summary: 'Validates and saves the sidebar’s settings in the document.',
  },
  {
    kind: 'sidebarCall',
    name: 'analyse',
    params: ['settings', 'options'],
    summary: 'Close rates, intervals and suggested points per value of each attribute.',
  },
  {
    kind: 'sidebarCall',
    name: 'suggest',
    params: ['settings', 'method', 'treatAsEmpty'],
    summary: 'The suggested points as model rules.',
  },
  {
    kind: 'sidebarCall',
    name: 'previewStages',
    params: ['settings', 'rules', 'thresholds', 'labels'],
    summary: 'How many leads each stage would hold.',
  },
  {
    kind: 'sidebarCall',
    name: 'applyModel',
    params: ['settings', 'rules', 'confirm'],
    summary: 'Writes the model tab and the output columns, and returns the report card.',
  },
  // End of the four-step sidebar.
];
