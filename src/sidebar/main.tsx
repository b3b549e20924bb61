// The sidebar's entry: the frame around the steps of `steps/index.ts` (title, stepper, notices, Back and Next), the
// state they share, and the language every view reads through context.

import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { defaultSettings, settingsInLanguage } from '../core/settings';
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
import { LanguageProvider, useLanguage, useT } from './i18n/context';
import type { SidebarState, Update, UpdateSettings } from './state';
import { learnStep, steps, type Working } from './steps';
import { suggestedSettings } from './suggestedSettings';
import './styles.css';

function App() {
  const [language, setLanguage] = useState<Language>('en');
  const [setup, setSetup] = useState<Reply<'getSetup'> | null>(null);
  const [state, setState] = useState<SidebarState | null>(null);
  const [step, setStep] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  // The root owns the language; every view below reads it through the provider.
  const t = catalogues[language];

  const update: Update = (change) => setState((s) => (s ? { ...s, ...change } : s));
  const updateSettings: UpdateSettings = (change) =>
    setState((s) => (s ? { ...s, settings: { ...s.settings, ...change } } : s));

  const working: Working = async (task) => {
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
  };

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

  useEffect(() => heading.current?.focus(), [step]);

  if (!state || !setup)
    return (
      <LanguageProvider value={language}>
        <main>
          <h1>LeadLift</h1>
          {busy && <Progress />}
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
        </main>
      </LanguageProvider>
    );

  const pickLanguage = (next: Language) => {
    setLanguage(next);
    setState((s) => (s ? { ...s, settings: settingsInLanguage(s.settings, next) } : s));
  };

  const { View, next } = steps[step];
  const goNext =
    next &&
    (() =>
      void working(async () => {
        update(await next(state, { t, run }));
        setStep(step + 1);
      }));

  /** From the model-health notice: the analysis and points as Next makes them, then the step with Learn. */
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
      setStep(learnStep);
      setTimeout(() => document.getElementById('learn')?.scrollIntoView(), 0);
    });

  return (
    <LanguageProvider value={language}>
      <main>
        <header>
          <h1 ref={heading} tabIndex={-1}>
            {t.steps[step]}
          </h1>
          <label class="language">
            <span class="sr-only">{t.language}</span>
            <select value={language} onChange={(e) => pickLanguage(e.currentTarget.value as Language)}>
              {(Object.keys(languageNames) as Language[]).map((l) => (
                <option key={l} value={l}>
                  {languageNames[l]}
                </option>
              ))}
            </select>
          </label>
        </header>
        <ol class="stepper" aria-label={t.stepOf(step + 1, steps.length)}>
          {steps.map((s, i) => (
            <li
              key={s.name}
              class={i === step ? 'current' : i < step ? 'done' : ''}
              aria-current={i === step ? 'step' : undefined}
            >
              {i + 1}
              <span class="sr-only"> {t.steps[i]}</span>
            </li>
          ))}
        </ol>
        {setup.failedRun && <FailedRunBanner failed={setup.failedRun} />}
        {step !== learnStep && setup.modelHealth && (
          <HealthBanner health={setup.modelHealth} learn={goLearn} busy={busy} />
        )}
        {busy && <Progress />}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <View
          state={state}
          setup={setup}
          update={update}
          updateSettings={updateSettings}
          working={working}
          showError={setError}
        />
        <nav class="row nav">
          {step > 0 && (
            <button type="button" onClick={() => setStep(step - 1)} disabled={busy}>
              {t.back}
            </button>
          )}
          {goNext && (
            <button type="button" class="primary" onClick={goNext} disabled={busy}>
              {t.next}
            </button>
          )}
        </nav>
      </main>
    </LanguageProvider>
  );
}

/** The last re-score failed: said first, in red, so nobody trusts stale scores. */
function FailedRunBanner({ failed }: { failed: NonNullable<Reply<'getSetup'>['failedRun']> }) {
  const t = useT();
  const language = useLanguage();
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
  health: NonNullable<Reply<'getSetup'>['modelHealth']>;
  learn: () => void;
  busy: boolean;
}) {
  const t = useT();
  const language = useLanguage();
  const { health } = props;
  const number = (x: number | undefined) => decimal(x ?? 0, language, 2);
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

function Progress() {
  const t = useT();
  return (
    <div class="progress" role="status" aria-live="polite">
      <div class="progress-bar" />
      <span class="sr-only">{t.working}</span>
    </div>
  );
}

render(<App />, document.getElementById('app')!);
