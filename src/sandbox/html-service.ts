// A fake HtmlService: serves the add-on's HTML files (the built Sidebar.html) and plain HTML outputs.

import type { SandboxContext } from './context';
import { exception } from './errors';

export class FakeHtmlOutput {
  private title = '';
  private width = 300;
  private height = 500;

  constructor(private content: string) {}

  getContent(): string {
    return this.content;
  }

  setContent(content: string): FakeHtmlOutput {
    this.content = String(content);
    return this;
  }

  append(addedContent: string): FakeHtmlOutput {
    this.content += String(addedContent);
    return this;
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): FakeHtmlOutput {
    this.title = String(title);
    return this;
  }

  getWidth(): number {
    return this.width;
  }

  setWidth(width: number): FakeHtmlOutput {
    this.width = width;
    return this;
  }

  getHeight(): number {
    return this.height;
  }

  setHeight(height: number): FakeHtmlOutput {
    this.height = height;
    return this;
  }

  // Settings of the page's frame that Sheets honours and the sandbox has no frame for.
  setSandboxMode(_mode: string): FakeHtmlOutput {
    return this;
  }

  setXFrameOptionsMode(_mode: string): FakeHtmlOutput {
    return this;
  }

  addMetaTag(_name: string, _content: string): FakeHtmlOutput {
    return this;
  }
}

export function createHtmlService(context: SandboxContext) {
  return {
    SandboxMode: { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' },
    XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
    /** A file of the project by name without ".html", as Apps Script looks it up. */
    createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
      const name = String(filename).replace(/\.html$/, '');
      const read = context.htmlFiles.get(name);
      if (!read) throw exception(`No HTML file named ${name} was found.`);
      return new FakeHtmlOutput(read());
    },
    createHtmlOutput(html?: string): FakeHtmlOutput {
      return new FakeHtmlOutput(html === undefined ? '' : String(html));
    },
  };
}
