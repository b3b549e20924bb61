// The sidebar's entry: mounts the app into the page Apps Script serves.

import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type Reply, run } from './api';
import './styles.css';

function App() {
  const [overview, setOverview] = useState<Reply<'getSheetOverview'> | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    run('getSheetOverview')
      .then(setOverview)
      .catch((e: Error) => setError(e.message));
  }, []);
  return (
    <main>
      <h1>LeadLift</h1>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {overview && (
        <section>
          <p>
            Sheet <strong>{overview.activeSheet}</strong>: {overview.rows} rows
          </p>
          <p class="muted">Columns: {overview.headers.join(', ')}</p>
        </section>
      )}
    </main>
  );
}

render(<App />, document.getElementById('app')!);
