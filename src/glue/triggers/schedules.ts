// Which spreadsheets this user re-scores daily, kept in the user's properties: a time-driven trigger has no
// document, so it finds its spreadsheet (and the settings to score it with) here, by spreadsheet id.

const schedulesKey = 'leadlift.schedules.v1';

/** A daily re-score of one spreadsheet. */
export interface Schedule {
  spreadsheetId: string;
  hour: number;
  /**
   * The unique id of the spreadsheet's one time-driven trigger: the daily one, or, while a run too large for one
   * execution is being continued, the one-off trigger that continues it (an add-on may have only one time-driven
   * trigger per user and document, so the daily trigger is put back when the run is done).
   */
  triggerId: string;
  /** The row the next execution starts from when a run did not finish; absent when the last run finished. */
  resumeFromRow?: number;
  /** The sidebar's settings as JSON, copied when the schedule is saved: the trigger cannot read the document's. */
  settingsJson: string;
  /** The last fault, in words, for the sidebar to show; cleared by a clean run. */
  lastError?: string;
  lastRunAt?: string;
}

type ScheduleBook = Record<string, Schedule>;

function readBook(properties: GoogleAppsScript.Properties.Properties): ScheduleBook {
  const json = properties.getProperty(schedulesKey);
  if (!json) return {};
  try {
    const book = JSON.parse(json) as unknown;
    return book && typeof book === 'object' ? (book as ScheduleBook) : {};
  } catch {
    // A damaged entry must not stop every schedule: start afresh, and the sidebar shows none installed.
    return {};
  }
}

function writeBook(properties: GoogleAppsScript.Properties.Properties, book: ScheduleBook): void {
  if (Object.keys(book).length === 0) properties.deleteProperty(schedulesKey);
  else properties.setProperty(schedulesKey, JSON.stringify(book));
}

export function scheduleFor(spreadsheetId: string): Schedule | undefined {
  return readBook(PropertiesService.getUserProperties())[spreadsheetId];
}

export function allSchedules(): Schedule[] {
  return Object.values(readBook(PropertiesService.getUserProperties()));
}

/** The schedule whose trigger has this id. */
export function scheduleForTrigger(triggerId: string): Schedule | undefined {
  return allSchedules().find((s) => s.triggerId === triggerId);
}

export function saveSchedule(schedule: Schedule): void {
  const properties = PropertiesService.getUserProperties();
  const book = readBook(properties);
  book[schedule.spreadsheetId] = schedule;
  writeBook(properties, book);
}

/** Changes some fields of a saved schedule; does nothing if the schedule was removed meanwhile. */
export function updateSchedule(spreadsheetId: string, change: Partial<Schedule>): void {
  const properties = PropertiesService.getUserProperties();
  const book = readBook(properties);
  const current = book[spreadsheetId];
  if (!current) return;
  const next: Schedule = { ...current, ...change };
  for (const key of Object.keys(change) as (keyof Schedule)[]) {
    if (change[key] === undefined) delete next[key];
  }
  book[spreadsheetId] = next;
  writeBook(properties, book);
}

export function deleteSchedule(spreadsheetId: string): void {
  const properties = PropertiesService.getUserProperties();
  const book = readBook(properties);
  delete book[spreadsheetId];
  writeBook(properties, book);
}
