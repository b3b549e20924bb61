// The bundle's entry: every export is an Apps Script entry point listed in registry.ts (build.js checks both ways).

export { CONVERSIONRATE } from './functions/conversionRate';
export * from './server/index';
export { onInstall, onOpen, showSidebar } from './ui/menu';
