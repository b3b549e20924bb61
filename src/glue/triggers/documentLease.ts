// One re-score of a spreadsheet at a time, across the trigger and every collaborator's manual runs: a lease in the
// document's properties that expires. The script lock and script properties are shared by every user of an add-on
// in every document (https://developers.google.com/apps-script/reference/lock/lock-service), so neither is used: a
// run killed mid-way leaves at most one stale key, in its own document, which the next run takes over once expired.

const leaseKey = 'leadlift.lease';
/** Apps Script kills an execution at 6 minutes: a lease older than that belongs to a run that is gone. */
const leaseLifetimeMs = 6 * 60 * 1000 + 30 * 1000;

interface Lease {
  owner: string;
  until: number;
}

export class LeaseUnavailableError extends Error {}

/** The document's lock, held only for the few milliseconds of reading and writing the lease. */
function withDocumentLock<T>(action: () => T): T {
  // A time-driven run may have no document lock (LockService.getDocumentLock returns null): the user lock then
  // keeps the trigger's own executions apart, and the lease's read-then-write is a few milliseconds wide.
  const lock = LockService.getDocumentLock() ?? LockService.getUserLock();
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
export function takeLease(owner: string, nowMs: number): void {
  withDocumentLock(() => {
    const properties = PropertiesService.getDocumentProperties();
    const held = properties.getProperty(leaseKey);
    if (held) {
      const lease = JSON.parse(held) as Lease;
      if (lease.owner !== owner && lease.until > nowMs) {
        throw new LeaseUnavailableError(
          'Another LeadLift re-score of this spreadsheet is running; this run was skipped and nothing was written.',
        );
      }
    }
    const lease: Lease = { owner, until: nowMs + leaseLifetimeMs };
    properties.setProperty(leaseKey, JSON.stringify(lease));
  });
}

export function releaseLease(owner: string): void {
  withDocumentLock(() => {
    const properties = PropertiesService.getDocumentProperties();
    const held = properties.getProperty(leaseKey);
    if (held && (JSON.parse(held) as Lease).owner === owner) properties.deleteProperty(leaseKey);
  });
}
