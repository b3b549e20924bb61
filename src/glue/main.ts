// The bundle's entry: every export is an Apps Script entry point listed in registry.ts (build.js checks both ways).

export { CONVERSIONRATE } from './functions/conversionRate';
// Close rates and suggested points.
export { CLOSERATE } from './functions/closeRate';
export { SUGGESTPOINTS } from './functions/suggestPoints';
// End of close rates and suggested points.
export * from './server/index';
export { onInstall, onOpen, showSidebar } from './ui/menu';
