// "Export as SQL" in the Apply step: the applied model as a BigQuery or DuckDB query in the LeadLift SQL tab.

import { useState } from 'preact/hooks';
import { type Reply, rejectionMessage, run } from '../api';
import { useT } from '../i18n/context';

type Dialect = 'bigquery' | 'duckdb';

export function SqlExportPanel() {
  const t = useT();
  const [table, setTable] = useState('');
  const [dialect, setDialect] = useState<Dialect>('bigquery');
  const [done, setDone] = useState<Reply<'exportModelSql'> | undefined>();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const exportSql = () => {
    setDone(undefined);
    const name = table.trim();
    // The rest of a name's checks are the dialect's, on the server, as =MODELSQL makes them.
    if (name === '') {
      setError(t.sql.tableMissing);
      return;
    }
    setBusy(true);
    setError('');
    run('exportModelSql', name, dialect)
      .then(setDone)
      .catch((e: unknown) => setError(rejectionMessage(e)))
      .finally(() => setBusy(false));
  };

  return (
    <fieldset class="sql-export">
      <legend>{t.sql.title}</legend>
      <label for="sql-table">
        {t.sql.table}
        <input
          id="sql-table"
          placeholder="myproject.crm.leads"
          value={table}
          onInput={(e) => setTable(e.currentTarget.value)}
          disabled={busy}
        />
      </label>
      <label for="sql-dialect">
        {t.sql.dialect}
        <select
          id="sql-dialect"
          value={dialect}
          onChange={(e) => setDialect(e.currentTarget.value as Dialect)}
          disabled={busy}
        >
          <option value="bigquery">BigQuery</option>
          <option value="duckdb">DuckDB</option>
        </select>
      </label>
      <button type="button" onClick={exportSql} disabled={busy}>
        {t.sql.export}
      </button>
      {error && <p class="error">{error}</p>}
      {done && (
        <p role="status">
          {t.sql.written(done.lines, done.tab, done.range, done.dialect === 'duckdb' ? 'DuckDB' : 'BigQuery')}
        </p>
      )}
    </fieldset>
  );
}
