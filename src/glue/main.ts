// The bundle's entry: every export is an Apps Script entry point listed in registry.ts (build.js checks both ways).

export { CONVERSIONRATE } from './functions/conversionRate';
// Close rates and suggested points.
export { CLOSERATE } from './functions/closeRate';
export { SUGGESTPOINTS } from './functions/suggestPoints';
// End of close rates and suggested points.
// Scoring, grades, stages, decay and the report card.
export { LEADREASONS } from './functions/leadReasons';
export { LEADSCORE } from './functions/leadScore';
export { LEADGRADE } from './functions/leadGrade';
export { LEADSTAGE } from './functions/leadStage';
export { LIFTTABLE } from './functions/liftTable';
export { SCOREAUC } from './functions/scoreAuc';
export { SCOREDECAY } from './functions/scoreDecay';
// End of scoring, grades, stages, decay and the report card.
export * from './server/index';
export { onInstall, onOpen, showSidebar } from './ui/menu';
export { rescoreNow, runDailyRescore } from './triggers/rescoreEntryPoints';
export { LEADPROBABILITY } from './functions/leadProbability';
export { PREDICTMODEL } from './functions/predictModel';
