// The live stage counts of the Points step: previewed on the server a moment after the rules, thresholds, labels or
// half-life last changed, so typing does not send a request per key.

import { useEffect } from 'preact/hooks';
import { rejectionMessage, run } from '../api';
import type { SidebarState, Update } from '../state';

export function useStagePreview(state: SidebarState, update: Update, showError: (message: string) => void) {
  const { settings, rules } = state;
  useEffect(() => {
    if (rules.length === 0) return;
    const timer = setTimeout(() => {
      run('previewStages', settings, rules, settings.stageThresholds, settings.stageLabels)
        .then((preview) => update({ preview }))
        .catch((e: unknown) => showError(rejectionMessage(e)));
    }, 300);
    return () => clearTimeout(timer);
  }, [rules, settings.stageThresholds, settings.stageLabels, settings.halfLifeDays]);
}
