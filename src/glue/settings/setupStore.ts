// The spreadsheet's saved scoring setup, in its document properties.

import { parseScoringSetup } from './scoringSetup';
import type { ScoringSetup } from './scoringSetup';

const setupKey = 'leadlift.setup.v1';

/** The saved setup as JSON, or undefined when the model was never applied in this spreadsheet. */
export function savedSetupJson(): string | undefined {
  return PropertiesService.getDocumentProperties().getProperty(setupKey) ?? undefined;
}

/** Checks and saves the setup; returns the JSON saved. */
export function saveSetup(setup: unknown): string {
  const json = JSON.stringify(parseScoringSetup(setup) satisfies ScoringSetup);
  PropertiesService.getDocumentProperties().setProperty(setupKey, json);
  return json;
}
