// A fake Ui (SpreadsheetApp.getUi()): records menus, sidebars, dialogs and alerts, and answers alerts as scripted.

import { exception } from './errors';
import type { FakeHtmlOutput } from './html-service';
import type { Toast } from './spreadsheet';

export type MenuItem =
  { caption: string; functionName: string } | 'separator' | { caption: string; subMenu: Menu };

export interface Menu {
  title: string;
  /** 'addon' for createAddonMenu (shown under Extensions), 'custom' for createMenu (in the menu bar). */
  kind: 'addon' | 'custom';
  items: MenuItem[];
}

export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';
export type ButtonSetName = 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';

export interface Dialog {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: ButtonSetName;
  /** The button the scripted user pressed and, for a prompt, the text typed. */
  answer: { button: ButtonName; text: string };
}

export interface Answer {
  button?: ButtonName;
  text?: string;
}

/** What the add-on showed, for tests and the playground to read. */
export interface UiRecords {
  menus: Menu[];
  sidebars: Array<{ title: string; html: string }>;
  modalDialogs: Array<{ title: string; html: string; modal: boolean }>;
  alerts: Dialog[];
  toasts: Toast[];
  /** Queues the answer to the next alert or prompt; unanswered ones get OK (or the set's first button) and ''. */
  answer(answer: Answer): void;
}

export function createUiRecords(toasts: Toast[]): UiRecords & { pending: Answer[] } {
  const pending: Answer[] = [];
  return {
    menus: [],
    sidebars: [],
    modalDialogs: [],
    alerts: [],
    toasts,
    pending,
    answer(answer) {
      pending.push(answer);
    },
  };
}

const BUTTON = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
const BUTTON_SET = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;
const BUTTONS_IN_SET: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

class FakeMenu {
  private readonly items: MenuItem[] = [];

  constructor(
    private readonly records: UiRecords,
    private readonly title: string,
    private readonly kind: Menu['kind'],
  ) {}

  addItem(caption: string, functionName: string): FakeMenu {
    if (typeof functionName !== 'string' || functionName === '')
      throw exception('Invalid argument: functionName');
    this.items.push({ caption: String(caption), functionName });
    return this;
  }

  addSeparator(): FakeMenu {
    this.items.push('separator');
    return this;
  }

  addSubMenu(menu: FakeMenu): FakeMenu {
    this.items.push({ caption: menu.title, subMenu: menu.snapshot() });
    return this;
  }

  /** Adding a menu with the same title again replaces it, as reopening the spreadsheet would. */
  addToUi(): void {
    const menu = this.snapshot();
    const index = this.records.menus.findIndex((m) => m.title === menu.title && m.kind === menu.kind);
    if (index === -1) this.records.menus.push(menu);
    else this.records.menus[index] = menu;
  }

  private snapshot(): Menu {
    return { title: this.title, kind: this.kind, items: this.items.slice() };
  }
}

class FakePromptResponse {
  constructor(private readonly answer: { button: ButtonName; text: string }) {}

  getResponseText(): string {
    return this.answer.text;
  }

  getSelectedButton(): ButtonName {
    return this.answer.button;
  }
}

export class FakeUi {
  readonly Button = BUTTON;
  readonly ButtonSet = BUTTON_SET;

  constructor(
    private readonly records: UiRecords & { pending: Answer[] },
    /** The add-on's name: Sheets titles the add-on menu with it. */
    private readonly addOnName: string,
  ) {}

  createAddonMenu(): FakeMenu {
    return new FakeMenu(this.records, this.addOnName, 'addon');
  }

  createMenu(caption: string): FakeMenu {
    return new FakeMenu(this.records, String(caption), 'custom');
  }

  showSidebar(userInterface: FakeHtmlOutput): void {
    this.records.sidebars.push({ title: userInterface.getTitle(), html: userInterface.getContent() });
  }

  showModalDialog(userInterface: FakeHtmlOutput, title: string): void {
    this.records.modalDialogs.push({ title: String(title), html: userInterface.getContent(), modal: true });
  }

  showModelessDialog(userInterface: FakeHtmlOutput, title: string): void {
    this.records.modalDialogs.push({ title: String(title), html: userInterface.getContent(), modal: false });
  }

  /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons); returns the button pressed. */
  alert(first: string, second?: string, third?: ButtonSetName): ButtonName {
    const { title, prompt, buttons } = dialogArguments(first, second, third, 'OK');
    return this.show('alert', title, prompt, buttons).button;
  }

  /** prompt(prompt), prompt(prompt, buttons) or prompt(title, prompt, buttons). */
  prompt(first: string, second?: string, third?: ButtonSetName): FakePromptResponse {
    const { title, prompt, buttons } = dialogArguments(first, second, third, 'OK');
    return new FakePromptResponse(this.show('prompt', title, prompt, buttons));
  }

  private show(kind: Dialog['kind'], title: string, prompt: string, buttons: ButtonSetName) {
    const scripted = this.records.pending.shift() ?? {};
    const allowed = BUTTONS_IN_SET[buttons];
    const button = scripted.button ?? allowed[0];
    if (button !== 'CLOSE' && !allowed.includes(button)) {
      throw new Error(`The scripted answer ${button} is not a button of ${buttons}.`);
    }
    const answer = { button, text: kind === 'prompt' ? (scripted.text ?? '') : '' };
    this.records.alerts.push({ kind, title, prompt, buttons, answer });
    return answer;
  }
}

function dialogArguments(
  first: string,
  second: string | undefined,
  third: ButtonSetName | undefined,
  fallback: ButtonSetName,
): { title: string; prompt: string; buttons: ButtonSetName } {
  if (third !== undefined) return { title: String(first), prompt: String(second ?? ''), buttons: third };
  if (second !== undefined && second in BUTTON_SET) {
    return { title: '', prompt: String(first), buttons: second as ButtonSetName };
  }
  if (second !== undefined) return { title: String(first), prompt: String(second), buttons: fallback };
  return { title: '', prompt: String(first), buttons: fallback };
}
