// Step 3: the points table (suggested, editable, rules added by hand or from templates), decay, stages and grades.

import type { PointsMethod } from '../../core/points';
import { type Dimension, pointsMethods, type PointsRule } from '../../core/settings';
import type { Catalogue } from '../i18n/en';
import type { SidebarState, Update, UpdateSettings } from '../state';
import { bantRules, goalRules } from '../templates';
import { LearnPanel } from './LearnPanel';

interface Props {
  t: Catalogue;
  state: SidebarState;
  update: Update;
  updateSettings: UpdateSettings;
  suggestAgain: (method: PointsMethod) => void;
}

const numbers = (text: string) =>
  text
    .split(/[,;\s]+/)
    .filter((s) => s !== '')
    .map(Number);

export function PointsStep({ t, state, update, updateSettings, suggestAgain }: Props) {
  const { settings, rules, preview } = state;
  const headers = state.reading?.columns.map((c) => c.header) ?? [];
  const setRule = (i: number, change: Partial<PointsRule>) =>
    update({ rules: rules.map((r, j) => (j === i ? { ...r, ...change } : r)) });
  return (
    <section>
      <label for="method">
        {t.method}
        <select
          id="method"
          value={settings.pointsMethod}
          onChange={(e) => suggestAgain(e.currentTarget.value as PointsMethod)}
        >
          {pointsMethods.map((m) => (
            <option value={m}>{t.methods[m]}</option>
          ))}
        </select>
      </label>
      <LearnPanel t={t} settings={settings} rules={rules} use={(learnt) => update({ rules: learnt })} />
      <table class="rules">
        <thead>
          <tr>
            <th>{t.attribute}</th>
            <th>{t.value}</th>
            <th>{t.points}</th>
            <th>
              <span class="sr-only">{t.dimension}</span>
            </th>
            <th>
              <span class="sr-only">{t.remove}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rules.map((r, i) => (
            <tr>
              <td>
                <input
                  aria-label={`${t.attribute} ${i + 1}`}
                  list="headers"
                  value={r.attribute}
                  onChange={(e) => setRule(i, { attribute: e.currentTarget.value })}
                />
              </td>
              <td>
                <input
                  aria-label={`${t.value} ${i + 1}`}
                  value={r.value}
                  onChange={(e) => setRule(i, { value: e.currentTarget.value })}
                />
              </td>
              <td>
                <input
                  aria-label={`${t.points} ${i + 1}`}
                  class="points"
                  type="number"
                  value={r.points}
                  onChange={(e) => setRule(i, { points: Number(e.currentTarget.value) || 0 })}
                />
              </td>
              <td>
                <select
                  aria-label={`${t.dimension} ${i + 1}`}
                  value={r.dimension}
                  onChange={(e) => setRule(i, { dimension: e.currentTarget.value as Dimension })}
                >
                  <option value="Fit">{t.fit.slice(0, 3)}</option>
                  <option value="Engagement">{t.engagement.slice(0, 3)}</option>
                </select>
              </td>
              <td>
                <button
                  type="button"
                  class="icon"
                  aria-label={`${t.remove} ${i + 1}`}
                  onClick={() => update({ rules: rules.filter((_, j) => j !== i) })}
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <datalist id="headers">
        {headers.map((h) => (
          <option value={h} />
        ))}
      </datalist>
      <div class="row">
        <button
          type="button"
          onClick={() =>
            update({
              rules: [...rules, { attribute: headers[0] ?? '', value: '', points: 0, dimension: 'Fit' }],
            })
          }
        >
          {t.addRule}
        </button>
        <button type="button" onClick={() => update({ rules: [...rules, ...bantRules(headers)] })}>
          {t.bant}
        </button>
        <button
          type="button"
          onClick={() => update({ rules: [...rules, ...goalRules(settings.goal, headers)] })}
        >
          {t.goalTemplate}
        </button>
      </div>
      <label for="half-life">
        {t.halfLife}
        <input
          id="half-life"
          type="number"
          min={1}
          value={settings.halfLifeDays}
          onChange={(e) => updateSettings({ halfLifeDays: Number(e.currentTarget.value) || 30 })}
        />
      </label>
      <h2>{t.stages}</h2>
      <label for="thresholds">
        {t.thresholds}
        <input
          id="thresholds"
          value={settings.stageThresholds.join(', ')}
          onChange={(e) => {
            const thresholds = numbers(e.currentTarget.value);
            if (thresholds.length === 0 || thresholds.some((n) => !Number.isFinite(n))) return;
            const labels = [...settings.stageLabels];
            while (labels.length < thresholds.length + 1) labels.push(`Stage ${labels.length + 1}`);
            updateSettings({
              stageThresholds: thresholds,
              stageLabels: labels.slice(0, thresholds.length + 1),
            });
          }}
        />
      </label>
      <ul class="stages">
        {settings.stageLabels.map((label, i) => (
          <li>
            <input
              aria-label={`${t.labels} ${i + 1}`}
              value={label}
              onChange={(e) =>
                updateSettings({
                  stageLabels: settings.stageLabels.map((l, j) => (j === i ? e.currentTarget.value : l)),
                })
              }
            />
            <span class="muted" data-stage-count={i}>
              {preview && preview.counts.length === settings.stageLabels.length
                ? t.leadsInStage(preview.counts[i])
                : ''}
            </span>
          </li>
        ))}
      </ul>
      <h2>{t.gradeCuts}</h2>
      <label class="radio">
        <input
          type="radio"
          name="cuts"
          checked={!settings.gradeCuts}
          onChange={() => updateSettings({ gradeCuts: undefined })}
        />
        {t.quintiles}
      </label>
      <label class="radio">
        <input
          type="radio"
          name="cuts"
          checked={settings.gradeCuts !== undefined}
          onChange={() =>
            updateSettings({ gradeCuts: { fit: [20, 40, 60, 80], engagement: [5, 10, 20, 40] } })
          }
        />
        {t.customCuts}
      </label>
      {settings.gradeCuts && (
        <>
          <label for="fit-cuts">
            {t.fitCuts}
            <input
              id="fit-cuts"
              value={settings.gradeCuts.fit.join(', ')}
              onChange={(e) =>
                updateSettings({ gradeCuts: { ...settings.gradeCuts!, fit: numbers(e.currentTarget.value) } })
              }
            />
          </label>
          <label for="engagement-cuts">
            {t.engagementCuts}
            <input
              id="engagement-cuts"
              value={settings.gradeCuts.engagement.join(', ')}
              onChange={(e) =>
                updateSettings({
                  gradeCuts: { ...settings.gradeCuts!, engagement: numbers(e.currentTarget.value) },
                })
              }
            />
          </label>
        </>
      )}
    </section>
  );
}
