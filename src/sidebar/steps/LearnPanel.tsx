// "Learn points from history": the current points against suggested, logistic and naive-Bayes points, measured on
// the newest 30% of leads, with a button to use the points that did best.

import { useState } from 'preact/hooks';
import type { PointsRule, Settings } from '../../core/settings';
import { type Reply, run } from '../api';
import type { Catalogue } from '../i18n/en';

type Learnt = Reply<'learnFromHistory'>;

const shown = (x: number | undefined, digits = 2) =>
  x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(digits);

export function LearnPanel(props: {
  t: Catalogue;
  settings: Settings;
  rules: PointsRule[];
  use: (rules: PointsRule[]) => void;
}) {
  const { t } = props;
  const [learnt, setLearnt] = useState<Learnt | undefined>();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const learn = () => {
    setBusy(true);
    setError('');
    run('learnFromHistory', props.settings, props.rules)
      .then(setLearnt)
      .catch((e: Error) => setError(e.message))
      .finally(() => setBusy(false));
  };
  return (
    <fieldset class="learn">
      <legend>{t.learn.title}</legend>
      <button type="button" onClick={learn} disabled={busy}>
        {busy ? t.learn.busy : t.learn.button}
      </button>
      {error && <p class="error">{error}</p>}
      {learnt && (
        <div role="status">
          <p class="hint">
            {t.learn.holdout(learnt.trainLeads, learnt.holdoutLeads, learnt.newestBy === 'date')}
          </p>
          {learnt.fewConversions && <p class="error">{t.learn.few(learnt.conversions)}</p>}
          <table class="learnt">
            <thead>
              <tr>
                <th>{t.learn.model}</th>
                <th>AUC</th>
                <th>{t.learn.lift}</th>
                <th>{t.learn.calibration}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {learnt.models.map((m) => (
                <tr>
                  <td>{t.learn.kinds[m.kind]}</td>
                  <td>{shown(m.auc)}</td>
                  <td>{shown(m.liftTop20, 1)}</td>
                  <td>{shown(m.calibrationGap)}</td>
                  <td>
                    {m.rules && (
                      <button type="button" onClick={() => props.use(m.rules!)}>
                        {t.learn.use}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </fieldset>
  );
}
