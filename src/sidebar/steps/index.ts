// The sidebar's steps as data, in the order they are walked: each one's name, view and what Next does on leaving
// it. The sidebar's frame (title, stepper, Back and Next) is drawn from this list alone.

import type { FunctionComponent } from 'preact';
import type { Settings } from '../../core/settings';
import type { Reply, run } from '../api';
import type { Catalogue } from '../i18n/en';
import type { SidebarState, Update, UpdateSettings } from '../state';
import { AnalyseStep } from './AnalyseStep';
import { ApplyStep } from './ApplyStep';
import { GoalStep } from './GoalStep';
import { PointsStep } from './PointsStep';

/** Runs a server task with the sidebar's progress bar and its error in words; resolves undefined when it failed. */
export type Working = <T>(task: () => Promise<T>) => Promise<T | undefined>;

/** What every step's view receives; the words and the language come from context (`useT()`, `useLanguage()`). */
export interface StepProps {
  state: SidebarState;
  setup: Reply<'getSetup'>;
  update: Update;
  updateSettings: UpdateSettings;
  working: Working;
  /** Shows a background task's error atop the sidebar, where `working` shows its own. */
  showError: (message: string) => void;
}

/** What Next may use: the catalogue for its refusals in words, and the server. */
export interface NextContext {
  t: Catalogue;
  run: typeof run;
}

export interface Step {
  /** Names the step in code; its title is the catalogues' `steps` entry at the step's place in this list. */
  name: string;
  View: FunctionComponent<StepProps>;
  /**
   * What Next does on leaving the step: the server calls it needs, resolving what they add to the state; thrown, a
   * message in words that keeps the sidebar on the step. A step without it is the last: it has no Next. Next shows
   * on every other step, enabled whenever the sidebar is not busy; Back shows on every step but the first.
   */
  next?: (state: SidebarState, context: NextContext) => Promise<Partial<SidebarState>>;
}

/** Saved settings are what the daily re-score and the next opening read. */
const save = async (settings: Settings, { run }: NextContext) => {
  await run('saveSettings', settings);
  return {};
};

export const steps: readonly Step[] = [
  {
    name: 'goal',
    View: GoalStep,
    async next({ settings, treatAsEmpty }, context) {
      if (!settings.outcome || settings.attributes.length === 0) throw new Error(context.t.pickOutcome);
      await save(settings, context);
      return { analysis: await context.run('analyse', settings, { treatAsEmpty }) };
    },
  },
  {
    name: 'analyse',
    View: AnalyseStep,
    // Points the marketer has already edited are kept when they come back through Analyse.
    async next({ settings, rules, treatAsEmpty }, { run }) {
      if (rules.length > 0) return {};
      return { rules: await run('suggest', settings, settings.pointsMethod, treatAsEmpty) };
    },
  },
  { name: 'points', View: PointsStep, next: ({ settings }, context) => save(settings, context) },
  { name: 'apply', View: ApplyStep },
];

/** The step that holds Learn points from history, where the model-health notice leads. */
export const learnStep = steps.findIndex((s) => s.name === 'points');
