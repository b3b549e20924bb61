// Where the daily re-score keeps its state. What collaborators share (the hour, who owns the trigger, how the last
// run went, where a long run stands) lives in the document's properties, next to the settings the sidebar last
// applied, so every user's sidebar and the trigger read the same thing. A trigger runs as the user who created it,
// with that user's properties (https://developers.google.com/apps-script/guides/triggers/installable#restrictions):
// those hold only which spreadsheet each of the user's triggers belongs to, a few dozen bytes per spreadsheet.

const stateKey = 'leadlift.daily';
const triggerPrefix = 'leadlift.trigger.';
/** The schedules of earlier versions: every spreadsheet and a settings copy in one user property. */
const legacyBookKey = 'leadlift.schedules.v1';

/** The document's daily re-score. */
export interface DailyState {
  /** The hour (0–23) on the spreadsheet's clock at which the day's run starts. */
  hour: number;
  /** The unique id of the owner's hourly trigger. */
  triggerId: string;
  /** Who owns the trigger, for other collaborators' sidebars: an email, or '' when Google does not share it. */
  ownerEmail: string;
  /** The spreadsheet-clock day (`yyyy-mm-dd`) the last daily run started on. */
  lastDay?: string;
  /** The row the next execution continues from when a run did not finish. */
  resumeFromRow?: number;
  /** The last fault, in words, for the sidebar to show; cleared by a clean run. */
  lastError?: string;
  lastRunAt?: string;
}

export function readDailyState(
  properties = PropertiesService.getDocumentProperties(),
): DailyState | undefined {
  const json = properties?.getProperty(stateKey);
  if (!json) return undefined;
  try {
    const state = JSON.parse(json) as DailyState;
    return typeof state?.hour === 'number' && typeof state.triggerId === 'string' ? state : undefined;
  } catch {
    return undefined;
  }
}

export function writeDailyState(
  state: DailyState,
  properties = PropertiesService.getDocumentProperties(),
): void {
  properties.setProperty(stateKey, JSON.stringify(state));
}

/** Changes some fields of the state (undefined removes one); does nothing when the daily re-score was turned off. */
export function updateDailyState(
  change: Partial<DailyState>,
  properties = PropertiesService.getDocumentProperties(),
): void {
  const current = readDailyState(properties);
  if (!current) return;
  const next: DailyState = { ...current, ...change };
  for (const key of Object.keys(change) as (keyof DailyState)[])
    if (change[key] === undefined) delete next[key];
  writeDailyState(next, properties);
}

export function deleteDailyState(properties = PropertiesService.getDocumentProperties()): void {
  properties.deleteProperty(stateKey);
}

/** The spreadsheet a trigger of this user belongs to. */
export function triggerSpreadsheet(triggerId: string): string | undefined {
  return PropertiesService.getUserProperties().getProperty(triggerPrefix + triggerId) ?? undefined;
}

export function rememberTrigger(triggerId: string, spreadsheetId: string): void {
  PropertiesService.getUserProperties().setProperty(triggerPrefix + triggerId, spreadsheetId);
}

export function forgetTrigger(triggerId: string | undefined): void {
  if (triggerId) PropertiesService.getUserProperties().deleteProperty(triggerPrefix + triggerId);
}

/** The trigger id an earlier version recorded for this spreadsheet, removing the record (its copy is stale). */
export function takeLegacyTrigger(spreadsheetId: string): string | undefined {
  const properties = PropertiesService.getUserProperties();
  const json = properties.getProperty(legacyBookKey);
  if (!json) return undefined;
  let book: Record<string, { triggerId?: string }> = {};
  try {
    book = JSON.parse(json) as typeof book;
  } catch {
    properties.deleteProperty(legacyBookKey);
    return undefined;
  }
  const triggerId = book[spreadsheetId]?.triggerId;
  delete book[spreadsheetId];
  if (Object.keys(book).length === 0) properties.deleteProperty(legacyBookKey);
  else properties.setProperty(legacyBookKey, JSON.stringify(book));
  return triggerId;
}
