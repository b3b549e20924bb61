// The points step's stage endpoints: the score histogram with live counts and close rates per stage, and thresholds
// from the data (shares of the leads) or from sales capacity, kept in agreement with the grades.

import { isDate } from '../../core/cellValue';
import { InputError } from '../../core/inputError';
import { stageLabels, stageOf } from '../../core/leadStage';
import type { PointsRule, Settings } from '../../core/settings';
import {
  capacityThreshold,
  gradeSafeThresholds,
  type ScoreHistogram,
  scoreHistogram,
  shareThresholds,
  weeklyArrivals,
  withTopThreshold,
} from '../../core/stageThresholds';
import { parseOutcomes } from '../parse/outcome';
import { scoreRows } from '../sheets/rescoreSheet';
import { sheetNow, spreadsheetTimeZone } from '../sheets/timeZone';
import { columnCells, columnIndex, type LeadsData, modelRules, readLeads } from './leadsData';

/** The grade of the best fit and most engaged leads, which must never be in the lowest stage by default. */
export const topGrade = 'A1';
/** The top grade with both dimensions, or with one (a single letter). */
const isTopGrade = (grade: string) => grade === topGrade || grade === 'A';

/** The scored leads of the sheet: score, grade and outcome of every non-empty lead row, in sheet order. */
interface ScoredSheet {
  data: LeadsData;
  scores: number[];
  grades: string[];
  converted: number[];
  /** Sheet rows' indices (in `data.rows`) of the scored leads. */
  rows: number[];
}

function scoreSheet(settings: Settings, rules: PointsRule[]): ScoredSheet {
  const data = readLeads(settings);
  const outcome = columnCells(data, columnIndex(data, settings.outcome, 'outcome', settings.sheetName));
  const converted = parseOutcomes(outcome, settings.headerRow + 1);
  const scored = scoreRows(
    data.headers,
    data.rows,
    settings,
    modelRules(rules),
    sheetNow(spreadsheetTimeZone()),
  );
  const sheet: ScoredSheet = { data, scores: [], grades: [], converted: [], rows: [] };
  scored.leads.forEach((lead, i) => {
    if (lead.score === '') return;
    sheet.scores.push(lead.score);
    sheet.grades.push(lead.grade);
    sheet.converted.push(converted[i]);
    sheet.rows.push(i);
  });
  return sheet;
}

export interface StagePreview {
  /** The thresholds previewed, so a reply that arrives late is not shown for newer ones. */
  thresholds: number[];
  labels: string[];
  /** Leads per stage, in `labels` order. */
  counts: number[];
  /** Close rate per stage (0 for an empty stage), in `labels` order. */
  rates: number[];
  leads: number;
  overallRate: number;
  /** Leads per bin of the score: 5-point bins from 0 to 100 for joint points. */
  histogram: ScoreHistogram;
  /** Leads graded A1 whose score puts them in the lowest stage. */
  topGradeInLowest: number;
}

/** How many leads each stage would hold with these rules, thresholds and labels, their close rates and the histogram. */
export function previewStages(
  settings: Settings,
  rules: PointsRule[],
  thresholds: number[],
  labels?: string[],
): StagePreview {
  const stages = stageLabels(thresholds, labels);
  const trial = { ...settings, stageThresholds: thresholds, stageLabels: stages };
  const { scores, grades, converted } = scoreSheet(trial, rules);
  const counts = stages.map(() => 0);
  const wins = stages.map(() => 0);
  let topGradeInLowest = 0;
  let conversions = 0;
  scores.forEach((score, i) => {
    const stage = stages.indexOf(stageOf(score, thresholds, stages));
    counts[stage]++;
    wins[stage] += converted[i];
    conversions += converted[i];
    if (stage === 0 && isTopGrade(grades[i])) topGradeInLowest++;
  });
  return {
    thresholds: [...thresholds],
    labels: stages,
    counts,
    rates: counts.map((n, s) => (n > 0 ? wins[s] / n : 0)),
    leads: scores.length,
    overallRate: scores.length > 0 ? conversions / scores.length : 0,
    histogram: scoreHistogram(scores),
    topGradeInLowest,
  };
}

/** Sales capacity: how many leads a week sales can take, and the date column that says when each lead arrived. */
export interface SalesCapacity {
  leadsPerWeek: number;
  /** A created-date column; without one, the sheet's leads are taken as one week's leads. */
  arrivalColumn?: string;
}

export interface SuggestedThresholds {
  thresholds: number[];
  /** With capacity: leads arriving per week (by the arrival column), absent when counted among open leads. */
  weeklyArrivals?: number;
  /** With capacity and no arrival column: the sheet's leads, taken as one week's, among which the best are taken. */
  sheetLeads?: number;
  /** Leads at or above the top threshold now. */
  topLeads: number;
}

/**
 * Stage thresholds from the scores: half the leads in the lowest stage, 30% in the middle, the top 20% in the top
 * one (equal shares for other stage counts); with `capacity`, the top threshold instead lets in about
 * `leadsPerWeek` leads a week. The lowest threshold is then lowered, if needed, so no A1 lead is in the lowest stage.
 */
export function suggestThresholds(
  settings: Settings,
  rules: PointsRule[],
  capacity?: SalesCapacity,
): SuggestedThresholds {
  const stages = settings.stageLabels.length;
  const { data, scores, grades, rows } = scoreSheet(settings, rules);
  if (scores.length === 0) throw new InputError(`The sheet "${settings.sheetName}" has no leads to score.`);
  const shares =
    stages === 3 ? [0.5, 0.3, 0.2] : Array.from({ length: stages }, () => 1 / Math.max(1, stages));
  let thresholds = shareThresholds(scores, shares) ?? settings.stageThresholds;
  let arrivals: number | undefined;
  let sheetLeads: number | undefined;
  if (capacity) {
    if (!(Number.isFinite(capacity.leadsPerWeek) && capacity.leadsPerWeek > 0))
      throw new InputError('Sales capacity must be a number of leads a week, 1 or more.');
    let top: number | undefined;
    if (capacity.arrivalColumn) {
      const column = columnIndex(data, capacity.arrivalColumn, 'created-date', settings.sheetName);
      const times = rows.flatMap((r) => {
        const cell = data.rows[r][column];
        return isDate(cell) ? [cell.getTime()] : [];
      });
      arrivals = weeklyArrivals(times);
      if (arrivals === undefined)
        throw new InputError(
          `The column "${capacity.arrivalColumn}" holds no dates: pick the column with each lead's created date, or none.`,
        );
      top = capacityThreshold(scores, (capacity.leadsPerWeek / arrivals) * scores.length);
    } else {
      sheetLeads = scores.length;
      top = capacityThreshold(scores, capacity.leadsPerWeek);
    }
    if (top !== undefined) thresholds = withTopThreshold(thresholds, top);
  }
  thresholds = gradeSafeThresholds(
    thresholds,
    scores.filter((_, i) => isTopGrade(grades[i])),
  );
  const last = thresholds[thresholds.length - 1];
  return {
    thresholds,
    ...(arrivals === undefined ? {} : { weeklyArrivals: arrivals }),
    ...(sheetLeads === undefined ? {} : { sheetLeads }),
    topLeads: scores.filter((s) => s >= last).length,
  };
}
