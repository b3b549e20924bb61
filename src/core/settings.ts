// The sidebar's saved settings: their shape, defaults per goal, and validation of stored JSON (pure, no Apps Script).

import type { SuggestMethod } from './points';
import { goalStageLabelsIn, type Language, languages } from './sheetWords';

/** Bumped when the shape changes; older versions are read by `parseSettings` or reported. */
export const settingsVersion = 1;

export const goals = ['acquisition', 'expansion', 'retention', 'adoption'] as const;
export type Goal = (typeof goals)[number];
export const dimensions = ['Fit', 'Engagement'] as const;
export type Dimension = (typeof dimensions)[number];
export const columnTypes = ['category', 'number', 'date'] as const;
export type ColumnType = (typeof columnTypes)[number];
export const pointsMethods: readonly SuggestMethod[] = ['joint', 'odds', 'ratio', 'difference'];
export const outputModes = ['formulas', 'values'] as const;
export type OutputMode = (typeof outputModes)[number];

/** An attribute column, by its header text. */
export interface AttributeSetting {
  header: string;
  type: ColumnType;
  dimension: Dimension;
}

export interface Settings {
  version: typeof settingsVersion;
  goal: Goal;
  sheetName: string;
  /** The sheet row (1-based) holding the headers; leads start below it. */
  headerRow: number;
  /** Columns by header text. */
  outcome: string;
  leadId?: string;
  lastActivity?: string;
  attributes: AttributeSetting[];
  pointsMethod: SuggestMethod;
  /** Engagement points halve every this many days without activity. */
  halfLifeDays: number;
  stageThresholds: number[];
  /** One more than the thresholds, lowest stage first. */
  stageLabels: string[];
  /** Four ascending cuts per dimension; absent for quintiles of the scored leads. */
  gradeCuts?: { fit: number[]; engagement: number[] };
  outputMode: OutputMode;
  modelTab: string;
  /** How many days of stage changes the Changes tab keeps; `defaultKeepChangesDays` when absent. */
  keepChangesDays?: number;
  /** The language of what LeadLift writes into the sheet (headers, default labels, log words); absent: English. */
  language?: Language;
}

/** The Changes tab keeps the last 90 days unless the settings say otherwise. */
export const defaultKeepChangesDays = 90;

export const defaultModelTab = 'LeadLift Model';

/** Stage labels a goal starts with, lowest score first (retention scores risk: a high score is bad news). */
export const goalStageLabels: Record<Goal, string[]> = goalStageLabelsIn.en;

/** Settings for a goal and sheet before the user picks any column; stage labels in the sheet's language. */
export function defaultSettings(
  goal: Goal,
  sheetName: string,
  headerRow = 1,
  language: Language = 'en',
): Settings {
  return {
    version: settingsVersion,
    goal,
    sheetName,
    headerRow,
    outcome: '',
    attributes: [],
    pointsMethod: 'joint',
    halfLifeDays: 30,
    stageThresholds: [30, 60],
    stageLabels: [...goalStageLabelsIn[language][goal]],
    outputMode: 'formulas',
    modelTab: defaultModelTab,
    ...(language === 'en' ? {} : { language }),
  };
}

export type SettingsCheck = { ok: true; settings: Settings } | { ok: false; problems: string[] };

type Fields = Record<string, unknown>;
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const ascending = (v: readonly number[]) => v.every((x, i) => i === 0 || x > v[i - 1]);

/**
 * Checks a value read from storage (or sent by the sidebar) field by field; every problem is a sentence.
 * @example validateSettings({ ...defaultSettings('acquisition', 'Leads'), outcome: 'Won' }).ok // true
 */
export function validateSettings(value: unknown): SettingsCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, problems: ['The saved settings are not an object.'] };
  const s = value as Fields;
  const problems: string[] = [];
  if (s.version !== settingsVersion)
    problems.push(
      `The saved settings are version ${String(s.version)}; this LeadLift reads version ${settingsVersion}.`,
    );
  if (!goals.includes(s.goal as Goal)) problems.push(`The goal must be one of ${goals.join(', ')}.`);
  if (!isText(s.sheetName)) problems.push('Pick the sheet that holds the leads.');
  if (!(Number.isInteger(s.headerRow) && (s.headerRow as number) >= 1))
    problems.push('The header row must be a row number, 1 or more.');
  if (!isText(s.outcome)) problems.push('Pick the outcome column.');
  for (const key of ['leadId', 'lastActivity'] as const)
    if (s[key] !== undefined && !isText(s[key]))
      problems.push(`The ${key === 'leadId' ? 'lead ID' : 'last-activity'} column must be a header name.`);
  if (!Array.isArray(s.attributes)) problems.push('The attributes must be a list.');
  else {
    const seen = new Set<string>();
    s.attributes.forEach((a: unknown, i) => {
      const attribute = (a ?? {}) as Fields;
      if (!isText(attribute.header)) problems.push(`Attribute ${i + 1} has no header name.`);
      else if (seen.has(attribute.header))
        problems.push(`The attribute "${attribute.header}" is listed twice.`);
      else seen.add(attribute.header);
      if (!columnTypes.includes(attribute.type as ColumnType))
        problems.push(`Attribute ${i + 1} must have type category, number or date.`);
      if (!dimensions.includes(attribute.dimension as Dimension))
        problems.push(`Attribute ${i + 1} must be in dimension Fit or Engagement.`);
    });
  }
  if (!pointsMethods.includes(s.pointsMethod as SuggestMethod))
    problems.push('The points method must be joint, odds, ratio or difference.');
  if (!(isNumber(s.halfLifeDays) && s.halfLifeDays > 0))
    problems.push('The decay half-life must be more than 0 days.');
  const thresholds = s.stageThresholds;
  if (!(
    Array.isArray(thresholds) &&
    thresholds.length > 0 &&
    thresholds.every(isNumber) &&
    ascending(thresholds)
  ))
    problems.push('The stage thresholds must be ascending numbers, such as 30 and 60.');
  else if (!(
    Array.isArray(s.stageLabels) &&
    s.stageLabels.length === thresholds.length + 1 &&
    s.stageLabels.every(isText)
  ))
    problems.push(`Give ${thresholds.length + 1} stage labels, one per stage from the lowest.`);
  if (s.gradeCuts !== undefined) {
    const cuts = s.gradeCuts as Fields;
    for (const key of ['fit', 'engagement'] as const) {
      const c = cuts?.[key];
      if (!(
        Array.isArray(c) &&
        c.length === 4 &&
        c.every(isNumber) &&
        c.every((x, i) => i === 0 || x >= c[i - 1])
      ))
        problems.push(`The ${key === 'fit' ? 'fit' : 'engagement'} grade cuts must be 4 ascending numbers.`);
    }
  }
  if (!outputModes.includes(s.outputMode as OutputMode))
    problems.push('The output mode must be formulas or values.');
  if (!isText(s.modelTab)) problems.push('The model tab needs a name.');
  if (
    s.keepChangesDays !== undefined &&
    !(
      Number.isInteger(s.keepChangesDays) &&
      (s.keepChangesDays as number) >= 1 &&
      (s.keepChangesDays as number) <= 3660
    )
  )
    problems.push('The Changes tab must keep a whole number of days, from 1 to 3660.');
  if (s.language !== undefined && !languages.includes(s.language as Language))
    problems.push(`The sheet language must be one of ${languages.join(', ')}.`);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, settings: value as unknown as Settings };
}

/** Reads stored JSON; an unreadable text is a problem, not an exception. */
export function parseSettings(json: string): SettingsCheck {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, problems: ['The saved settings are not readable JSON: set LeadLift up again.'] };
  }
  return validateSettings(value);
}

/** Every header the settings name, with what it is for. */
export function namedColumns(settings: Settings): { role: string; header: string }[] {
  const columns = [{ role: 'outcome', header: settings.outcome }];
  if (settings.leadId) columns.push({ role: 'lead ID', header: settings.leadId });
  if (settings.lastActivity) columns.push({ role: 'last-activity', header: settings.lastActivity });
  for (const a of settings.attributes) columns.push({ role: 'attribute', header: a.header });
  return columns;
}

/**
 * The saved columns missing from the sheet's headers (compared after trimming, ignoring case): reported, never
 * replaced by a guess.
 * @example checkSettingsAgainstSheet(s, ['Source'])  // ['The outcome column "Won" is no longer in sheet "Leads".']
 */
export function checkSettingsAgainstSheet(
  settings: Settings,
  headers: readonly string[] | undefined,
): string[] {
  if (headers === undefined)
    return [`The sheet "${settings.sheetName}" no longer exists: pick the leads sheet again.`];
  const present = new Set(headers.map((h) => h.trim().toLowerCase()));
  return namedColumns(settings)
    .filter(({ header }) => !present.has(header.trim().toLowerCase()))
    .map(
      ({ role, header }) =>
        `The ${role} column "${header}" is no longer in sheet "${settings.sheetName}": pick it again.`,
    );
}

/** One row of the model tab as the sidebar edits it: leads whose `attribute` meets `value` get `points`. */
export interface PointsRule {
  attribute: string;
  /** A value (`Google`) or a criterion (`>=50`, `(blank)`). */
  value: string;
  points: number;
  dimension: Dimension;
  /** Set for a rule the marketer added (by hand or from a template), shown apart from the suggested ones. */
  byHand?: boolean;
}

/**
 * The settings with the sheet written in `language`: stage labels still at a goal's defaults (in any language)
 * become that goal's defaults in `language`; labels the marketer typed stay as they are.
 * @example settingsInLanguage(defaultSettings('acquisition', 'Leads'), 'fr').stageLabels[2] // 'Prêt pour la vente'
 */
export function settingsInLanguage(settings: Settings, language: Language): Settings {
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((x, i) => x === b[i]);
  const defaults = languages.some((l) => same(settings.stageLabels, goalStageLabelsIn[l][settings.goal]));
  return {
    ...settings,
    language,
    stageLabels: defaults ? [...goalStageLabelsIn[language][settings.goal]] : settings.stageLabels,
  };
}
