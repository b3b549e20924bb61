// What a re-score changed: the leads whose stage moved, and how many leads sit in each stage.

/** A lead as the re-score sees it: an id, the stage and score it had, and the ones it has now. */
export interface RescoredLead {
  leadId: string;
  oldStage: string;
  newStage: string;
  oldScore: number | '';
  newScore: number | '';
}

/** A lead whose stage moved, as the changes tab lists it. */
export type StageChange = RescoredLead;

/** Scores closer than this are the same score: it keeps float noise from counting as a change. */
const scoreTolerance = 1e-9;

/** True when a re-score changed what the sheet shows for the lead (its score or its stage). */
export function leadChanged(lead: RescoredLead): boolean {
  if (lead.oldStage !== lead.newStage) return true;
  if (lead.oldScore === '' || lead.newScore === '') return lead.oldScore !== lead.newScore;
  return Math.abs(lead.oldScore - lead.newScore) > scoreTolerance;
}

/**
 * The leads whose stage moved. A lead scored for the first time (no old stage) is not a change:
 * the changes list is for leads that moved, e.g. from Nurture to Sales-ready.
 * @example stageChanges([{ leadId: 'L1', oldStage: 'Nurture', newStage: 'Sales-ready', oldScore: 40, newScore: 62 }])
 *   // → that one lead
 */
export function stageChanges(leads: readonly RescoredLead[]): StageChange[] {
  return leads.filter((lead) => lead.oldStage !== '' && lead.newStage !== lead.oldStage);
}

/** How many leads sit in each stage, in the order the stages are given; leads without a stage are left out. */
export function stageCounts(stages: readonly string[], labels: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const label of labels) counts[label] = 0;
  for (const stage of stages) {
    if (stage === '') continue;
    counts[stage] = (counts[stage] ?? 0) + 1;
  }
  return counts;
}

/** Stage counts in a line a marketer reads at a glance: `Discard 120 · Nurture 80 · Sales-ready 12`. */
export function describeStageCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([stage, count]) => `${stage} ${count}`)
    .join(' · ');
}
