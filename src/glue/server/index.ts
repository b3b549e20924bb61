// Every function the sidebar calls through google.script.run; the sidebar's client is typed from this module.

export { getSheetOverview } from './sheetOverview';
export {
  getDailyRescoreStatus,
  installDailyRescore,
  removeDailyRescore,
  saveScoringSetup,
} from '../triggers/rescoreEntryPoints';
