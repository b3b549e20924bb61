// Column letters as Sheets writes them (A … Z, AA … ZZ, AAA …): the one conversion between letters and numbers.

/**
 * The letters of a 1-based column number.
 * @example columnLetter(28) // 'AB'
 */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * The 1-based column number of letters, in either case.
 * @example columnNumber('ab') // 28
 */
export function columnNumber(letters: string): number {
  let column = 0;
  for (const ch of letters.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return column;
}
