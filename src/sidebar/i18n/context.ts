// The sidebar's language through Preact context: the root provides it, any view reads its words and its number
// formats with a hook, so no view passes a catalogue or a language down through props.

import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Catalogue } from './en';
import { catalogues, type Language } from './index';

const LanguageContext = createContext<Language>('en');

/** Wraps the sidebar at its root: `<LanguageProvider value={language}>`; switching the language re-renders it. */
export const LanguageProvider = LanguageContext.Provider;

/** The language the sidebar speaks, for the number and date formats of `./index`. */
export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/** The catalogue of the sidebar's language: `const t = useT();` then `t.next`, `t.stepOf(1, 4)`. */
export function useT(): Catalogue {
  return catalogues[useLanguage()];
}
