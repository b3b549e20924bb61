// =LEADREASONS(leads, model, [top_n], [header], [language]): why each lead has its score, one column aligned with the leads.

import { leadReasons } from '../../core/leadReasons';
import { scoreLeads } from '../../core/scoreLeads';
import { parseLeadsArgument, parseModelArgument } from '../parse/leads';
import { languages } from '../../core/sheetWords';
import { choiceArgument, countArgument, headerArgument } from '../parse/arguments';
import type { SheetValue } from '../parse/sheetValues';
import { resultText } from '../format/resultText';
import type { FunctionHelp } from '../functionHelp';

export const help: FunctionHelp = {
  summary:
    'Explains each lead’s score: the rules that gave it the most points, e.g. "+15 Lead Source = Webinar; −10 Occupation = Student".',
  params: [
    {
      name: 'leads',
      example: 'A1:F',
      help: 'The leads with their column names in the first row, as given to LEADSCORE.',
    },
    {
      name: 'model',
      example: 'Model!A1:D',
      help: 'The model: a header row naming Attribute, Value (or Criterion) and Points.',
    },
    {
      name: 'top_n',
      example: '3',
      help: 'How many contributions to show per lead, largest first (default 3).',
      optional: true,
    },
    {
      name: 'header',
      example: '"Why"',
      help: 'The text of the header cell, e.g. in the sheet’s language (default "Why").',
      optional: true,
    },
    {
      name: 'language',
      example: '"fr"',
      help: 'The language of the word between a pair rule’s two conditions: en (and), es (y), fr (et) or ro (și); default en.',
      optional: true,
    },
  ],
  returns: 'A header (Why), then one text per lead; an empty lead row gives an empty cell.',
  examples: [
    {
      args: [
        [
          ['Source', 'Visits'],
          ['Google', 2],
          ['Bing', 12],
          ['', 30],
        ],
        [
          ['Attribute', 'Value', 'Points'],
          ['Source', 'Google', 10],
          ['Visits', '>=10', 5],
          ['Visits', '>=20', 8],
        ],
      ],
      result: [['Why'], ['+10 Source = Google'], ['+5 Visits >=10'], ['+8 Visits >=20; +5 Visits >=10']],
    },
  ],
};

export function LEADREASONS(
  leads: unknown,
  model: unknown,
  top_n?: unknown,
  header?: unknown,
  language?: unknown,
): SheetValue[][] {
  const parsedModel = parseModelArgument(model);
  const topN = countArgument(top_n, 'top_n', { fallback: 3 });
  const words = choiceArgument(language, 'language', languages);
  const { table, rangeHeight, checkCells } = parseLeadsArgument(leads, parsedModel);
  const scored = scoreLeads(table, parsedModel.rules, { checkCells });
  const out = new Array<SheetValue[]>(rangeHeight);
  out[0] = [resultText(headerArgument(header, 'Why'))];
  for (let i = 1; i < rangeHeight; i++) {
    const lead = i - 1;
    out[i] = [
      lead < scored.totals.length && !scored.empty[lead] ? leadReasons(scored, lead, topN, words) : '',
    ];
  }
  return out;
}
