// The add-on menu and the sidebar: what a marketer clicks in Extensions → LeadLift.

/** Runs in AuthMode.NONE too: it builds the menu and touches nothing that needs authorisation. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Open LeadLift', 'showSidebar')
    .addItem('Re-score now', 'rescoreNow')
    .addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function showSidebar(): void {
  const sidebar = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('LeadLift');
  SpreadsheetApp.getUi().showSidebar(sidebar);
}
