// Generated leads with columns of every type and a model using every criterion form, for the SQL tests.
import { numberInText } from '../../src/core/cellValue';

export type SheetCell = string | number | boolean | Date;

/** A seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * What Sheets holds for a CSV field it imports: a number for numeric text, TRUE/FALSE for true/false, a date for
 * yyyy-mm-dd (midnight of the process's zone, which the tests give the sandbox's spreadsheet too), the text
 * itself otherwise.
 */
export function sheetsValue(field: string): SheetCell {
  const text = field.trim();
  if (text === '') return '';
  const number = numberInText(text);
  if (number !== undefined) return number;
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (date) {
    const [y, m, d] = date.slice(1).map(Number);
    const value = new Date(y, m - 1, d);
    if (value.getDate() === d) return value;
  }
  return field;
}

const sources = [
  'Google',
  ' google ',
  'GOOGLE',
  'Bing',
  'What?',
  'What!',
  'a*b',
  'aXb',
  'x~y',
  "O'Brien",
  'back\\slash',
  'Ünïcode',
  'über',
  'nbsp\u00a0',
  '(any)',
  '>5 years',
  'Goo gle',
  'line\u2028sep',
  '10',
  '10.0',
  '',
];
const mixed = [
  '10',
  '10.0',
  ' 7 ',
  'TRUE',
  'false',
  '2026-01-31',
  '2026-02-31',
  'text',
  '1e3',
  '1_000',
  '0x1F',
  '-2.5',
  '.5',
  '',
  '46023',
];
const customers = ['TRUE', 'FALSE', 'true', ''];
/** Every outcome word =CLOSERATE reads, in several spellings, and empty cells (not converted). */
const outcomes = [
  'yes',
  'no',
  'No',
  ' Won ',
  'lost',
  '1',
  '0',
  '',
  'TRUE',
  'false',
  'x',
  'sí',
  '0.0',
  '1.0',
  'y',
  'n',
];

/** `count` leads as CSV fields, header first; every row has a Lead ID, so no lead row is empty. */
export function criterionLeadRows(count: number, seed = 16): string[][] {
  const next = random(seed);
  const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)];
  const rows: string[][] = [
    [
      'Lead ID',
      'Lead Source',
      'Visits',
      'Time on site',
      'Customer',
      'Signed up',
      'Mixed',
      'Job "title"',
      'Became customer',
    ],
  ];
  for (let i = 1; i <= count; i++) {
    const day = Math.floor(next() * 400);
    const signed = new Date(Date.UTC(2025, 6, 1) + day * 86_400_000).toISOString().slice(0, 10);
    const visits = next() < 0.08 ? '' : String(Math.floor(next() * 40));
    const minutes = next() < 0.05 ? '' : (Math.round(next() * 300) / 10).toString();
    rows.push([
      `L-${i}`,
      pick(sources),
      visits,
      minutes,
      pick(customers),
      next() < 0.1 ? '' : signed,
      pick(mixed),
      pick(['CEO', 'ceo ', 'VP Marketing', 'Student', '', 'Select']),
      pick(outcomes),
    ]);
  }
  return rows;
}

/** A model with every criterion form, two dimensions, (other) rules, pair rules and a (base) row. */
export function criterionModel(): SheetCell[][] {
  return [
    ['Attribute', 'Value', 'Points', 'Dimension'],
    ['(base)', '', -20, ''],
    ['Lead Source', 'google', 15, 'Engagement & intent'],
    ['lead source ', 'goo*', 3, 'Engagement & intent'],
    ['Lead Source', '<>goo*', -1, 'Engagement & intent'],
    ['Lead Source', 'What~?', 7, 'Engagement & intent'],
    ['Lead Source', 'What?', 2, 'Engagement & intent'],
    ['Lead Source', 'a~*b', 4, 'Engagement & intent'],
    ['Lead Source', 'a*b', 1, 'Engagement & intent'],
    ['Lead Source', 'x~~y', 6, 'Engagement & intent'],
    ['Lead Source', "O'Brien", 5, 'Engagement & intent'],
    ['Lead Source', 'back\\slash', 5, 'Engagement & intent'],
    ['Lead Source', 'ünïcode', 8, 'Engagement & intent'],
    ['Lead Source', 'NBSP', 9, 'Engagement & intent'],
    ['Lead Source', '=(any)', 11, 'Engagement & intent'],
    ['Lead Source', '=>5 years', 12, 'Engagement & intent'],
    ['Lead Source', '*?*', 1, 'Engagement & intent'],
    ['Lead Source', '1?', 2, 'Engagement & intent'],
    ['Lead Source', 10, 3, 'Engagement & intent'],
    ['Lead Source', 'line*', 3, 'Engagement & intent'],
    ['Visits', '>=10 <20', 10, 'Engagement & intent'],
    ['Visits', '>30', 20, 'Engagement & intent'],
    ['Visits', '<=2', -5, 'Engagement & intent'],
    ['Visits', '(blank)', -7, 'Engagement & intent'],
    ['Visits', '<>10', 1, 'Engagement & intent'],
    ['Visits', '1*', 2, 'Engagement & intent'],
    ['Time on site', '>=12.5', 4.25, 'Engagement & intent'],
    ['Time on site', '<0.5', -0.1, 'Engagement & intent'],
    ['Time on site', '""', -2, 'Engagement & intent'],
    ['Time on site', '*.5', 2, 'Engagement & intent'],
    ['Mixed', '-2.?', 1, 'Fit'],
    ['Customer', true, 30, 'Fit'],
    ['Customer', 'false', -30, 'Fit'],
    ['Customer', '<>', 1, 'Fit'],
    ['Signed up', '>=2026-01-01', 6, 'Fit'],
    ['Signed up', '<46000', -6, 'Fit'],
    ['Signed up', new Date(2026, 0, 31), 13, 'Fit'],
    ['Signed up', '2025-12-2*', 2, 'Fit'],
    ['Signed up', '(any)', 1, 'Fit'],
    ['Mixed', '10', 5, 'Fit'],
    ['Mixed', 'true', 4, 'Fit'],
    ['Mixed', '>=50%', 3, 'Fit'],
    ['Mixed', '>=2026-01-01', 2, 'Fit'],
    ['Mixed', '<0', -3, 'Fit'],
    ['Mixed', '1*', 1, 'Fit'],
    ['Mixed', '2026-01-31', 7, 'Fit'],
    ['Mixed', 'TEXT', 2, 'Fit'],
    ['Mixed', '*%', 1, 'Fit'],
    ['Job "title"', 'CEO', 10, 'Fit'],
    ['Job "title"', 'VP*', 8, 'Fit'],
    ['Job "title"', '(other)', -4, 'Fit'],
    ['Job "title"', '(blank)', -1, ''],
    ['Lead Source & Visits', 'google & >=10', 9, 'Fit'],
    ['Lead Source & Visits', 'Bing & <5', -3, 'Fit'],
    ['Lead Source & Visits', '(other) & >=30', 2, 'Engagement & intent'],
    ['Customer & Signed up', 'TRUE & >=2026-01-01', 5, ''],
    ['Mixed & Job "title"', '(other) & ceo', 1, 'Fit'],
    ['Mixed & Job "title"', '10 & (other)', 2.5, 'Fit'],
  ];
}
