// Step 4: the output mode, the model tab's name, Apply (asking before replacing the user's data), the report card
// and Export as SQL.

import { formulasModeMaxCells, formulasModeServes } from '../../core/outputModeAdvice';
import { outputModes } from '../../core/settings';
import { run } from '../api';
import { fixed, percent } from '../i18n';
import { useLanguage, useT } from '../i18n/context';
import { Radio } from '../Radio';
import { DailyPanel } from './DailyPanel';
import { SqlExportPanel } from './SqlExportPanel';
import type { StepProps } from '.';

export function ApplyStep({ state, update, updateSettings, working }: StepProps) {
  const t = useT();
  const language = useLanguage();
  /** Writes the model; `confirm` once the marketer agreed to replace data LeadLift did not write. */
  const apply = (confirm: boolean) =>
    void working(async () => {
      update({ result: await run('applyModel', state.settings, state.rules, confirm) });
    });
  const cancel = () => update({ result: undefined });
  const { settings, result, reading } = state;
  const tooLarge =
    reading !== undefined &&
    reading.sheetName === settings.sheetName &&
    !formulasModeServes(reading.leads, reading.columns.length);
  return (
    <section>
      <fieldset>
        <legend>{t.mode}</legend>
        {tooLarge && (
          <p class={settings.outputMode === 'formulas' ? 'notice' : 'hint'} id="values-advice" role="note">
            {t.valuesAdvised(reading.leads, reading.leads * reading.columns.length, formulasModeMaxCells)}
          </p>
        )}
        {outputModes.map((m) => (
          <Radio
            key={m}
            name="mode"
            value={m}
            checked={settings.outputMode === m}
            onChange={() => updateSettings({ outputMode: m })}
          >
            {t.modes[m]}
          </Radio>
        ))}
      </fieldset>
      <label for="model-tab">
        {t.modelTab}
        <input
          id="model-tab"
          value={settings.modelTab}
          onChange={(e) => updateSettings({ modelTab: e.currentTarget.value })}
        />
      </label>
      {result && 'needsConfirmation' in result ? (
        <div class="notice" role="alertdialog" aria-labelledby="confirm-text">
          <p id="confirm-text">{result.needsConfirmation}</p>
          <div class="row">
            <button type="button" class="primary" onClick={() => apply(true)}>
              {t.confirmReplace}
            </button>
            <button type="button" onClick={cancel}>
              {t.cancel}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="primary" onClick={() => apply(false)}>
          {t.apply}
        </button>
      )}
      {result && 'applied' in result && (
        <div class="report" role="status">
          <p>
            {t.applied(
              result.applied.rules,
              result.applied.leads,
              result.applied.modelTab,
              t.goalWords[settings.goal],
            )}
          </p>
          <h2>{t.reportCard}</h2>
          <p>
            {result.reportCard.auc === undefined
              ? t.noAuc
              : t.auc(fixed(result.reportCard.auc, language, 2), t.goalWords[settings.goal])}
          </p>
          {result.applied.graded !== 'both' && (
            <p class="hint">{t.singleDimension(result.applied.graded === 'Fit' ? t.fit : t.engagement)}</p>
          )}
          <table class="lift">
            <thead>
              <tr>
                <th>{t.band}</th>
                <th>{t.closeRate(t.goalWords[settings.goal])}</th>
                <th>{t.liftHeader}</th>
                <th>{t.captured}</th>
              </tr>
            </thead>
            <tbody>
              {result.reportCard.lift.map((b) => (
                <tr key={b.band}>
                  <td>{b.band}</td>
                  <td>{percent(b.closeRate, language)}</td>
                  <td>{Number.isFinite(b.lift) ? fixed(b.lift, language, 1) : ''}</td>
                  <td>{percent(b.captured, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <DailyPanel />
      <SqlExportPanel />
    </section>
  );
}
