// Step 3: the points table (suggested and learnt rules grouped under their attribute or pair of attributes, with
// their evidence where the analysis has it, points editable, rules added by hand or from templates), decay, the
// score histogram with stages and their thresholds, and grades.

import { useEffect, useState } from 'preact/hooks';
import type { SuggestMethod } from '../../core/points';
import { pairParts } from '../../core/pairRules';
import { type Dimension, pointsMethods, type PointsRule } from '../../core/settings';
import { type Reply, rejectionMessage, run } from '../api';
import { decimal, percent, typedNumbers, valueText } from '../i18n';
import { useLanguage, useT } from '../i18n/context';
import { Radio } from '../Radio';
import { editedRule, rowKey, type SidebarRule, withHandRules } from '../ruleRows';
import type { ThresholdChoice } from '../state';
import { bantRules, goalRules } from '../templates';
import { LearnPanel } from './LearnPanel';
import { useStagePreview } from './useStagePreview';
import type { StepProps } from '.';

type Evidence = Reply<'analyse'>['attributes'][number]['values'][number];

const numbers = typedNumbers;

const key = (attribute: string, value: string) => `${attribute}\u0000${value}`;

/** A pair rule's two columns and two criteria (`Source & Visits`, `Ads & >=3`); undefined for a single rule. */
function pairOf(rule: PointsRule): { attributes: [string, string]; values: [string, string] } | undefined {
  const attributes = pairParts(rule.attribute);
  const values = pairParts(rule.value);
  return attributes && values ? { attributes, values } : undefined;
}

/** The thresholds of a fresh setup, before any data: the stages then start from the scores. */
const placeholderThresholds = '30,60';

/** A created-date column among the date columns, by its header. */
const arrivalWords = /creat|added|sign.?up|submitted|registered|received|joined|alta|creaci/i;

export function PointsStep({ state, update, updateSettings, working, showError }: StepProps) {
  const t = useT();
  const language = useLanguage();
  const { settings, rules, preview, analysis } = state;
  const w = t.goalWords[settings.goal];
  const headers = state.reading?.columns.map((c) => c.header) ?? [];
  const dateColumns = (state.reading?.columns ?? []).filter((c) => c.type === 'date').map((c) => c.header);
  const choice: ThresholdChoice = state.thresholds ?? {
    source: settings.stageThresholds.join(',') === placeholderThresholds ? 'scores' : 'own',
    leadsPerWeek: 50,
    arrivalColumn: dateColumns.find((h) => arrivalWords.test(h) && h !== settings.lastActivity) ?? '',
  };
  const choose = (change: Partial<ThresholdChoice>) => update({ thresholds: { ...choice, ...change } });
  const [problem, setProblem] = useState('');

  // Thresholds from the scores or from capacity follow the rules as they are edited.
  useEffect(() => {
    if (choice.source === 'own' || rules.length === 0) return;
    const capacity =
      choice.source === 'capacity'
        ? {
            leadsPerWeek: choice.leadsPerWeek,
            ...(choice.arrivalColumn ? { arrivalColumn: choice.arrivalColumn } : {}),
          }
        : undefined;
    const timer = setTimeout(() => {
      run('suggestThresholds', settings, rules, capacity)
        .then((said) => {
          setProblem('');
          update({ thresholds: { ...choice, said } });
          updateSettings({ stageThresholds: said.thresholds });
        })
        .catch((e: unknown) => setProblem(rejectionMessage(e)));
    }, 300);
    return () => clearTimeout(timer);
  }, [rules, choice.source, choice.leadsPerWeek, choice.arrivalColumn, settings.stageLabels.length]);
  // After the thresholds' effect, as their timers are set in that order.
  useStagePreview(state, update, showError);

  /** Another method's suggestion replaces the rules. */
  const suggestAgain = (method: SuggestMethod) =>
    void working(async () => {
      const suggested = await run(
        'suggest',
        { ...settings, pointsMethod: method },
        method,
        state.treatAsEmpty,
      );
      update({ rules: suggested });
      updateSettings({ pointsMethod: method });
    });

  const evidence = new Map<string, Evidence>();
  for (const a of analysis?.attributes ?? [])
    for (const v of a.values) evidence.set(key(a.header, v.value), v);
  const setRule = (i: number, change: Partial<PointsRule>) =>
    update({ rules: rules.map((r, j) => (j === i ? editedRule(r, change) : r)) });
  const addByHand = (added: PointsRule[]) => update({ rules: withHandRules(rules, added) });

  // Suggested and learnt rules grouped under their attribute (a pair rule under its pair), in the rules' order;
  // hand rules, and rules on a column the analysis does not know, apart.
  const analysed = new Set(analysis?.attributes.map((a) => a.header));
  const groups = new Map<string, { rule: SidebarRule; index: number; evidence?: Evidence }[]>();
  const byHand: { rule: SidebarRule; index: number }[] = [];
  rules.forEach((rule, index) => {
    const found = rule.byHand ? undefined : evidence.get(key(rule.attribute, rule.value));
    const columns = pairOf(rule)?.attributes ?? [rule.attribute.replace(/~&/g, '&')];
    const learnt = !rule.byHand && columns.every((c) => analysed.has(c));
    if (!found && !learnt) {
      byHand.push({ rule, index });
      return;
    }
    const group = groups.get(rule.attribute) ?? [];
    group.push({ rule, index, evidence: found });
    groups.set(rule.attribute, group);
  });

  // A preview for other thresholds (a reply still on its way) is not shown as if it were for these.
  const fresh = preview !== undefined && preview.thresholds.join(';') === settings.stageThresholds.join(';');
  const scale =
    settings.pointsMethod === 'joint' && analysis?.oddsPer10Points
      ? t.scoring.scale0to100(`×${decimal(analysis.oddsPer10Points, language)}`, w)
      : t.scoring.scaleSum;

  const pointsInput = (rule: PointsRule, index: number) => (
    <input
      aria-label={`${t.points} ${index + 1}`}
      class="points"
      type="number"
      value={rule.points}
      onChange={(e) => setRule(index, { points: Number(e.currentTarget.value) || 0 })}
    />
  );
  const removeButton = (index: number) => (
    <button
      type="button"
      class="icon"
      aria-label={`${t.remove} ${index + 1}`}
      onClick={() => update({ rules: rules.filter((_, j) => j !== index) })}
    >
      ×
    </button>
  );
  const dimensionOptions = (
    <>
      <option value="Fit">{t.fit}</option>
      <option value="Engagement">{t.engagement}</option>
    </>
  );

  return (
    <section>
      <label for="method">
        {t.method}
        <select
          id="method"
          value={settings.pointsMethod}
          onChange={(e) => suggestAgain(e.currentTarget.value as SuggestMethod)}
        >
          {pointsMethods.map((m) => (
            <option key={m} value={m}>
              {t.methods[m]}
            </option>
          ))}
        </select>
      </label>
      <p class="scale">{scale}</p>
      <LearnPanel
        settings={settings}
        rules={rules}
        treatAsEmpty={state.treatAsEmpty}
        use={(learnt) => update({ rules: learnt })}
      />
      <table class="rules">
        <thead>
          <tr>
            <th>{t.value}</th>
            <th>{t.points}</th>
            <th>
              <span class="sr-only">{t.remove}</span>
            </th>
          </tr>
        </thead>
        {[...groups].map(([attribute, rows]) => (
          <tbody key={attribute}>
            <tr class="group">
              <th colSpan={3} scope="rowgroup">
                <span class="name">{pairOf(rows[0].rule)?.attributes.join(' & ') ?? attribute}</span>
                <select
                  aria-label={`${t.dimension}: ${attribute}`}
                  value={rows[0].rule.dimension}
                  onChange={(e) => {
                    const dimension = e.currentTarget.value as Dimension;
                    update({
                      rules: rules.map((r) =>
                        r.attribute === attribute && !r.byHand ? { ...r, dimension } : r,
                      ),
                    });
                  }}
                >
                  {dimensionOptions}
                </select>
              </th>
            </tr>
            {rows.map(({ rule, index, evidence: e }) => (
              <tr class="rule" key={rowKey(rule)}>
                <td>
                  <span class="value" title={rule.value}>
                    {e?.bin !== undefined && `${t.bars.bin(e.bin)}: `}
                    {(pairOf(rule)?.values ?? [rule.value]).map((v) => valueText(v, language)).join(' & ')}
                  </span>
                  {e && (
                    <span class="muted small evidence">
                      {e.leads > 0
                        ? t.scoring.evidence(
                            percent(e.closeRate, language),
                            percent(e.low, language),
                            percent(e.high, language),
                            e.leads,
                            w,
                          )
                        : t.scoring.noEvidence}
                    </span>
                  )}
                </td>
                <td>{pointsInput(rule, index)}</td>
                <td>{removeButton(index)}</td>
              </tr>
            ))}
          </tbody>
        ))}
        {byHand.length > 0 && (
          <tbody>
            <tr class="group">
              <th colSpan={3} scope="rowgroup">
                {t.scoring.handRules}
              </th>
            </tr>
            {byHand.map(({ rule, index }) => (
              <tr class="rule" key={rowKey(rule)}>
                <td class="hand">
                  <input
                    aria-label={`${t.attribute} ${index + 1}`}
                    list="headers"
                    value={rule.attribute}
                    onChange={(e) => setRule(index, { attribute: e.currentTarget.value })}
                  />
                  <input
                    aria-label={`${t.value} ${index + 1}`}
                    value={rule.value}
                    onChange={(e) => setRule(index, { value: e.currentTarget.value })}
                  />
                  <select
                    aria-label={`${t.dimension} ${index + 1}`}
                    value={rule.dimension}
                    onChange={(e) => setRule(index, { dimension: e.currentTarget.value as Dimension })}
                  >
                    {dimensionOptions}
                  </select>
                </td>
                <td>{pointsInput(rule, index)}</td>
                <td>{removeButton(index)}</td>
              </tr>
            ))}
          </tbody>
        )}
      </table>
      <datalist id="headers">
        {headers.map((h) => (
          <option key={h} value={h} />
        ))}
      </datalist>
      <div class="row">
        <button
          type="button"
          onClick={() => addByHand([{ attribute: headers[0] ?? '', value: '', points: 0, dimension: 'Fit' }])}
        >
          {t.addRule}
        </button>
        <button type="button" onClick={() => addByHand(bantRules(headers))}>
          {t.bant}
        </button>
        <button type="button" onClick={() => addByHand(goalRules(settings.goal, headers))}>
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
      {fresh && <Histogram preview={preview} thresholds={settings.stageThresholds} />}
      <fieldset>
        <legend>{t.scoring.source}</legend>
        <Radio
          name="threshold-source"
          checked={choice.source === 'scores'}
          onChange={() => choose({ source: 'scores', said: undefined })}
        >
          {t.scoring.fromScores}
        </Radio>
        <Radio
          name="threshold-source"
          checked={choice.source === 'capacity'}
          onChange={() => choose({ source: 'capacity', said: undefined })}
        >
          {t.scoring.fromCapacity}
        </Radio>
        {choice.source === 'capacity' && (
          <div class="indent">
            <label for="leads-per-week">
              {t.scoring.leadsPerWeek}
              <input
                id="leads-per-week"
                type="number"
                min={1}
                value={choice.leadsPerWeek}
                onChange={(e) => choose({ leadsPerWeek: Math.max(1, Number(e.currentTarget.value) || 1) })}
              />
            </label>
            <label for="arrival-column">
              {t.scoring.arrivalColumn}
              <select
                id="arrival-column"
                value={choice.arrivalColumn}
                onChange={(e) => choose({ arrivalColumn: e.currentTarget.value })}
              >
                <option value="">{t.scoring.arrivalNone}</option>
                {dateColumns.map((h) => (
                  <option key={h} value={h}>
                    {h}
                  </option>
                ))}
              </select>
            </label>
            {choice.said && (
              <p class="muted small" role="status">
                {choice.said.weeklyArrivals !== undefined
                  ? t.scoring.byDate(
                      Math.round(choice.said.weeklyArrivals),
                      choice.arrivalColumn,
                      choice.said.topLeads,
                    )
                  : t.scoring.bySheet(choice.said.topLeads, choice.said.sheetLeads ?? 0)}
              </p>
            )}
          </div>
        )}
        <Radio
          name="threshold-source"
          checked={choice.source === 'own'}
          onChange={() => choose({ source: 'own', said: undefined })}
        >
          {t.scoring.own}
        </Radio>
      </fieldset>
      <label for="thresholds">
        {t.thresholds}
        <input
          id="thresholds"
          value={settings.stageThresholds.map((x) => decimal(x, language)).join('; ')}
          onChange={(e) => {
            const thresholds = numbers(e.currentTarget.value, language);
            if (thresholds.length === 0 || thresholds.some((n) => !Number.isFinite(n))) return;
            const labels = [...settings.stageLabels];
            while (labels.length < thresholds.length + 1) labels.push(`Stage ${labels.length + 1}`);
            choose({ source: 'own', said: undefined });
            updateSettings({
              stageThresholds: thresholds,
              stageLabels: labels.slice(0, thresholds.length + 1),
            });
          }}
        />
      </label>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      <ul class="stages">
        {settings.stageLabels.map((label, i) => {
          const known = fresh && preview.counts.length === settings.stageLabels.length;
          return (
            <li class={`stage s${Math.min(i, 2)}`}>
              <input
                aria-label={`${t.labels} ${i + 1}`}
                value={label}
                onChange={(e) =>
                  updateSettings({
                    stageLabels: settings.stageLabels.map((l, j) => (j === i ? e.currentTarget.value : l)),
                  })
                }
              />
              <span class="stage-facts">
                <span data-stage-count={i}>{known ? t.leadsInStage(preview.counts[i], w) : ''}</span>
                {known && (
                  <span class="muted small">
                    {i > 0 && `${t.scoring.stageFrom(decimal(settings.stageThresholds[i - 1], language))} · `}
                    {t.scoring.stageRate(percent(preview.rates[i], language), w)}
                  </span>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {fresh && preview.topGradeInLowest > 0 && (
        <p class="notice" role="status">
          {t.scoring.topGradeInLowest(preview.topGradeInLowest)}
        </p>
      )}
      <h2>{t.gradeCuts}</h2>
      <Radio
        name="cuts"
        checked={!settings.gradeCuts}
        onChange={() => updateSettings({ gradeCuts: undefined })}
      >
        {t.quintiles(w)}
      </Radio>
      <Radio
        name="cuts"
        checked={settings.gradeCuts !== undefined}
        onChange={() => updateSettings({ gradeCuts: { fit: [20, 40, 60, 80], engagement: [5, 10, 20, 40] } })}
      >
        {t.customCuts}
      </Radio>
      {settings.gradeCuts && (
        <>
          <label for="fit-cuts">
            {t.fitCuts}
            <input
              id="fit-cuts"
              value={settings.gradeCuts.fit.map((x) => decimal(x, language)).join('; ')}
              onChange={(e) =>
                updateSettings({
                  gradeCuts: { ...settings.gradeCuts!, fit: numbers(e.currentTarget.value, language) },
                })
              }
            />
          </label>
          <label for="engagement-cuts">
            {t.engagementCuts}
            <input
              id="engagement-cuts"
              value={settings.gradeCuts.engagement.map((x) => decimal(x, language)).join('; ')}
              onChange={(e) =>
                updateSettings({
                  gradeCuts: { ...settings.gradeCuts!, engagement: numbers(e.currentTarget.value, language) },
                })
              }
            />
          </label>
        </>
      )}
    </section>
  );
}

/** The leads' scores as columns per bin, coloured by the stage each bin starts in, with the thresholds marked. */
function Histogram({ preview, thresholds }: { preview: Reply<'previewStages'>; thresholds: number[] }) {
  const t = useT();
  const language = useLanguage();
  const { from, width, counts } = preview.histogram;
  const span = width * counts.length;
  const tallest = Math.max(1, ...counts);
  const stageAt = (score: number) => {
    let s = 0;
    while (s < thresholds.length && score >= thresholds[s]) s++;
    return Math.min(s, 2);
  };
  const at = (score: number) => `${((score - from) / span) * 100}%`;
  return (
    <figure class="histogram">
      <figcaption class="muted small">{t.scoring.histogram}</figcaption>
      <div class="plot" role="img" aria-label={t.scoring.histogramLabel(preview.leads)}>
        {counts.map((n, b) => (
          <div
            class={`column s${stageAt(from + (b + 0.5) * width)}`}
            style={{
              height: `${(n / tallest) * 100}%`,
              left: at(from + b * width),
              width: `${100 / counts.length}%`,
            }}
            title={`${decimal(from + b * width, language)}–${decimal(from + (b + 1) * width, language)}: ${n}`}
          />
        ))}
        {thresholds.map((x) => (
          <div class="cut" style={{ left: at(x) }} />
        ))}
      </div>
      <div class="axis muted small">
        <span>{decimal(from, language)}</span>
        <span>{decimal(from + span / 2, language)}</span>
        <span>{decimal(from + span, language)}</span>
      </div>
    </figure>
  );
}
