// One execution of the re-score: score the leads block by block under the spreadsheet's lease, log the run and the
// stage changes, and stop before Apps Script's time limit with the position saved for the next execution.

import { defaultRunBudgetMs, hasTimeForAnotherBlock, rowBlocks } from '../../core/runBudget';
import { describeStageCounts, leadChanged, stageChanges, stageCounts } from '../../core/stageChanges';
import type { RescoredLead } from '../../core/stageChanges';
import { sheetLanguage } from '../../core/sheetWords';
import { appendLogEntry, appendRows, ownedTab, pruneChanges } from '../sheets/logTabs';
import type { LogEntry } from '../sheets/logTabs';
import { releaseLease, takeLease } from './documentLease';

/** Scores a sheet's leads with the saved model, a block of rows at a time. */
export interface Rescorer {
  /** The first and last sheet rows holding leads (1-based, inclusive); last < first when there are none. */
  firstRow: number;
  lastRow: number;
  stageLabels: readonly string[];
  /** The Changes tab keeps this many days of stage changes. */
  keepChangesDays: number;
  /** Scores rows `from`..`to`, writes LeadLift's output columns for them in one write, and says what changed. */
  rescoreBlock(from: number, to: number): RescoredLead[];
  /** What a finished run's log line says, when there is more to say than its counts. */
  note?: string;
}

/** Builds the rescorer from saved settings; throws an Error whose message a marketer can act on. */
export type RescorerFactory = (
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settingsJson: string,
  asOf: Date,
) => Rescorer;

export interface RescoreRequest {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  settingsJson: string;
  run: LogEntry['run'];
  createRescorer: RescorerFactory;
  /** Where an unfinished run stopped; absent to start from the first lead. */
  resumeFromRow?: number;
  now: () => Date;
  budgetMs?: number;
  blockRows?: number;
}

export interface RescoreOutcome {
  entry: LogEntry;
  /** The row to continue from in the next execution, when the run did not finish. */
  resumeFromRow?: number;
}

/** Rows per block: one read and one write each, small enough that a block never risks the time limit. */
export const defaultBlockRows = 20_000;

function elapsedSeconds(start: Date, end: Date): number {
  return Math.round((end.getTime() - start.getTime()) / 100) / 10;
}

/**
 * Runs one execution. Faults (a renamed column, a broken model, another run holding the lease) are logged in
 * words and written nowhere else; the lead rows are only touched block by block, each block whole.
 */
export function rescore(request: RescoreRequest): RescoreOutcome {
  const { spreadsheet, run, now } = request;
  const started = now();
  const owner = `${run}-${started.getTime()}-${Math.random().toString(36).slice(2)}`;
  // The log and changes tabs speak the sheet's language, read from the settings even when they cannot be used.
  const language = sheetLanguage(request.settingsJson);
  const entry: LogEntry = {
    time: started,
    run,
    rowsScored: 0,
    rowsChanged: 0,
    stages: '',
    durationSeconds: 0,
    status: 'Finished',
    message: '',
  };
  let resumeFromRow: number | undefined;
  let leased = false;
  try {
    takeLease(owner, started.getTime());
    leased = true;
    const rescorer = request.createRescorer(spreadsheet, request.settingsJson, started);
    const from = request.resumeFromRow ?? rescorer.firstRow;
    if (rescorer.lastRow < rescorer.firstRow) {
      throw new Error('The leads sheet has no leads below its header row; nothing was scored.');
    }
    const blocks = rowBlocks(from, rescorer.lastRow, request.blockRows ?? defaultBlockRows);
    const durations: number[] = [];
    const stages: string[] = [];
    const changesTab = ownedTab(spreadsheet, 'changes', language);
    for (const block of blocks) {
      const elapsed = now().getTime() - started.getTime();
      if (!hasTimeForAnotherBlock(elapsed, durations, request.budgetMs ?? defaultRunBudgetMs)) {
        resumeFromRow = block.from;
        break;
      }
      const blockStart = now().getTime();
      const leads = rescorer.rescoreBlock(block.from, block.to);
      durations.push(now().getTime() - blockStart);
      entry.rowsScored += leads.length;
      entry.rowsChanged += leads.filter(leadChanged).length;
      for (const lead of leads) stages.push(lead.newStage);
      const moved = stageChanges(leads);
      appendRows(
        changesTab,
        moved.map((c) => [started, c.leadId, c.oldStage, c.newStage, c.oldScore, c.newScore]),
      );
    }
    pruneChanges(changesTab, started, rescorer.keepChangesDays);
    entry.stages = describeStageCounts(stageCounts(stages, rescorer.stageLabels));
    if (resumeFromRow !== undefined) {
      entry.status = 'Continues in the next run';
      entry.message = `Scored up to row ${resumeFromRow - 1} of ${rescorer.lastRow}; the next run continues from row ${resumeFromRow} within the hour.`;
    } else if (request.resumeFromRow !== undefined) {
      entry.message = `Finished the run that did not fit in one execution, from row ${request.resumeFromRow}.`;
    }
    if (rescorer.note) entry.message = [entry.message, rescorer.note].filter(Boolean).join(' ');
  } catch (error) {
    entry.status = leased ? 'Failed' : 'Skipped';
    entry.message = error instanceof Error ? error.message : String(error);
    resumeFromRow = undefined;
  } finally {
    if (leased) releaseLease(owner);
  }
  entry.durationSeconds = elapsedSeconds(started, now());
  appendLogEntry(spreadsheet, entry, language);
  return { entry, resumeFromRow };
}
