// The sidebar's entry: four steps (goal and data, analyse, points, apply) over the server's endpoints.

import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { attributeChoice } from '../core/attributeChoice';
import type { SuggestMethod } from '../core/points';
import { defaultSettings, type Settings, settingsInLanguage } from '../core/settings';
import { type Reply, run } from './api';
import {
  catalogues,
  dateTime,
  decimal,
  type Language,
  languageNames,
  languageOf,
  rememberRegionsOf,
} from './i18n';
import type { Catalogue } from './i18n/en';
import type { SidebarState } from './state';
import { AnalyseStep } from './steps/AnalyseStep';
import { ApplyStep } from './steps/ApplyStep';
import { GoalStep } from './steps/GoalStep';
import { PointsStep } from './steps/PointsStep';
import './styles.css';
import { defaultOutputMode } from '../core/outputModeAdvice';

/** Settings filled from a first reading of the sheet, for a document without saved ones. */
function suggestedSettings(base: Settings, reading: Reply<'inspectSheet'>): Settings {
  const outcome = reading.outcome[base.goal] ?? '';
  const taken = new Set([outcome, reading.leadId, reading.lastActivity]);
  return {
    ...base,
    sheetName: reading.sheetName,
    headerRow: reading.headerRow,
    outcome,
    leadId: reading.leadId,
    lastActivity: reading.lastActivity,
    attributes: reading.columns
      .filter((c) => !taken.has(c.header) && attributeChoice(c).ticked)
      .map((c) => ({ header: c.header, type: c.type, dimension: c.dimension })),
    // Live formulas re-run over every lead on each edit: beyond what they finish in time, values are the default.
    outputMode: defaultOutputMode(reading.leads, reading.columns.length),
  };
}

function App() {
  const [language, setLanguage] = useState<Language>('en');
  const [setup, setSetup] = useState<Reply<'getSetup'> | null>(null);
  const [state, setState] = useState<SidebarState | null>(null);
  const [step, setStep] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const t = catalogues[language];

  const update = (change: Partial<SidebarState>) => setState((s) => (s ? { ...s, ...change } : s));
  const updateSettings = (change: Partial<Settings>) =>
    setState((s) => (s ? { ...s, settings: { ...s.settings, ...change } } : s));

  /** Runs a server step with progress shown and its error in words; resolves undefined on failure. */
  async function working<T>(task: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    setError('');
    try {
      return await task();
    } catch (e) {
      setError((e as Error).message);
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  useEffect(() => {
    void working(async () => {
      const opened = await run('getSetup');
      setSetup(opened);
      const language = languageOf(opened.locale, opened.spreadsheetLocale);
      // French in a Canadian spreadsheet formats as fr-CA, Spanish in a Mexican one as es-MX.
      rememberRegionsOf(opened.locale, opened.spreadsheetLocale);
      setLanguage(language);
      const saved = opened.settings;
      const reading = await run('inspectSheet', saved?.sheetName ?? opened.leadsSheet);
      const settings = saved ?? suggestedSettings(defaultSettings('acquisition', reading.sheetName), reading);
      // The sheet is written in the sidebar's language: headers, default stage labels, log words.
      setState({ settings: settingsInLanguage(settings, language), reading, treatAsEmpty: [], rules: [] });
    });
  }, []);

  // Live stage counts while the points step is open.
  useEffect(() => {
    if (!state || step !== 2 || state.rules.length === 0) return;
    const { settings, rules } = state;
    const timer = setTimeout(() => {
      run('previewStages', settings, rules, settings.stageThresholds, settings.stageLabels)
        .then((preview) => update({ preview }))
        .catch((e: Error) => setError(e.message));
    }, 300);
    return () => clearTimeout(timer);
  }, [
    step,
    state?.rules,
    state?.settings.stageThresholds,
    state?.settings.stageLabels,
    state?.settings.halfLifeDays,
  ]);

  useEffect(() => heading.current?.focus(), [step]);

  if (!state || !setup)
    return (
      <main>
        <h1>LeadLift</h1>
        {busy && <Progress label={t.working} />}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </main>
    );

  const pickLanguage = (next: Language) => {
    setLanguage(next);
    setState((s) => (s ? { ...s, settings: settingsInLanguage(s.settings, next) } : s));
  };

  const pickSheet = (name: string) =>
    void working(async () => {
      const reading = await run('inspectSheet', name);
      setState({
        ...state,
        reading,
        analysis: undefined,
        rules: [],
        settings: suggestedSettings(state.settings, reading),
      });
    });

  const suggestAgain = (method: SuggestMethod) =>
    void working(async () => {
      const rules = await run(
        'suggest',
        { ...state.settings, pointsMethod: method },
        method,
        state.treatAsEmpty,
      );
      setState((s) => (s ? { ...s, rules, settings: { ...s.settings, pointsMethod: method } } : s));
    });

  const next = () =>
    void working(async () => {
      const { settings } = state;
      if (step === 0) {
        if (!settings.outcome || settings.attributes.length === 0) throw new Error(t.pickOutcome);
        await run('saveSettings', settings);
        const analysis = await run('analyse', settings, { treatAsEmpty: state.treatAsEmpty });
        update({ analysis });
      }
      if (step === 1 && state.rules.length === 0) {
        update({ rules: await run('suggest', settings, settings.pointsMethod, state.treatAsEmpty) });
      }
      if (step === 2) await run('saveSettings', settings);
      setStep(step + 1);
    });

  /** From the model-health notice: steps 1 and 2 as Next runs them, then the points step at Learn from history. */
  const goLearn = () =>
    void working(async () => {
      const { settings } = state;
      const analysis =
        state.analysis ?? (await run('analyse', settings, { treatAsEmpty: state.treatAsEmpty }));
      const rules =
        state.rules.length > 0
          ? state.rules
          : await run('suggest', settings, settings.pointsMethod, state.treatAsEmpty);
      update({ analysis, rules });
      setStep(2);
      setTimeout(() => document.getElementById('learn')?.scrollIntoView(), 0);
    });

  const apply = (confirm: boolean) =>
    void working(async () => {
      const result = await run('applyModel', state.settings, state.rules, confirm);
      update({ result });
    });

  return (
    <main>
      <header>
        <h1 ref={heading} tabIndex={-1}>
          {t.steps[step]}
        </h1>
        <label class="language">
          <span class="sr-only">{t.language}</span>
          <select value={language} onChange={(e) => pickLanguage(e.currentTarget.value as Language)}>
            {(Object.keys(languageNames) as Language[]).map((l) => (
              <option value={l}>{languageNames[l]}</option>
            ))}
          </select>
        </label>
      </header>
      <ol class="stepper" aria-label={t.stepOf(step + 1, 4)}>
        {t.steps.map((name, i) => (
          <li
            class={i === step ? 'current' : i < step ? 'done' : ''}
            aria-current={i === step ? 'step' : undefined}
          >
            {i + 1}
            <span class="sr-only"> {name}</span>
          </li>
        ))}
      </ol>
      {setup.failedRun && <FailedRunBanner t={t} language={language} failed={setup.failedRun} />}
      {step !== 2 && setup.modelHealth && (
        <HealthBanner t={t} language={language} health={setup.modelHealth} learn={goLearn} busy={busy} />
      )}
      {busy && <Progress label={t.working} />}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {step === 0 &&
        !setup.settings &&
        setup.leadsSheet !== setup.activeSheet &&
        state.settings.sheetName === setup.leadsSheet && (
          <p class="notice" role="status">
            {t.pickedSheet(setup.activeSheet, setup.leadsSheet)}
          </p>
        )}
      {step === 0 && (
        <GoalStep
          t={t}
          language={language}
          state={state}
          sheets={setup.sheets}
          problems={setup.problems}
          update={update}
          updateSettings={updateSettings}
          pickSheet={pickSheet}
        />
      )}
      {step === 1 && <AnalyseStep t={t} language={language} state={state} />}
      {step === 2 && (
        <PointsStep
          t={t}
          language={language}
          state={state}
          update={update}
          updateSettings={updateSettings}
          suggestAgain={suggestAgain}
        />
      )}
      {step === 3 && (
        <ApplyStep
          t={t}
          language={language}
          state={state}
          updateSettings={updateSettings}
          apply={apply}
          cancel={() => update({ result: undefined })}
        />
      )}
      <nav class="row nav">
        {step > 0 && (
          <button type="button" onClick={() => setStep(step - 1)} disabled={busy}>
            {t.back}
          </button>
        )}
        {step < 3 && (
          <button type="button" class="primary" onClick={next} disabled={busy}>
            {t.next}
          </button>
        )}
      </nav>
    </main>
  );
}

/** The last re-score failed: said first, in red, so nobody trusts stale scores. */
function FailedRunBanner({
  t,
  language,
  failed,
}: {
  t: Catalogue;
  language: Language;
  failed: NonNullable<Reply<'getSetup'>['failedRun']>;
}) {
  const run = (failed.run && t.daily.runs[failed.run]) || t.daily.runs.Daily;
  const time = failed.time ? dateTime(failed.time, language) : undefined;
  return (
    <p class="error failed-run" role="alert">
      {t.daily.failed(run, time, failed.message)}
    </p>
  );
}

/** The model stopped working well: said at the top, with the way to refit it. Still working or too early: nothing. */
function HealthBanner(props: {
  t: Catalogue;
  language: Language;
  health: NonNullable<Reply<'getSetup'>['modelHealth']>;
  learn: () => void;
  busy: boolean;
}) {
  const { t, health } = props;
  const number = (x: number | undefined) => decimal(x ?? 0, props.language, 2);
  let text: string;
  if (health.verdict === 'weaker')
    text = t.health.weaker(number(health.auc), number(health.drop), number(health.referenceAuc));
  else if (health.verdict === 'not separating') text = t.health.notSeparating(number(health.auc));
  else return null;
  return (
    <div class="error model-health" role="alert">
      <p>{text}</p>
      <button type="button" class="primary" onClick={props.learn} disabled={props.busy}>
        {t.health.go}
      </button>
    </div>
  );
}

function Progress({ label }: { label: string }) {
  return (
    <div class="progress" role="status" aria-live="polite">
      <div class="progress-bar" />
      <span class="sr-only">{label}</span>
    </div>
  );
}

render(<App />, document.getElementById('app')!);
