// Step 1: the goal, the leads sheet and its columns, each attribute with its type and dimension.

import { attributeChoice } from '../../core/attributeChoice';
import { type Dimension, goals } from '../../core/settings';
import { goalStageLabelsIn } from '../../core/sheetWords';
import { run } from '../api';
import { percent } from '../i18n';
import { useLanguage, useT } from '../i18n/context';
import { Radio } from '../Radio';
import { suggestedSettings } from '../suggestedSettings';
import type { StepProps } from '.';

export function GoalStep({ state, setup, update, updateSettings, working }: StepProps) {
  const t = useT();
  const language = useLanguage();
  const pickSheet = (name: string) =>
    void working(async () => {
      const reading = await run('inspectSheet', name);
      update({
        reading,
        analysis: undefined,
        rules: [],
        settings: suggestedSettings(state.settings, reading),
      });
    });
  const { settings, reading } = state;
  const columns = reading?.columns ?? [];
  const headers = columns.map((c) => c.header);
  const chosen = new Map(settings.attributes.map((a) => [a.header, a]));
  const columnSelect = (
    id: string,
    label: string,
    value: string | undefined,
    set: (v: string | undefined) => void,
    optional: boolean,
  ) => (
    <label for={id}>
      {label}
      <select id={id} value={value ?? ''} onChange={(e) => set(e.currentTarget.value || undefined)}>
        <option value="">{optional ? t.none : t.choose}</option>
        {headers.map((h) => (
          <option key={h} value={h}>
            {h}
          </option>
        ))}
      </select>
    </label>
  );
  const toggle = (header: string, type: 'category' | 'number' | 'date', dimension: Dimension, on: boolean) =>
    updateSettings({
      attributes: on
        ? [...settings.attributes, { header, type, dimension }]
        : settings.attributes.filter((a) => a.header !== header),
    });
  const setDimension = (header: string, dimension: Dimension) =>
    updateSettings({
      attributes: settings.attributes.map((a) => (a.header === header ? { ...a, dimension } : a)),
    });
  const { sheets, problems } = setup;
  // Opened on a tab that does not look like leads: which one LeadLift read instead.
  const pickedAnother =
    !setup.settings && setup.leadsSheet !== setup.activeSheet && settings.sheetName === setup.leadsSheet;
  return (
    <>
      {pickedAnother && (
        <p class="notice" role="status">
          {t.pickedSheet(setup.activeSheet, setup.leadsSheet)}
        </p>
      )}
      <section>
        {problems.length > 0 && (
          <div class="notice" role="alert">
            <p>{t.savedProblems}</p>
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        <fieldset>
          <legend>{t.goal}</legend>
          {goals.map((g) => (
            <Radio
              key={g}
              name="goal"
              value={g}
              checked={settings.goal === g}
              onChange={() =>
                updateSettings({
                  goal: g,
                  stageLabels: [...goalStageLabelsIn[language][g]],
                  stageThresholds: [30, 60],
                  outcome: reading?.outcome[g] ?? settings.outcome,
                })
              }
            >
              {t.goals[g]}
            </Radio>
          ))}
        </fieldset>
        <label for="sheet">
          {t.sheet}
          <select id="sheet" value={settings.sheetName} onChange={(e) => pickSheet(e.currentTarget.value)}>
            {sheets.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label for="header-row">
          {t.headerRow}
          <input
            id="header-row"
            type="number"
            min={1}
            value={settings.headerRow}
            onChange={(e) => updateSettings({ headerRow: Math.max(1, Number(e.currentTarget.value) || 1) })}
          />
        </label>
        {columnSelect(
          'outcome',
          t.outcome,
          settings.outcome || undefined,
          (v) => updateSettings({ outcome: v ?? '' }),
          false,
        )}
        {columnSelect('lead-id', t.leadId, settings.leadId, (v) => updateSettings({ leadId: v }), true)}
        {columnSelect(
          'last-activity',
          t.lastActivity,
          settings.lastActivity,
          (v) => updateSettings({ lastActivity: v }),
          true,
        )}
        <h2>{t.attributes}</h2>
        <p class="muted">{t.attributeHelp}</p>
        <ul class="columns">
          {columns
            .filter(
              (c) =>
                c.header !== settings.outcome &&
                c.header !== settings.leadId &&
                c.header !== settings.lastActivity,
            )
            .map((c, i) => {
              const attribute = chosen.get(c.header);
              return (
                <li key={c.header}>
                  <label class="check">
                    <input
                      type="checkbox"
                      checked={attribute !== undefined}
                      onChange={(e) => toggle(c.header, c.type, c.dimension, e.currentTarget.checked)}
                    />
                    <span class="name">{c.header}</span> <span class="muted">{t.types[c.type]}</span>
                  </label>
                  {!attribute && <UntickedReason column={c} />}
                  {attribute && (
                    <select
                      aria-label={`${t.dimension}: ${c.header}`}
                      id={`dimension-${i}`}
                      value={attribute.dimension}
                      onChange={(e) => setDimension(c.header, e.currentTarget.value as Dimension)}
                    >
                      <option value="Fit">{t.fit}</option>
                      <option value="Engagement">{t.engagement}</option>
                    </select>
                  )}
                  <div class="quality muted">
                    {t.empty(percent(c.emptyShare, language))}
                    {c.placeholders.map((p) => (
                      <label class="check inline" key={p.value}>
                        <input
                          type="checkbox"
                          checked={state.treatAsEmpty.includes(p.value.toLowerCase())}
                          onChange={(e) =>
                            update({
                              treatAsEmpty: e.currentTarget.checked
                                ? [...state.treatAsEmpty, p.value.toLowerCase()]
                                : state.treatAsEmpty.filter((v) => v !== p.value.toLowerCase()),
                            })
                          }
                        />
                        {t.treatAsEmpty} “{p.value}” ({p.leads})
                      </label>
                    ))}
                  </div>
                </li>
              );
            })}
        </ul>
      </section>
    </>
  );
}

/** Why the first reading left a column unticked, so a flag or a date is never dropped without a word. */
function UntickedReason(props: {
  column: { header: string; type: 'category' | 'number' | 'date'; outcomeLike: boolean };
}) {
  const t = useT();
  const choice = attributeChoice(props.column);
  return choice.ticked ? null : <p class="muted reason">{t.untickedReasons[choice.reason]}</p>;
}
