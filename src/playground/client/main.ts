// The playground page: a spreadsheet view (tabs, grid, formula bar), the Extensions menu and the sidebar panel.

import { columnLetter } from '../../core/columnLetters';
import type { SheetView, TriggerOutcome } from '../workbook';
import { callAtCaret } from './callAtCaret';
import './styles.css';

interface MenuView {
  title: string;
  items: Array<{ caption: string; functionName: string } | 'separator'>;
}

interface FunctionHelp {
  name: string;
  summary: string;
  params: Array<{ name: string; example: string; help: string; optional: boolean }>;
  returns: string;
}

interface State {
  spreadsheetName: string;
  sheets: string[];
  activeSheet: string;
  menus: MenuView[];
  customFunctions: string[];
  functionHelp: FunctionHelp[];
  clockTriggers: Array<{ id: string; handlerFunction: string; schedule: string }>;
}

interface UiEvents {
  sidebars: Array<{ id: number; title: string }>;
  alerts: string[];
  toasts: string[];
}

const ROW_HEIGHT = 21;
const COLUMN_WIDTH = 104;
const HEADER_WIDTH = 46;
/** Rows drawn above and below the visible ones, so scrolling does not show blanks. */
const OVERSCAN = 15;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) if (value !== undefined) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

async function api<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(
    path,
    body === undefined
      ? {}
      : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
  );
  const reply = (await response.json()) as T & { error?: { message: string } };
  if (!response.ok) throw new Error(reply.error?.message ?? response.statusText);
  return reply;
}

class Playground {
  private state!: State;
  private view!: SheetView;
  private selected = { row: 1, column: 1 };
  private editing: HTMLInputElement | null = null;

  private readonly title = element('span', { class: 'doc-title' });
  private readonly menubar = element('nav', { class: 'menubar' });
  private readonly nameBox = element('div', { class: 'name-box', 'data-testid': 'name-box' });
  private readonly formulaInput = element('input', {
    class: 'formula-input',
    'aria-label': 'Formula bar',
    spellcheck: 'false',
  });
  private readonly scroller = element('div', {
    class: 'grid-scroller',
    tabindex: '0',
    'data-testid': 'grid',
  });
  private readonly table = element('table', { class: 'grid' });
  private readonly tabs = element('footer', { class: 'tabs' });
  private readonly panel = element('aside', { class: 'side-panel', hidden: '' });
  private readonly panelTitle = element('span', { class: 'side-title' });
  private readonly frame = element('iframe', { class: 'side-frame', title: 'LeadLift sidebar' });
  private readonly toast = element('div', { class: 'toast', role: 'status', hidden: '' });
  private readonly status = element('span', { class: 'status' });
  private readonly note = element('div', { class: 'cell-note', role: 'note', hidden: '' });
  private readonly help = element('div', { class: 'formula-help', role: 'tooltip', hidden: '' });

  async start(root: HTMLElement): Promise<void> {
    const close = element('button', { class: 'side-close', 'aria-label': 'Close sidebar' }, '×');
    close.addEventListener('click', () => this.closePanel());
    this.panel.append(element('div', { class: 'side-head' }, this.panelTitle, close), this.frame);
    root.append(
      element(
        'header',
        { class: 'top' },
        element('div', { class: 'logo' }, 'LL'),
        element('div', {}, this.title, this.menubar),
        this.status,
      ),
      element(
        'div',
        { class: 'formula-bar' },
        this.nameBox,
        element('span', { class: 'fx' }, 'fx'),
        this.formulaInput,
      ),
      element('main', { class: 'workspace' }, this.scroller, this.panel),
      this.tabs,
      this.toast,
    );
    this.scroller.append(this.table);
    this.scroller.addEventListener('scroll', () => this.renderGrid());
    this.scroller.addEventListener('keydown', (event) => this.onGridKey(event));
    this.table.addEventListener('mousedown', (event) => this.onGridClick(event));
    this.table.addEventListener('dblclick', () => this.beginEdit(null));
    this.formulaInput.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        void this.commit(this.formulaInput.value, 1, 0);
      } else if (event.key === 'Escape') {
        this.showSelection();
        this.scroller.focus();
      }
    });
    window.addEventListener('message', (event) => {
      if (event.origin !== location.origin || event.source !== this.frame.contentWindow) return;
      const data = event.data as { type?: string; events?: UiEvents | null };
      if (data.type === 'leadlift:close') this.closePanel();
      if (data.type === 'leadlift:ran') {
        if (data.events) this.showEvents(data.events);
        void this.refresh();
      }
    });
    window.addEventListener('resize', () => this.renderGrid());
    document.addEventListener('mousedown', (event) => {
      if (!(event.target as Element).closest('.menu')) this.closeMenus();
    });
    this.state = await api<State>('/api/state');
    this.title.textContent = this.state.spreadsheetName;
    document.title = `${this.state.spreadsheetName} – LeadLift playground`;
    this.renderMenus();
    await this.openSheet(this.state.activeSheet);
    this.scroller.focus();
  }

  private async refresh(): Promise<void> {
    this.state = await api<State>('/api/state');
    this.renderMenus();
    const name = this.state.sheets.includes(this.view.name) ? this.view.name : this.state.activeSheet;
    const view = await api<SheetView>(`/api/sheet?name=${encodeURIComponent(name)}`);
    // A tab opened while this was on its way wins: a late sidebar call must not bring back the tab it started on.
    if (this.view.name !== name && this.state.sheets.includes(this.view.name)) return;
    this.view = view;
    this.renderTabs();
    this.renderGrid();
    this.showSelection();
  }

  private async openSheet(name: string): Promise<void> {
    if (this.view && this.view.name !== name) await api('/api/activate', { sheet: name });
    this.view = await api<SheetView>(`/api/sheet?name=${encodeURIComponent(name)}`);
    this.selected = { row: 1, column: 1 };
    this.scroller.scrollTo(0, 0);
    this.renderTabs();
    this.renderGrid();
    this.showSelection();
  }

  private renderTabs(): void {
    this.tabs.replaceChildren(
      ...this.state.sheets.map((name) => {
        const tab = element(
          'button',
          { class: name === this.view.name ? 'tab active' : 'tab', role: 'tab' },
          name,
        );
        tab.addEventListener('click', () => void this.openSheet(name));
        return tab;
      }),
    );
  }

  private renderMenus(): void {
    const file = this.menu('File', [
      {
        caption: 'Download this tab as CSV',
        run: () => {
          const link = element('a', {
            href: `/download?sheet=${encodeURIComponent(this.view.name)}`,
            download: `${this.view.name}.csv`,
          });
          document.body.append(link);
          link.click();
          link.remove();
        },
      },
    ]);
    const triggers = this.state.clockTriggers.map((trigger) => ({
      caption: `Run ${trigger.handlerFunction} now (${trigger.schedule})`,
      run: () => void this.runTrigger(trigger.id),
    }));
    const extensions = this.menu('Extensions', [
      ...this.state.menus.flatMap((menu) => [
        { heading: menu.title },
        ...menu.items.map((item) =>
          item === 'separator'
            ? { separator: true }
            : { caption: item.caption, run: () => void this.runMenuItem(item.functionName) },
        ),
      ]),
      ...(triggers.length ? [{ heading: 'Installed triggers' }, ...triggers] : []),
    ]);
    this.menubar.replaceChildren(file, extensions);
  }

  private menu(
    label: string,
    entries: Array<{ caption?: string; run?: () => void; heading?: string; separator?: boolean }>,
  ): HTMLElement {
    const button = element('button', { class: 'menu-button', 'aria-haspopup': 'true' }, label);
    const list = element('div', { class: 'menu-list', role: 'menu', hidden: '' });
    for (const entry of entries) {
      if (entry.heading) list.append(element('div', { class: 'menu-heading' }, entry.heading));
      else if (entry.separator) list.append(element('hr'));
      else {
        const item = element('button', { class: 'menu-item', role: 'menuitem' }, entry.caption ?? '');
        item.addEventListener('click', () => {
          this.closeMenus();
          entry.run?.();
        });
        list.append(item);
      }
    }
    button.addEventListener('click', () => {
      const open = list.hidden;
      this.closeMenus();
      list.hidden = !open;
    });
    return element('div', { class: 'menu' }, button, list);
  }

  private closeMenus(): void {
    for (const list of this.menubar.querySelectorAll<HTMLElement>('.menu-list')) list.hidden = true;
  }

  private async runMenuItem(functionName: string): Promise<void> {
    const reply = await api<{
      ok: boolean;
      events?: UiEvents & { movedTo?: string };
      error?: { message: string };
    }>('/api/menu', { functionName });
    if (!reply.ok) this.showToast(reply.error?.message ?? 'The menu item failed.');
    if (reply.events) this.showEvents(reply.events);
    await this.refresh();
    // A menu item run from the starter tab works on the leads tab: show the tab it works on.
    const movedTo = reply.events?.movedTo;
    if (movedTo && movedTo !== this.view.name && this.state.sheets.includes(movedTo))
      await this.openSheet(movedTo);
  }

  private async runTrigger(id: string): Promise<void> {
    this.status.textContent = 'Running…';
    const reply = await api<{
      ok: boolean;
      events?: UiEvents & { outcome?: TriggerOutcome };
      error?: { message: string };
    }>('/api/trigger', { id });
    this.status.textContent = '';
    const outcome = reply.events?.outcome;
    this.showToast(
      !reply.ok
        ? `The trigger failed: ${reply.error?.message ?? ''}`
        : !outcome
          ? 'The trigger ran.'
          : outcome.ok
            ? `The trigger ran: ${outcome.status}.${outcome.message ? ` ${outcome.message}` : ''}`
            : `The trigger ran and the re-score failed: ${outcome.message}`,
      Boolean(outcome && !outcome.ok),
    );
    if (reply.events) this.showEvents(reply.events);
    await this.refresh();
  }

  private showEvents(events: UiEvents): void {
    const sidebar = events.sidebars[events.sidebars.length - 1];
    if (sidebar) {
      this.panelTitle.textContent = sidebar.title;
      this.frame.src = `/sidebar/${sidebar.id}`;
      this.panel.hidden = false;
      this.renderGrid();
    }
    const messages = [...events.alerts, ...events.toasts];
    if (messages.length) this.showToast(messages.join('\n'));
  }

  private closePanel(): void {
    this.panel.hidden = true;
    this.frame.src = 'about:blank';
    this.renderGrid();
  }

  private showToast(message: string, failed = false): void {
    this.toast.textContent = message;
    this.toast.classList.toggle('failed', failed);
    this.toast.hidden = false;
    window.setTimeout(() => (this.toast.hidden = true), 6000);
  }

  /** Draws the header, the frozen rows and the rows in view; far rows stay undrawn. */
  private renderGrid(): void {
    const view = this.view;
    if (!view) return;
    const frozen = Math.min(view.frozenRows, view.rows);
    const height = this.scroller.clientHeight || 600;
    const first = Math.max(frozen + 1, Math.floor(this.scroller.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(view.rows, first + Math.ceil(height / ROW_HEIGHT) + 2 * OVERSCAN);
    const spilled = new Set(view.spilled);
    const colgroup = element('colgroup', {}, element('col', { style: `width:${HEADER_WIDTH}px` }));
    const head = element('tr', {}, element('th', { class: 'corner' }));
    for (let c = 1; c <= view.columns; c++) {
      colgroup.append(element('col', { style: `width:${COLUMN_WIDTH}px` }));
      head.append(element('th', { class: 'column-header', 'data-column': String(c) }, columnLetter(c)));
    }
    const body = element('tbody');
    const row = (r: number, className: string) => {
      const tr = element('tr', { class: className }, element('th', { class: 'row-header' }, String(r)));
      const display = view.display[r - 1];
      const kinds = view.kinds[r - 1] ?? '';
      for (let c = 1; c <= view.columns; c++) {
        const at = `${r},${c}`;
        const kind = kinds[c - 1] ?? '.';
        const classes = ['cell', `kind-${kind === '.' ? 'empty' : kind}`];
        if (view.formulas[at]) classes.push('has-formula');
        if (spilled.has(at)) classes.push('spilled');
        if (view.notes[at]) classes.push('has-note');
        // Text runs on over empty cells to its right, as in Sheets.
        if (kind === 't' && (kinds[c] ?? '.') === '.' && c < view.columns) classes.push('overflow');
        const td = element('td', {
          class: classes.join(' '),
          'data-row': String(r),
          'data-column': String(c),
          title: view.notes[at],
          ...(view.fontColors[at] ? { style: `color:${view.fontColors[at]}` } : {}),
        });
        td.textContent = display?.[c - 1] ?? '';
        tr.append(td);
      }
      return tr;
    };
    for (let r = 1; r <= frozen; r++) body.append(row(r, r === frozen ? 'frozen frozen-last' : 'frozen'));
    if (first > frozen + 1) {
      body.append(element('tr', { class: 'spacer', style: `height:${(first - frozen - 1) * ROW_HEIGHT}px` }));
    }
    for (let r = first; r <= last; r++) body.append(row(r, ''));
    if (last < view.rows) {
      body.append(element('tr', { class: 'spacer', style: `height:${(view.rows - last) * ROW_HEIGHT}px` }));
    }
    this.table.replaceChildren(colgroup, element('thead', {}, head), body);
    this.table.style.width = `${HEADER_WIDTH + view.columns * COLUMN_WIDTH}px`;
    this.markSelection();
  }

  private markSelection(): void {
    for (const cell of this.table.querySelectorAll('.selected')) cell.classList.remove('selected');
    const { row, column } = this.selected;
    const cell = this.table.querySelector<HTMLElement>(`td[data-row="${row}"][data-column="${column}"]`);
    cell?.classList.add('selected');
    this.showNote(cell, this.view.notes[`${row},${column}`]);
  }

  /** Sheets shows an error cell's message in a box beside the cell while it is selected. */
  private showNote(cell: HTMLElement | null | undefined, message: string | undefined): void {
    this.note.hidden = !cell || !message || this.editing !== null;
    if (this.note.hidden || !cell) return;
    const error = cell.classList.contains('kind-e');
    this.note.replaceChildren(
      ...(error ? [element('strong', {}, 'Error')] : []),
      element('div', {}, message ?? ''),
    );
    this.note.style.left = `${cell.offsetLeft + cell.offsetWidth + 2}px`;
    this.note.style.top = `${cell.offsetTop}px`;
    if (!this.note.isConnected) this.scroller.append(this.note);
  }

  private rawText(row: number, column: number): string {
    const at = `${row},${column}`;
    return this.view.formulas[at] ?? this.view.display[row - 1]?.[column - 1] ?? '';
  }

  private showSelection(): void {
    const { row, column } = this.selected;
    this.nameBox.textContent = `${columnLetter(column)}${row}`;
    this.formulaInput.value = this.rawText(row, column);
    this.markSelection();
  }

  private select(row: number, column: number): void {
    this.selected = {
      row: Math.min(Math.max(row, 1), this.view.rows),
      column: Math.min(Math.max(column, 1), this.view.columns),
    };
    const top = (this.selected.row - 1) * ROW_HEIGHT;
    const frozenHeight = (this.view.frozenRows + 1) * ROW_HEIGHT;
    if (
      top < this.scroller.scrollTop + frozenHeight - ROW_HEIGHT &&
      this.selected.row > this.view.frozenRows
    ) {
      this.scroller.scrollTop = Math.max(0, top - frozenHeight + ROW_HEIGHT);
    } else if (top + 2 * ROW_HEIGHT > this.scroller.scrollTop + this.scroller.clientHeight) {
      this.scroller.scrollTop = top + 3 * ROW_HEIGHT - this.scroller.clientHeight;
    }
    this.renderGrid();
    this.showSelection();
  }

  private onGridClick(event: MouseEvent): void {
    const cell = (event.target as Element).closest('td.cell');
    if (!cell || !(cell instanceof HTMLElement)) return;
    if (this.editing) void this.commit(this.editing.value, 0, 0);
    this.select(Number(cell.dataset.row), Number(cell.dataset.column));
  }

  private onGridKey(event: KeyboardEvent): void {
    if (this.editing) return;
    const { row, column } = this.selected;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Tab: [0, 1],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      this.select(row + move[0], column + move[1]);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      this.beginEdit(null);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      void this.commit('', 0, 0);
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      this.beginEdit(event.key);
    }
  }

  /** Opens an editor over the selected cell: with its content, or with the first key typed. */
  private beginEdit(initial: string | null): void {
    const cell = this.table.querySelector<HTMLElement>('td.selected');
    if (!cell) return;
    const input = element('input', {
      class: 'cell-editor',
      spellcheck: 'false',
      'aria-label': 'Cell editor',
    });
    input.value = initial ?? this.rawText(this.selected.row, this.selected.column);
    const box = cell.getBoundingClientRect();
    const outer = this.scroller.getBoundingClientRect();
    input.style.left = `${box.left - outer.left + this.scroller.scrollLeft}px`;
    input.style.top = `${box.top - outer.top + this.scroller.scrollTop}px`;
    input.style.minWidth = `${box.width}px`;
    input.style.height = `${box.height}px`;
    input.addEventListener('keydown', (event) => {
      // The grid must not also see this key: Enter there would open the editor again.
      event.stopPropagation();
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        void this.commit(input.value, event.key === 'Enter' ? 1 : 0, event.key === 'Tab' ? 1 : 0);
      } else if (event.key === 'Escape') {
        this.stopEditing();
        this.scroller.focus();
      }
    });
    input.addEventListener('input', () => {
      this.formulaInput.value = input.value;
      this.showHelp(input);
    });
    this.scroller.append(input);
    this.editing = input;
    this.note.hidden = true;
    input.focus();
  }

  private stopEditing(): void {
    this.editing?.remove();
    this.editing = null;
    this.help.hidden = true;
  }

  /** Sheets' formula help: the function being typed, its arguments with the current one in bold, and what it does. */
  private showHelp(input: HTMLInputElement): void {
    const call = callAtCaret(input.value.slice(0, input.selectionStart ?? input.value.length));
    const help = call && this.state.functionHelp.find((f) => f.name === call.name);
    this.help.hidden = !help;
    if (!help || !call) return;
    const signature = element('div', { class: 'help-signature' }, `${help.name}(`);
    help.params.forEach((param, i) => {
      if (i > 0) signature.append(', ');
      const label = param.optional ? `[${param.name}]` : param.name;
      signature.append(i === call.argument ? element('strong', {}, label) : label);
    });
    signature.append(')');
    const current = help.params[call.argument];
    this.help.replaceChildren(
      signature,
      element('div', { class: 'help-summary' }, help.summary),
      ...(current
        ? [
            element(
              'div',
              { class: 'help-argument' },
              element('strong', {}, current.name),
              ` — ${current.help} Example: ${current.example}`,
            ),
          ]
        : []),
    );
    // Kept inside the visible part of the grid, as near the editor as fits.
    const rightEdge = this.scroller.scrollLeft + this.scroller.clientWidth - 370;
    this.help.style.left = `${Math.max(this.scroller.scrollLeft, Math.min(parseFloat(input.style.left), rightEdge))}px`;
    this.help.style.top = `${parseFloat(input.style.top) + input.offsetHeight + 2}px`;
    if (!this.help.isConnected) this.scroller.append(this.help);
  }

  /** Writes text into the selected cell, then moves the selection as Sheets does after Enter or Tab. */
  private async commit(text: string, down: number, right: number): Promise<void> {
    const { row, column } = this.selected;
    this.stopEditing();
    this.status.textContent = 'Calculating…';
    try {
      await api('/api/edit', { sheet: this.view.name, row, column, text });
      this.view = await api<SheetView>(`/api/sheet?name=${encodeURIComponent(this.view.name)}`);
    } catch (error) {
      this.showToast((error as Error).message);
    }
    this.status.textContent = '';
    this.select(row + down, column + right);
    this.scroller.focus();
  }
}

void new Playground().start(document.getElementById('app')!);
