// Every function the sidebar calls through google.script.run; the sidebar's client is typed from this module.

export {
  getDailyRescoreStatus,
  installDailyRescore,
  removeDailyRescore,
} from '../triggers/rescoreEntryPoints';
// The four-step sidebar.
export { analyse, suggest } from './analyse';
export { applyModel } from './apply';
export { exportModelSql } from './exportSql';
export { previewStages, suggestThresholds } from './stages';
export { learnFromHistory } from './learn';
export { saveSettings } from './settings';
export { getSetup, inspectSheet } from './setup';
// End of the four-step sidebar.
