// What the sidebar keeps while it is open: the settings being edited and what the server answered.

import type { Settings } from '../core/settings';
import type { Reply } from './api';
import type { SidebarRule } from './ruleRows';

/** Where the stage thresholds come from: the score distribution, sales capacity, or the marketer's own numbers. */
export interface ThresholdChoice {
  source: 'scores' | 'capacity' | 'own';
  leadsPerWeek: number;
  /** The created-date column that says how many leads arrive a week; '' for none. */
  arrivalColumn: string;
  /** What the server said when it last set the thresholds. */
  said?: Reply<'suggestThresholds'>;
}

export interface SidebarState {
  settings: Settings;
  reading?: Reply<'inspectSheet'>;
  /** Placeholder values the marketer treats as empty cells. */
  treatAsEmpty: string[];
  analysis?: Reply<'analyse'>;
  rules: SidebarRule[];
  preview?: Reply<'previewStages'>;
  thresholds?: ThresholdChoice;
  result?: Reply<'applyModel'>;
}

export type Update = (change: Partial<SidebarState>) => void;
export type UpdateSettings = (change: Partial<Settings>) => void;
