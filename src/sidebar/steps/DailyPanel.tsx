// The daily re-score in the Apply step: turn it on at an hour, see when it last ran and what it did, turn it off.

import { useEffect, useState } from 'preact/hooks';
import { type Reply, rejectionMessage, run } from '../api';
import { dateTime, hourText } from '../i18n';
import { useLanguage, useT } from '../i18n/context';

type Status = Reply<'getDailyRescoreStatus'>;

const hours = Array.from({ length: 24 }, (_, h) => h);

export function DailyPanel() {
  const t = useT();
  const language = useLanguage();
  const [status, setStatus] = useState<Status | undefined>();
  const [hour, setHour] = useState(6);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const call = (request: Promise<Status>) => {
    setBusy(true);
    setError('');
    request
      .then((next) => {
        setStatus(next);
        if (next.hour !== undefined) setHour(next.hour);
      })
      .catch((e: unknown) => setError(rejectionMessage(e)))
      .finally(() => setBusy(false));
  };
  useEffect(() => call(run('getDailyRescoreStatus')), []);

  return (
    <fieldset class="daily">
      <legend>{t.daily.title}</legend>
      {status && (
        <p role="status">
          {status.installed && status.hour !== undefined
            ? t.daily.on(hourText(status.hour, language), status.timeZone)
            : t.daily.off}
          {status.continuing ? ` ${t.daily.continuing}` : ''}
        </p>
      )}
      {status?.owner && <p class="hint">{t.daily.owner(status.owner === 'you', status.ownerEmail)}</p>}
      {status?.lastRun && (
        <p class="hint">
          {t.daily.lastRun(
            // On the spreadsheet's clock, as the hour is.
            dateTime(status.lastRun.time, language, status.timeZone),
            t.daily.statuses[status.lastRun.status] ?? status.lastRun.status,
            status.lastRun.rowsScored,
            status.lastRun.rowsChanged,
          )}{' '}
          {status.lastRun.stages}
        </p>
      )}
      {status?.lastError && <p class="error">{t.daily.lastError(status.lastError)}</p>}
      {error && <p class="error">{error}</p>}
      <div class="row">
        <label for="daily-hour">
          {t.daily.at}
          <select
            id="daily-hour"
            value={hour}
            onChange={(e) => setHour(Number(e.currentTarget.value))}
            disabled={busy}
          >
            {hours.map((h) => (
              <option key={h} value={h}>
                {hourText(h, language)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => call(run('installDailyRescore', hour))} disabled={busy}>
          {t.daily.install}
        </button>
        {status?.installed && (
          <button type="button" onClick={() => call(run('removeDailyRescore'))} disabled={busy}>
            {t.daily.remove}
          </button>
        )}
      </div>
    </fieldset>
  );
}
