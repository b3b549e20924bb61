// The words marketers use for an outcome: which mean "became a customer" and which mean "did not".

/** Lower-cased words (and 1) that mean converted. */
export const convertedWords: ReadonlySet<string> = new Set([
  'yes',
  'y',
  'true',
  'won',
  'win',
  'x',
  'sí',
  'si',
  'oui',
  'da',
  'ja',
  '1',
]);

/** Lower-cased words (and 0) that mean not converted; an empty cell means not converted too. */
export const notConvertedWords: ReadonlySet<string> = new Set([
  'no',
  'n',
  'false',
  'lost',
  'loss',
  'non',
  'nu',
  'nein',
  '0',
]);
