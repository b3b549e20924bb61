// One re-score of a spreadsheet at a time, across the trigger and manual runs.
// LockService's document lock does not exist in a time-driven trigger (it has no document), so the exclusion is a
// lease per spreadsheet in the script's properties, taken and released under the script lock, which is held
// only for those few milliseconds rather than for the whole run.

const leasePrefix = 'leadlift.lease.';
/** Apps Script kills an execution at 6 minutes: a lease older than that belongs to a run that is gone. */
const leaseLifetimeMs = 6 * 60 * 1000 + 30 * 1000;

interface Lease {
  owner: string;
  until: number;
}

export class LeaseUnavailableError extends Error {}

function withScriptLock<T>(action: () => T): T {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(10_000)) {
    throw new LeaseUnavailableError('Another LeadLift run held the lock for too long; this run was skipped.');
  }
  try {
    return action();
  } finally {
    lock.releaseLock();
  }
}

/** Takes the spreadsheet's lease for `owner`, or throws LeaseUnavailableError when another run holds it. */
export function takeLease(spreadsheetId: string, owner: string, nowMs: number): void {
  withScriptLock(() => {
    const properties = PropertiesService.getScriptProperties();
    const key = leasePrefix + spreadsheetId;
    const held = properties.getProperty(key);
    if (held) {
      const lease = JSON.parse(held) as Lease;
      if (lease.owner !== owner && lease.until > nowMs) {
        throw new LeaseUnavailableError(
          'Another LeadLift re-score of this spreadsheet is running; this run was skipped and nothing was written.',
        );
      }
    }
    const lease: Lease = { owner, until: nowMs + leaseLifetimeMs };
    properties.setProperty(key, JSON.stringify(lease));
  });
}

export function releaseLease(spreadsheetId: string, owner: string): void {
  withScriptLock(() => {
    const properties = PropertiesService.getScriptProperties();
    const key = leasePrefix + spreadsheetId;
    const held = properties.getProperty(key);
    if (held && (JSON.parse(held) as Lease).owner === owner) properties.deleteProperty(key);
  });
}
