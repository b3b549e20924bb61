import { describe, expect, it } from 'vitest';
import { convertedWords, notConvertedWords } from '../../../src/core/outcomeWords';

describe('outcome words', () => {
  it('read yes and no, won and lost, 1 and 0, in English, Spanish, French, Romanian and German', () => {
    for (const word of ['yes', 'won', 'true', '1', 'sí', 'oui', 'da', 'ja'])
      expect(convertedWords.has(word)).toBe(true);
    for (const word of ['no', 'lost', 'false', '0', 'non', 'nu', 'nein'])
      expect(notConvertedWords.has(word)).toBe(true);
  });
  it('never give a word both meanings', () => {
    expect([...convertedWords].filter((w) => notConvertedWords.has(w))).toEqual([]);
  });
  it('are lower-case and trimmed, as the outcome parser looks them up', () => {
    for (const word of [...convertedWords, ...notConvertedWords])
      expect(word).toBe(word.trim().toLowerCase());
  });
});
