// Reads the values of an .xlsx workbook (every sheet) with Node's zlib: numbers, text, booleans, dates.

import { inflateRawSync } from 'node:zlib';
import type { SheetCell } from '../core/cellValue';
import { columnNumber } from '../core/columnLetters';

export type XlsxValue = SheetCell;

export interface XlsxSheet {
  name: string;
  rows: XlsxValue[][];
}

/** The files of a zip archive by name (stored or deflated entries, as Excel and Sheets write them). */
export function unzip(archive: Buffer): Map<string, Buffer> {
  // End of central directory: the last record with this signature, within 64 KB of comment from the end.
  let end = -1;
  for (let i = archive.length - 22; i >= Math.max(0, archive.length - 65_557); i--) {
    if (archive.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end === -1) throw new Error('This is not an .xlsx file: it is not a zip archive.');
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let n = 0; n < count; n++) {
    if (archive.readUInt32LE(at) !== 0x02014b50) throw new Error('The .xlsx file is damaged.');
    const method = archive.readUInt16LE(at + 10);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    // The local header repeats the name and has its own extra field; the data follows it.
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const data = archive.subarray(start, start + size);
    if (method === 0) files.set(name, data);
    else if (method === 8) files.set(name, inflateRawSync(data));
    else throw new Error(`The .xlsx file uses a compression method (${method}) the playground cannot read.`);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (entity[0] !== '#') return named[entity.toLowerCase()];
    const code =
      entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
    return String.fromCodePoint(code);
  });
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? decodeXml(match[1]) : undefined;
}

/** The text of a shared or inline string: every <t> in it, rich-text runs included. */
function stringText(xml: string): string {
  let text = '';
  for (const match of xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) text += decodeXml(match[1]);
  return text;
}

/** Built-in number formats that show a date or time (ECMA-376 18.8.30). */
const builtInDateFormats = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** Which cell styles show a date: their number format is a date format, built in or custom. */
function dateStyles(stylesXml: string | undefined): boolean[] {
  if (!stylesXml) return [];
  const customDate = new Set<number>();
  for (const match of stylesXml.matchAll(/<numFmt\s[^>]*>/g)) {
    const id = Number(attribute(match[0], 'numFmtId'));
    // A format is a date when it has d, m, y, h or s outside quoted text and [colour] tags.
    const code = (attribute(match[0], 'formatCode') ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    if (/[dmyhs]/i.test(code)) customDate.add(id);
  }
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  return [...xfs.matchAll(/<xf\s[^>]*?\/?>/g)].map((match) => {
    const id = Number(attribute(match[0], 'numFmtId') ?? 0);
    return builtInDateFormats.has(id) || customDate.has(id);
  });
}

function columnIndex(reference: string): number {
  return columnNumber(/^[A-Z]+/.exec(reference)?.[0] ?? '') - 1;
}

const msPerDay = 86_400_000;
/** Serial day 0 of the 1900 date system (Excel's 1900 leap-year bug makes it 1899-12-30 for modern dates). */
const epoch1900 = Date.UTC(1899, 11, 30);
const epoch1904 = Date.UTC(1904, 0, 1);

/** Every sheet's values, in the workbook's order; a formula cell gives its last calculated value. */
export function readXlsx(archive: Buffer): XlsxSheet[] {
  const files = unzip(archive);
  const text = (name: string) => files.get(name)?.toString('utf8');
  const workbook = text('xl/workbook.xml');
  if (!workbook) throw new Error('This is not an .xlsx file: it has no workbook inside.');
  const epoch = /<workbookPr\s[^>]*date1904="(1|true)"/.test(workbook) ? epoch1904 : epoch1900;
  const targets = new Map<string, string>();
  for (const match of (text('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\s[^>]*>/g)) {
    const id = attribute(match[0], 'Id');
    const target = attribute(match[0], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const shared = [...(text('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    stringText(m[1]),
  );
  const isDateStyle = dateStyles(text('xl/styles.xml'));
  const sheets: XlsxSheet[] = [];
  for (const match of workbook.matchAll(/<sheet\s[^>]*>/g)) {
    const name = attribute(match[0], 'name') ?? `Sheet${sheets.length + 1}`;
    const path = targets.get(attribute(match[0], 'r:id') ?? '');
    const xml = path && text(path);
    if (!xml) continue;
    const rows: XlsxValue[][] = [];
    for (const row of xml.matchAll(/<row\s([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
      const index = Number(attribute(` ${row[1]}`, 'r') ?? rows.length + 1) - 1;
      const line: XlsxValue[] = [];
      for (const cell of (row[2] ?? '').matchAll(/<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const tag = ` ${cell[1]}`;
        const body = cell[2] ?? '';
        const column = columnIndex(attribute(tag, 'r') ?? '');
        const type = attribute(tag, 't') ?? 'n';
        const raw = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
        let value: XlsxValue = '';
        if (type === 's') value = shared[Number(raw)] ?? '';
        else if (type === 'inlineStr') value = stringText(body);
        else if (type === 'str' || type === 'e') value = raw === undefined ? '' : decodeXml(raw);
        else if (type === 'b') value = raw === '1';
        else if (raw !== undefined && raw !== '') {
          const number = Number(raw);
          const style = Number(attribute(tag, 's') ?? 0);
          value = isDateStyle[style] ? new Date(Math.round(epoch + number * msPerDay)) : number;
        }
        line[column >= 0 ? column : line.length] = value;
      }
      rows[index] = line;
    }
    // Array.from, not map: rows the file skips are holes, and map would leave them out of the maximum.
    const width = Math.max(0, ...Array.from(rows, (line) => line?.length ?? 0));
    const square = Array.from(rows, (line) => Array.from({ length: width }, (_, i) => line?.[i] ?? ''));
    sheets.push({ name, rows: square });
  }
  return sheets;
}
