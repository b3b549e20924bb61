// The bundle's entry: every export is an Apps Script entry point listed in registry.ts (build.js checks both ways).

export { CONVERSIONRATE } from './functions/conversionRate';
export * from './server/index';
// Scoring, grades, stages, decay and the report card.
export { LEADGRADE } from './functions/leadGrade';
export { LEADSTAGE } from './functions/leadStage';
export { LIFTTABLE } from './functions/liftTable';
export { SCOREAUC } from './functions/scoreAuc';
export { SCOREDECAY } from './functions/scoreDecay';
// End of scoring.
export { onInstall, onOpen, showSidebar } from './ui/menu';
