// What the sidebar keeps while it is open: the settings being edited and what the server answered.

import type { PointsRule, Settings } from '../core/settings';
import type { Reply } from './api';

export interface SidebarState {
  settings: Settings;
  reading?: Reply<'inspectSheet'>;
  /** Placeholder values the marketer treats as empty cells. */
  treatAsEmpty: string[];
  analysis?: Reply<'analyse'>;
  rules: PointsRule[];
  preview?: Reply<'previewStages'>;
  result?: Reply<'applyModel'>;
}

export type Update = (change: Partial<SidebarState>) => void;
export type UpdateSettings = (change: Partial<Settings>) => void;
