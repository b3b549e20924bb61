// The Apps Script entry points other than custom functions, one line each: build.js generates Code.js's top-level
// declarations from this list and from src/glue/functions/*.ts, where each custom function keeps its own help.

/** A function Apps Script calls: a simple trigger, a menu item, a trigger handler or a sidebar call. */
export interface HandlerEntry {
  kind: 'simpleTrigger' | 'menuItem' | 'triggerHandler' | 'sidebarCall';
  name: string;
  params: string[];
  summary: string;
}

// One entry a line reads as a table; Prettier would fold each into six.
// prettier-ignore
export const handlers: readonly HandlerEntry[] = [
  { kind: 'simpleTrigger', name: 'onOpen', params: ['e'], summary: 'Adds the LeadLift menu when the spreadsheet opens.' },
  { kind: 'simpleTrigger', name: 'onInstall', params: ['e'], summary: 'Adds the LeadLift menu right after the add-on is installed.' },
  { kind: 'menuItem', name: 'showSidebar', params: [], summary: 'Opens the LeadLift sidebar.' },
  { kind: 'sidebarCall', name: 'learnFromHistory', params: ['settings', 'rules'], summary: 'Compares the current points with suggested, logistic and naive-Bayes points on the newest 30% of leads.' },
  // Daily re-score: the menu item, the trigger handler and the sidebar's calls.
  { kind: 'menuItem', name: 'rescoreNow', params: [], summary: 'Re-scores the leads with the saved model now and logs the run.' },
  { kind: 'triggerHandler', name: 'runDailyRescore', params: ['e'], summary: 'The daily re-score, run by its time-driven trigger (and by one-off triggers that continue a large sheet).' },
  { kind: 'sidebarCall', name: 'installDailyRescore', params: ['hour'], summary: 'Installs the daily re-score of this spreadsheet at an hour (one trigger, replaced when installed again).' },
  { kind: 'sidebarCall', name: 'removeDailyRescore', params: [], summary: 'Removes the daily re-score of this spreadsheet.' },
  { kind: 'sidebarCall', name: 'getDailyRescoreStatus', params: [], summary: 'Tells the sidebar whether the daily re-score is on, when it last ran and what it did.' },
  // End of the daily re-score.
  // The four-step sidebar.
  { kind: 'sidebarCall', name: 'getSetup', params: [], summary: 'Opens the sidebar: the user’s locale, the sheets, and the saved settings with any problem they have.' },
  { kind: 'sidebarCall', name: 'inspectSheet', params: ['sheetName'], summary: 'Reads a sheet’s header row and columns: type, dimension, data quality and suggested columns.' },
  { kind: 'sidebarCall', name: 'saveSettings', params: ['settings'], summary: 'Validates and saves the sidebar’s settings in the document.' },
  { kind: 'sidebarCall', name: 'analyse', params: ['settings', 'options'], summary: 'Close rates, intervals and suggested points per value of each attribute.' },
  { kind: 'sidebarCall', name: 'suggest', params: ['settings', 'method', 'treatAsEmpty'], summary: 'The suggested points as model rules.' },
  { kind: 'sidebarCall', name: 'previewStages', params: ['settings', 'rules', 'thresholds', 'labels'], summary: 'How many leads each stage would hold, their close rates and the score histogram.' },
  { kind: 'sidebarCall', name: 'suggestThresholds', params: ['settings', 'rules', 'capacity'], summary: 'Stage thresholds from the score distribution or from sales capacity.' },
  { kind: 'sidebarCall', name: 'applyModel', params: ['settings', 'rules', 'confirm'], summary: 'Writes the model tab and the output columns, and returns the report card.' },
  { kind: 'sidebarCall', name: 'exportModelSql', params: ['table', 'dialect'], summary: 'Writes the applied model as a BigQuery or DuckDB query, one line per cell, into the LeadLift SQL tab.' },
  // End of the four-step sidebar.
];
