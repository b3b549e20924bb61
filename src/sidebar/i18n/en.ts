// The sidebar's English strings: the catalogue every other language follows key by key.

import { intlLocale } from './locale';
import { counted, whole } from './plural';

const locale = () => intlLocale('en');
/** The singular of each goal's plural words, so a count takes the right form: 1 lead, 2 leads. */
const singular: Record<string, string> = {
  leads: 'lead',
  customers: 'customer',
  conversions: 'conversion',
  expansions: 'expansion',
  'customers who left': 'customer who left',
  'full adopters': 'full adopter',
};
/** A count of the goal's people (`many`) or outcomes (`events`), or of any noun: "1 lead", "9,240 leads". */
const some = (n: number, plural: string) =>
  counted(n, locale(), { one: singular[plural] ?? plural, other: plural });
const plain = (n: number, one: string, other: string) => counted(n, locale(), { one, other });
const number = (n: number) => whole(n, locale());

export const en = {
  language: 'Language',
  steps: ['Goal and data', 'Analyse', 'Points', 'Apply'],
  stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
  back: 'Back',
  next: 'Next',
  working: 'Working…',
  goal: 'Goal',
  goals: {
    acquisition: 'Acquisition: will this lead buy?',
    expansion: 'Expansion: will this customer buy more?',
    retention: 'Retention: will this customer leave? (higher score, more risk)',
    adoption: 'Adoption: will this customer use the product fully?',
  },
  /** Each goal's own words for who is scored, what happened and its rate (retention: customers who left). */
  goalWords: {
    acquisition: {
      many: 'leads',
      rate: 'conversion rate',
      rateTitle: 'Close rate',
      events: 'conversions',
      happened: 'converted',
      odds: 'converting',
      aucPair: 'a lead that converted outscores one that did not',
      actFirst: 'most likely to buy',
    },
    expansion: {
      many: 'customers',
      rate: 'expansion rate',
      rateTitle: 'Expansion rate',
      events: 'expansions',
      happened: 'expanded',
      odds: 'expanding',
      aucPair: 'a customer who expanded outscores one who did not',
      actFirst: 'most likely to buy more',
    },
    retention: {
      many: 'customers',
      rate: 'churn rate',
      rateTitle: 'Churn rate',
      events: 'customers who left',
      happened: 'left',
      odds: 'leaving',
      aucPair: 'a customer who left outscores one who stayed',
      actFirst: 'most likely to leave',
    },
    adoption: {
      many: 'customers',
      rate: 'adoption rate',
      rateTitle: 'Adoption rate',
      events: 'full adopters',
      happened: 'adopted fully',
      odds: 'adopting fully',
      aucPair: 'a customer who adopted fully outscores one who did not',
      actFirst: 'most likely to adopt fully',
    },
  },
  sheet: 'Leads sheet',
  headerRow: 'Header row',
  outcome: 'Outcome column',
  leadId: 'Lead ID column',
  lastActivity: 'Last-activity date column',
  none: '(none)',
  choose: 'Choose…',
  attributes: 'Attributes',
  attributeHelp: 'Tick the columns to score. Fit: who they are. Engagement: what they did.',
  pickedSheet: (active: string, leads: string) =>
    `The active tab "${active}" does not look like leads, so LeadLift opened "${leads}", which does. Pick another leads sheet below if need be.`,
  untickedReasons: {
    date: 'Not ticked: a date is scored by how recent it is (as the last-activity column), not by its value.',
    otherOutcome:
      'Not ticked: it looks like another outcome column; scoring it would tell the score the answer, which new leads do not have yet.',
  },
  fit: 'Fit',
  engagement: 'Engagement',
  types: { category: 'category', number: 'number', date: 'date' },
  empty: (share: string) => `${share} empty`,
  placeholders: 'Placeholders',
  treatAsEmpty: 'Treat as empty',
  savedProblems: 'The saved settings need attention:',
  pickOutcome: 'Pick the outcome column and at least one attribute.',
  overall: (rate: string, leads: number, w: GoalWords) =>
    `Overall ${w.rate} ${rate} over ${some(leads, w.many)}`,
  leadsConversions: (leads: number, conversions: number, w: GoalWords) =>
    `${some(leads, w.many)}, ${some(conversions, w.events)}`,
  lift: 'lift',
  liftHeader: 'Lift',
  tooFew: (w: GoalWords) => `too few ${w.many}`,
  interval: 'interval',
  method: 'Points method',
  methods: {
    joint: 'Joint (recommended): one fit of all attributes, score 0–100',
    odds: 'Odds: +10 points doubles the odds',
    ratio: 'Ratio: close rate ÷ overall',
    difference: 'Difference in percentage points',
  },
  suggest: 'Suggest points',
  attribute: 'Attribute',
  value: 'Value',
  points: 'Points',
  dimension: 'Dimension',
  remove: 'Remove',
  addRule: 'Add rule',
  templates: 'Templates',
  bant: 'BANT',
  goalTemplate: 'Typical for the goal',
  halfLife: 'Engagement half-life (days)',
  stages: 'Stages',
  thresholds: 'Thresholds',
  labels: 'Labels',
  leadsInStage: (n: number, w: GoalWords) => some(n, w.many),
  gradeCuts: 'Grade cuts',
  quintiles: (w: GoalWords) => `Quintiles: A = act on these first, the top 20% by score (${w.actFirst})`,
  customCuts: 'My own cuts',
  fitCuts: 'Fit cuts (D, C, B, A)',
  engagementCuts: 'Engagement cuts (4, 3, 2, 1)',
  mode: 'Output',
  modes: {
    formulas: 'Live formulas: edits to the model recalculate',
    values: 'Values: for large sheets and the daily re-score',
  },
  valuesAdvised: (leads: number, cells: number, limit: number) =>
    `Values are recommended here: ${some(leads, 'leads')} (${plain(cells, 'cell', 'cells')}) are more than live formulas can recalculate in time. Sheets re-runs them over every lead on each edit and stops any that take over 30 seconds, leaving #ERROR! in the column; live formulas suit up to about ${plain(limit, 'cell', 'cells')}.`,
  modelTab: 'Model tab',
  apply: 'Apply',
  confirmReplace: 'Replace',
  cancel: 'Cancel',
  applied: (rules: number, leads: number, tab: string, w: GoalWords) =>
    `${plain(rules, 'rule', 'rules')} written to "${tab}"; ${some(leads, w.many)} scored.`,
  reportCard: 'Report card',
  auc: (auc: string, w: GoalWords) => `AUC ${auc}: the chance ${w.aucPair}.`,
  singleDimension: (dimension: string) =>
    `Grades are one letter: the model scores ${dimension} only, so there is no second dimension to grade.`,
  noAuc: 'No AUC: the known outcomes are all the same.',
  band: 'Band',
  closeRate: (w: GoalWords) => w.rateTitle,
  captured: 'Captured',
  bars: {
    legend:
      'Bars: close rate of each value, on one scale for every attribute. Line: the overall rate. Whisker: the 95% interval, where the true rate likely lies.',
    overallMark: 'overall',
    lift: (times: string) => `×${times} the overall rate`,
    bin: (n: number) => `Bin ${n}`,
  },
  criteria: {
    atLeast: (x: string) => `${x} or more`,
    below: (x: string) => `under ${x}`,
    between: (low: string, high: string) => `${low} to under ${high}`,
    other: '(other): any value not listed',
    blank: '(blank): empty cell',
  },
  scoring: {
    scale0to100: (odds: string, w: GoalWords) =>
      `Score 0–100, higher is better: 0 is the weakest value of every attribute, 100 the strongest. Every 10 points multiply the odds of ${w.odds} by ${odds}.`,
    scaleSum: 'Score: the sum of the points of the rules a lead matches.',
    evidence: (rate: string, low: string, high: string, leads: number, w: GoalWords) =>
      `${rate} ${w.happened} (${low}–${high}) of ${some(leads, w.many)}`,
    noEvidence: 'no lead yet',
    handRules: 'Rules added by hand',
    histogram: 'Scores of the leads',
    histogramLabel: (leads: number) =>
      `Histogram of the scores of ${some(leads, 'leads')} from 0 to 100, coloured by stage`,
    source: 'Where stages start',
    fromScores: 'From the scores: the top 20% in the top stage, the next 30% in the middle',
    fromCapacity: 'From sales capacity',
    own: 'My own thresholds',
    leadsPerWeek: 'Leads sales can take a week',
    arrivalColumn: 'Created-date column',
    arrivalNone: '(none: the sheet is one week of leads)',
    byDate: (arrivals: number, column: string, top: number) =>
      `About ${some(arrivals, 'leads')} arrive a week (by "${column}"); ${number(top)} of the sheet's leads ${top === 1 ? 'is' : 'are'} in the top stage now.`,
    bySheet: (top: number, leads: number) =>
      `No created-date column: the sheet's ${some(leads, 'leads')} count as one week's, and the best ${number(top)} ${top === 1 ? 'is' : 'are'} in the top stage.`,
    stageFrom: (from: string) => `from ${from}`,
    stageRate: (rate: string, w: GoalWords) => `${rate} ${w.happened}`,
    topGradeInLowest: (n: number) =>
      `${plain(n, 'lead graded A1 is', 'leads graded A1 are')} in the lowest stage: lower the first threshold, or take the thresholds from the scores.`,
  },
  learn: {
    title: 'Learn points from history',
    button: 'Compare on the newest leads',
    busy: 'Fitting…',
    holdout: (train: number, holdout: number, byDate: boolean) =>
      `Every row is fitted on the older ${some(train, 'leads')} only and measured on the newest ${number(holdout)} (${byDate ? 'by last activity' : 'by row'}), which none of them saw. Higher AUC ranks leads better; under 0.01 apart is a tie.`,
    yoursRefitted: (refitted: number, asSet: number) =>
      `Yours: ${plain(refitted, 'attribute', 'attributes')} with suggested points refitted on the older leads, ${number(asSet)} with points you set measured as they are.`,
    best: (best: string, runnerUp: string, margin: string, auc: string) =>
      `Best: ${best}. It ranks the newest leads best (AUC ${auc}), ${margin} ahead of ${runnerUp}.`,
    tie: (best: string, other: string, bestAuc: string, otherAuc: string) =>
      `${best} and ${other} do equally well (AUC ${bestAuc} and ${otherAuc}, under 0.01 apart): keep ${best}, the simpler.`,
    overYours: (gain: string) => `That is ${gain} of AUC more than yours.`,
    noVerdict: 'No verdict: the newest leads all have the same outcome.',
    diffSummary: (
      kind: string,
      before: number,
      after: number,
      added: number,
      removed: number,
      changed: number,
    ) =>
      `Using ${kind} replaces your ${plain(before, 'rule', 'rules')} with ${number(after)}: ${number(added)} added, ${number(removed)} removed, ${number(changed)} changed.`,
    added: (n: number) => `Added (${n})`,
    removed: (n: number) => `Removed (${n})`,
    changed: (n: number) => `Changed (${n})`,
    replaced: (kind: string) => `Your points were replaced by ${kind}.`,
    undo: 'Undo',
    few: (n: number, w: GoalWords) =>
      `Only ${some(n, w.events)}: treat this comparison as a hint, not a verdict (50 or more to trust it).`,
    model: 'Points',
    lift: 'Lift top 20%',
    calibration: 'Calibration gap',
    use: 'Use',
    kinds: {
      current: 'Yours',
      suggested: 'Suggested',
      logistic: 'Logistic',
      bayes: 'Naive Bayes',
      boosted: 'Boosted',
    },
    boosted: (leads: number, train: number) =>
      `Boosted also learns how pairs of attributes work together (rules such as Source & Visits)${leads < train ? `; to fit within one sidebar call it learns from the newest ${number(leads)} of the ${number(train)} older leads` : ''}.`,
    /** A pair rule's two conditions, as the changes list them. */
    both: (first: string, second: string) => `${first} and ${second}`,
  },
  /** The latest daily model-health verdict, when the model stopped working well (see docs/health.md). */
  health: {
    weaker: (auc: string, drop: string, was: string) =>
      `The model is weaker: on the leads that closed since it was applied, its AUC is ${auc}, down ${drop} from ${was}. Learn points from history again.`,
    notSeparating: (auc: string) =>
      `The model no longer separates buyers: on the leads that closed since it was applied, its AUC is ${auc}, no better than chance. Learn points from history again.`,
    go: 'Learn points from history',
  },
  daily: {
    title: 'Daily re-score',
    on: (at: string, zone: string) => `On: every day at ${at} (${zone}).`,
    off: 'Off: scores change only when you apply or choose Re-score now.',
    continuing: 'A large sheet is being finished in several runs.',
    lastRun: (time: string, status: string, scored: number, changed: number) =>
      `Last run ${time}: ${status}, ${some(scored, 'leads')} scored, ${number(changed)} changed.`,
    owner: (yours: boolean, email?: string) =>
      yours
        ? 'It runs with your Google account, on the model last applied in this spreadsheet by anyone.'
        : `It runs with ${email ?? 'another collaborator'}’s Google account, on the model last applied in this spreadsheet by anyone. Re-score daily makes it yours.`,
    lastError: (message: string) => `Last problem: ${message}`,
    failed: (run: string, time: string | undefined, message: string) =>
      `The last ${run} re-score${time ? ` (${time})` : ''} failed, so the scores are not up to date: ${message}`,
    runs: { Daily: 'daily', Manual: 'manual', Continued: 'continued' } as Record<string, string>,
    /** The log's Status words as the sidebar says them. */
    statuses: {
      Finished: 'finished',
      'Continues in the next run': 'continues in the next run',
      Failed: 'failed',
      Skipped: 'skipped',
    } as Record<string, string>,
    at: 'At',
    install: 'Re-score daily',
    remove: 'Turn off',
  },
  sql: {
    title: 'Export as SQL',
    table: 'Table name',
    dialect: 'Dialect',
    export: 'Export as SQL',
    tableMissing: 'Give the table name as the engine knows it, such as myproject.crm.leads.',
    written: (lines: number, tab: string, range: string, dialect: string) =>
      `The ${dialect} query of the applied model (${plain(lines, 'line', 'lines')}) is in the tab "${tab}", cells ${range}: copy it into the engine's query editor.`,
  },
};

export type Catalogue = typeof en;

/** The words of one goal, as the catalogue's `goalWords` holds them. */
export interface GoalWords {
  many: string;
  rate: string;
  rateTitle: string;
  events: string;
  happened: string;
  odds: string;
  aucPair: string;
  actFirst: string;
}
