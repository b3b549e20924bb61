// A fake SpreadsheetApp: the open spreadsheet, openById, the Ui, under the current authorization mode's rules.

import { requireAuth, requireScope, type SandboxContext } from './context';
import { exception } from './errors';
import type { FakeRange } from './range';
import type { FakeSpreadsheet } from './spreadsheet';
import type { FakeUi } from './ui';

export function createSpreadsheetApp(context: SandboxContext, spreadsheet: FakeSpreadsheet, ui: FakeUi) {
  const active = (method: string) => {
    requireAuth(context, 'LIMITED', `SpreadsheetApp.${method}`, 'spreadsheets.currentonly');
    return spreadsheet;
  };
  return {
    getActive: () => active('getActive'),
    getActiveSpreadsheet: () => active('getActiveSpreadsheet'),
    getActiveSheet: () => active('getActiveSheet').getActiveSheet(),
    getActiveRange: () => active('getActiveRange').getActiveRange(),
    getCurrentCell: () => active('getCurrentCell').getCurrentCell(),
    setActiveRange: (range: FakeRange) => active('setActiveRange').setActiveRange(range),
    /** Needs the full spreadsheets scope even for the open file; only this sandbox's spreadsheet exists. */
    openById(id: string) {
      requireAuth(context, 'FULL', 'SpreadsheetApp.openById', 'spreadsheets');
      // spreadsheets.currentonly does not reach openById, even for the open file.
      requireScope(context, 'SpreadsheetApp.openById', 'spreadsheets');
      if (id !== spreadsheet.getId()) {
        throw exception(
          'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
        );
      }
      return spreadsheet;
    },
    openByUrl(url: string) {
      requireAuth(context, 'FULL', 'SpreadsheetApp.openByUrl', 'spreadsheets');
      if (!String(url).includes(spreadsheet.getId())) {
        throw exception(
          'Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.',
        );
      }
      return spreadsheet;
    },
    getUi() {
      if (context.authMode === 'CUSTOM_FUNCTION')
        throw exception('Cannot call SpreadsheetApp.getUi() from this context.');
      return ui;
    },
    /** Writes are applied at once in the sandbox, so there is nothing to flush. */
    flush(): void {},
  };
}
