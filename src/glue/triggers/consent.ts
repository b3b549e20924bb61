// Partial consent: a user may grant only some of the scopes LeadLift asks for, and a call needing a missing one
// fails with a raw error. Each feature checks its scopes first and asks in words
// (https://developers.google.com/apps-script/concepts/scopes#granular_consent).

import { InputError } from '../../core/inputError';

const scope = (name: string) => `https://www.googleapis.com/auth/${name}`;

/** The scopes each feature needs, beyond those of the menu and sidebar, and how to ask for them. */
const features = {
  daily: {
    // Creating the trigger, and opening the spreadsheet by id when it fires.
    scopes: [scope('script.scriptapp'), scope('spreadsheets')],
    ask:
      'LeadLift needs two permissions to re-score every day: "run when you are not present" and "see, edit, create ' +
      'and delete your spreadsheets" (to open this spreadsheet when the daily run starts). Open Extensions → ' +
      'LeadLift → Open LeadLift, allow both, and turn the daily re-score on again.',
  },
  sheet: {
    scopes: [scope('spreadsheets')],
    ask:
      'LeadLift needs permission to "see, edit, create and delete your spreadsheets" to score this sheet. Open ' +
      'Extensions → LeadLift → Open LeadLift and allow it.',
  },
} as const;

export type Feature = keyof typeof features;

/** Whether the user granted every scope `feature` needs. */
export function hasConsent(feature: Feature): boolean {
  // getAuthorizationInfo(authMode, oAuthScopes): the types know only the one-argument form.
  const scriptApp = ScriptApp as GoogleAppsScript.Script.ScriptApp & {
    getAuthorizationInfo(
      mode: GoogleAppsScript.Script.AuthMode,
      scopes: string[],
    ): GoogleAppsScript.Script.AuthorizationInfo;
  };
  const info = scriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, [...features[feature].scopes]);
  return info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED;
}

/** Refuses, in words, when a scope `feature` needs is missing. */
export function requireConsent(feature: Feature): void {
  if (!hasConsent(feature)) throw new InputError(features[feature].ask);
}

/** What to tell a user missing `feature`'s scopes. */
export function consentRequest(feature: Feature): string {
  return features[feature].ask;
}
