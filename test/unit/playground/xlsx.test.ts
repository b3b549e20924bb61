import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXlsx, unzip } from '../../../src/playground/xlsx';
import { zip } from './zip';

const workbook = (date1904 = false) => ({
  'xl/workbook.xml': `<?xml version="1.0"?><workbook xmlns:r="r"><workbookPr${date1904 ? ' date1904="1"' : ''}/><sheets>
    <sheet name="Leads &amp; more" sheetId="1" r:id="rId1"/><sheet name="Model" sheetId="2" r:id="rId2"/></sheets></workbook>`,
  'xl/_rels/workbook.xml.rels': `<Relationships><Relationship Id="rId1" Type="ws" Target="worksheets/sheet1.xml"/>
    <Relationship Id="rId2" Type="ws" Target="/xl/worksheets/sheet2.xml"/></Relationships>`,
  'xl/sharedStrings.xml': `<sst><si><t>Source</t></si><si><t>Converted</t></si><si><r><t>Goo</t></r><r><t xml:space="preserve">gle &lt;ads&gt;</t></r></si></sst>`,
  'xl/styles.xml': `<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>
    <cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/></cellXfs></styleSheet>`,
  'xl/worksheets/sheet1.xml': `<worksheet><sheetData>
    <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Seen</t></is></c></row>
    <row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" t="b"><v>1</v></c><c r="C3" s="1"><v>46037</v></c><c r="D3"><f>1+1</f><v>2</v></c></row>
    <row r="4"><c r="B4" t="b"><v>0</v></c><c r="C4" s="2"><v>46037.5</v></c><c r="D4" t="str"><f>"x"</f><v>x</v></c></row>
  </sheetData></worksheet>`,
  'xl/worksheets/sheet2.xml': `<worksheet><sheetData><row r="1"><c r="A1"><v>-1.5</v></c></row></sheetData></worksheet>`,
});

describe('reading .xlsx workbooks', () => {
  it('reads every sheet with shared, rich and inline text, booleans, numbers, dates and formula results', () => {
    const [leads, model] = readXlsx(zip(workbook()));
    expect(leads.name).toBe('Leads & more');
    expect(leads.rows).toEqual([
      ['Source', 'Converted', 'Seen', ''],
      ['', '', '', ''],
      ['Google <ads>', true, new Date(Date.UTC(2026, 0, 15)), 2],
      ['', false, new Date(Date.UTC(2026, 0, 15, 12)), 'x'],
    ]);
    expect(model).toEqual({ name: 'Model', rows: [[-1.5]] });
  });

  it('reads stored entries as well as deflated ones', () => {
    expect(readXlsx(zip(workbook(), true))[1].rows).toEqual([[-1.5]]);
  });

  it('counts dates from 1904 when the workbook says so', () => {
    const [leads] = readXlsx(zip(workbook(true)));
    expect(leads.rows[2][2]).toEqual(new Date(Date.UTC(2030, 0, 16)));
  });

  it('says so when the file is not a zip archive or has no workbook', () => {
    expect(() => readXlsx(Buffer.from('Source,Converted\n'))).toThrow(
      'This is not an .xlsx file: it is not a zip archive.',
    );
    expect(() => readXlsx(zip({ 'a.txt': 'hello' }))).toThrow(
      'This is not an .xlsx file: it has no workbook inside.',
    );
    expect(
      unzip(zip({ 'a.txt': 'hello' }))
        .get('a.txt')!
        .toString(),
    ).toBe('hello');
  });

  const python = '/usr/bin/python3';
  const hasOpenpyxl =
    existsSync(python) && spawnSync(python, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0;
  it.skipIf(!hasOpenpyxl)('reads a workbook written by openpyxl (Debian python3 with openpyxl)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'leadlift-xlsx-')), 'leads.xlsx');
    const script = `
import datetime, openpyxl, sys
wb = openpyxl.Workbook()
ws = wb.active
ws.title = 'Leads'
ws.append(['Source', 'Visits', 'Signed up', 'Converted'])
ws.append(['Referral', 3, datetime.date(2026, 1, 15), True])
ws.append(['Google "Ads"', 2.5, datetime.datetime(2026, 1, 2, 6, 0), False])
wb.create_sheet('Notes').append(['ünïcode & <tags>'])
wb.save(sys.argv[1])
`;
    expect(spawnSync(python, ['-c', script, file]).status).toBe(0);
    const sheets = readXlsx(readFileSync(file));
    expect(sheets.map((s) => s.name)).toEqual(['Leads', 'Notes']);
    expect(sheets[0].rows).toEqual([
      ['Source', 'Visits', 'Signed up', 'Converted'],
      ['Referral', 3, new Date(Date.UTC(2026, 0, 15)), true],
      ['Google "Ads"', 2.5, new Date(Date.UTC(2026, 0, 2, 6)), false],
    ]);
    expect(sheets[1].rows).toEqual([['ünïcode & <tags>']]);
  });
});
