// "Learn points from history": the current points against suggested, logistic, naive-Bayes and boosted points, all
// measured on the newest 30% of leads with points fitted without them; which did best, in words; what "Use" would
// change, shown before it replaces anything; and Undo after.

import { useState } from 'preact/hooks';
import { pairParts } from '../../core/pairRules';
import { rulesDiff } from '../../core/rulesDiff';
import type { PointsRule, Settings } from '../../core/settings';
import { type Reply, rejectionMessage, run } from '../api';
import { fixed, type Language } from '../i18n';
import { useLanguage, useT } from '../i18n/context';
import type { Catalogue } from '../i18n/en';

type Learnt = Reply<'learnFromHistory'>;
type Kind = Learnt['models'][number]['kind'];

const shown = (x: number | undefined, language: Language, digits = 2) =>
  x === undefined || !Number.isFinite(x) ? '—' : fixed(x, language, digits);

/** The verdict in words: which model ranked the newest leads best, and by how much. */
function Verdict({ learnt }: { learnt: Learnt }) {
  const t = useT();
  const language = useLanguage();
  const v = learnt.verdict;
  if (!v) return <p class="hint">{t.learn.noVerdict}</p>;
  const name = (k: Kind) => t.learn.kinds[k];
  const auc = (k: Kind) => shown(learnt.models.find((m) => m.kind === k)?.auc, language);
  return (
    <p class="verdict">
      {v.tie
        ? t.learn.tie(name(v.best), name(v.runnerUp), auc(v.best), auc(v.runnerUp))
        : t.learn.best(name(v.best), name(v.runnerUp), shown(v.aucMargin, language), auc(v.best))}
      {v.overYours !== undefined && !v.tie ? ` ${t.learn.overYours(shown(v.overYours, language))}` : ''}
    </p>
  );
}

/** `Source = Ads`; a pair rule as both its conditions, `Source = Ads and Visits = >=3`. */
function ruleText(t: Catalogue, r: PointsRule): string {
  const attributes = pairParts(r.attribute);
  const values = pairParts(r.value);
  if (!attributes || !values) return `${r.attribute} = ${r.value}`;
  return t.learn.both(`${attributes[0]} = ${values[0]}`, `${attributes[1]} = ${values[1]}`);
}

/** What replacing the current rules with `next` changes, listed before anything is replaced. */
function DiffReview(props: {
  before: PointsRule[];
  next: { kind: Kind; rules: PointsRule[] };
  confirm: () => void;
  cancel: () => void;
}) {
  const t = useT();
  const { before, next } = props;
  const diff = rulesDiff(before, next.rules);
  return (
    <div class="notice diff" role="alertdialog" aria-labelledby="diff-summary">
      <p id="diff-summary">
        {t.learn.diffSummary(
          t.learn.kinds[next.kind],
          before.length,
          next.rules.length,
          diff.added.length,
          diff.removed.length,
          diff.changed.length,
        )}
      </p>
      {diff.added.length > 0 && (
        <details>
          <summary>{t.learn.added(diff.added.length)}</summary>
          <ul>
            {diff.added.map((r) => (
              <li key={`+${ruleText(t, r)}`}>{`${ruleText(t, r)}: ${r.points}`}</li>
            ))}
          </ul>
        </details>
      )}
      {diff.removed.length > 0 && (
        <details>
          <summary>{t.learn.removed(diff.removed.length)}</summary>
          <ul>
            {diff.removed.map((r) => (
              <li key={`-${ruleText(t, r)}`}>{`${ruleText(t, r)}: ${r.points}`}</li>
            ))}
          </ul>
        </details>
      )}
      {diff.changed.length > 0 && (
        <details>
          <summary>{t.learn.changed(diff.changed.length)}</summary>
          <ul>
            {diff.changed.map(({ before: b, after: a }) => (
              <li key={`~${ruleText(t, a)}`}>{`${ruleText(t, a)}: ${b.points} → ${a.points}`}</li>
            ))}
          </ul>
        </details>
      )}
      <div class="row">
        <button type="button" class="primary" onClick={props.confirm}>
          {t.confirmReplace}
        </button>
        <button type="button" onClick={props.cancel}>
          {t.cancel}
        </button>
      </div>
    </div>
  );
}

export function LearnPanel(props: {
  settings: Settings;
  rules: PointsRule[];
  treatAsEmpty?: string[];
  use: (rules: PointsRule[]) => void;
}) {
  const t = useT();
  const language = useLanguage();
  const [learnt, setLearnt] = useState<Learnt | undefined>();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<{ kind: Kind; rules: PointsRule[] } | undefined>();
  const [undo, setUndo] = useState<{ kind: Kind; rules: PointsRule[] } | undefined>();
  const learn = () => {
    setBusy(true);
    setError('');
    setPending(undefined);
    run('learnFromHistory', props.settings, props.rules, props.treatAsEmpty ?? [])
      .then(setLearnt)
      .catch((e: unknown) => setError(rejectionMessage(e)))
      .finally(() => setBusy(false));
  };
  const yours = learnt?.models.find((m) => m.kind === 'current');
  const boosted = learnt?.models.find((m) => m.kind === 'boosted');
  return (
    <fieldset class="learn" id="learn">
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
          {yours && (yours.refitted?.length ?? 0) + (yours.asSet?.length ?? 0) > 0 && (
            <p class="hint">{t.learn.yoursRefitted(yours.refitted?.length ?? 0, yours.asSet?.length ?? 0)}</p>
          )}
          {boosted?.fitted && <p class="hint">{t.learn.boosted(boosted.fitted.leads, learnt.trainLeads)}</p>}
          {learnt.fewConversions && (
            <p class="error">{t.learn.few(learnt.conversions, t.goalWords[props.settings.goal])}</p>
          )}
          <Verdict learnt={learnt} />
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
                <tr key={m.kind} class={learnt.verdict?.best === m.kind ? 'best' : ''}>
                  <td>{t.learn.kinds[m.kind]}</td>
                  <td>{shown(m.auc, language)}</td>
                  <td>{shown(m.liftTop20, language, 1)}</td>
                  <td>{shown(m.calibrationGap, language)}</td>
                  <td>
                    {m.rules && (
                      <button
                        type="button"
                        onClick={() => setPending({ kind: m.kind, rules: m.rules! })}
                        aria-label={`${t.learn.use}: ${t.learn.kinds[m.kind]}`}
                      >
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
      {pending && (
        <DiffReview
          before={props.rules}
          next={pending}
          cancel={() => setPending(undefined)}
          confirm={() => {
            setUndo({ kind: pending.kind, rules: props.rules });
            setPending(undefined);
            props.use(pending.rules);
          }}
        />
      )}
      {undo && !pending && (
        <p class="row" role="status">
          {t.learn.replaced(t.learn.kinds[undo.kind])}
          <button
            type="button"
            onClick={() => {
              props.use(undo.rules);
              setUndo(undefined);
            }}
          >
            {t.learn.undo}
          </button>
        </p>
      )}
    </fieldset>
  );
}
