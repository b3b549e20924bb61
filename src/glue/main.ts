// The bundle's entry for everything but custom functions: every export is a handler listed in registry.ts (build.js
// checks both ways). build.js adds each custom function from src/glue/functions/*.ts itself.

export * from './server/index';
export { onInstall, onOpen, showSidebar } from './ui/menu';
export { rescoreNow, runDailyRescore } from './triggers/rescoreEntryPoints';
export { callCustomFunction } from './sheets/customFunctionCall';
