// The words LeadLift writes into the sheet, in each of its languages: output headers, default stage labels, and the
// log and changes tabs' headers and words. English is the canonical key; any language's word reads back to it.

import type { Goal } from './settings';

export const languages = ['en', 'es', 'fr', 'ro'] as const;
export type Language = (typeof languages)[number];

/** The output columns by their canonical (English) header, in the order they are added to the right of the leads. */
export const outputHeaders = ['Fit score', 'Engagement score', 'Score', 'Grade', 'Stage', 'Why'] as const;
export type OutputHeader = (typeof outputHeaders)[number];

const outputWords: Record<Language, readonly string[]> = {
  en: outputHeaders,
  es: ['Puntuación de perfil', 'Puntuación de interacción', 'Puntuación', 'Nota', 'Etapa', 'Por qué'],
  fr: ['Score d’adéquation', 'Score d’engagement', 'Score', 'Note', 'Étape', 'Pourquoi'],
  ro: ['Scor de potrivire', 'Scor de implicare', 'Scor', 'Calificativ', 'Etapă', 'De ce'],
};

/** The output headers in `language`, in `outputHeaders` order. */
export function outputHeadersIn(language: Language): string[] {
  return [...outputWords[language]];
}

/** The canonical output a header text names in any of LeadLift's languages (case and spaces aside), if any. */
export function outputHeaderOf(text: string): OutputHeader | undefined {
  const wanted = text.trim().toLowerCase();
  for (const language of languages) {
    const k = outputWords[language].findIndex((h) => h.toLowerCase() === wanted);
    if (k >= 0) return outputHeaders[k];
  }
  return undefined;
}

/** The word between a pair rule's two conditions in the Why column: `Contract = Monthly and Tenure <6`. */
export const pairJoinIn: Record<Language, string> = { en: 'and', es: 'y', fr: 'et', ro: 'și' };

/** Stage labels a goal starts with, lowest score first (retention scores risk: a high score is bad news). */
export const goalStageLabelsIn: Record<Language, Record<Goal, string[]>> = {
  en: {
    acquisition: ['Discard', 'Nurture', 'Sales-ready'],
    expansion: ['Not now', 'Nurture', 'Ready to expand'],
    retention: ['Healthy', 'At risk', 'Critical'],
    adoption: ['Low use', 'Growing', 'Full use'],
  },
  es: {
    acquisition: ['Descartar', 'Madurar', 'Listo para ventas'],
    expansion: ['Ahora no', 'Madurar', 'Listo para ampliar'],
    retention: ['Sano', 'En riesgo', 'Crítico'],
    adoption: ['Poco uso', 'En aumento', 'Uso completo'],
  },
  fr: {
    acquisition: ['À écarter', 'À nourrir', 'Prêt pour la vente'],
    expansion: ['Pas maintenant', 'À nourrir', 'Prêt pour l’upsell'],
    retention: ['Sain', 'À risque', 'Critique'],
    adoption: ['Faible usage', 'En progression', 'Usage complet'],
  },
  ro: {
    acquisition: ['De eliminat', 'De cultivat', 'Pregătit pentru vânzare'],
    expansion: ['Nu acum', 'De cultivat', 'Pregătit pentru extindere'],
    retention: ['Sănătos', 'La risc', 'Critic'],
    adoption: ['Utilizare redusă', 'În creștere', 'Utilizare completă'],
  },
};

/** The log tab's columns by their canonical header. */
export const logHeaders = [
  'Time',
  'Run',
  'Rows scored',
  'Rows changed',
  'Stages',
  'Duration (s)',
  'Status',
  'Message',
] as const;
export const changesHeaders = [
  'Time',
  'Lead ID',
  'Old stage',
  'New stage',
  'Old score',
  'New score',
] as const;
export const runKinds = ['Daily', 'Manual', 'Continued'] as const;
export type RunKind = (typeof runKinds)[number];
export const runStatuses = ['Finished', 'Continues in the next run', 'Failed', 'Skipped'] as const;
export type RunStatus = (typeof runStatuses)[number];

interface TabWords {
  log: readonly string[];
  changes: readonly string[];
  runs: readonly string[];
  statuses: readonly string[];
}

const tabWords: Record<Language, TabWords> = {
  en: { log: logHeaders, changes: changesHeaders, runs: runKinds, statuses: runStatuses },
  es: {
    log: [
      'Hora',
      'Ejecución',
      'Filas puntuadas',
      'Filas cambiadas',
      'Etapas',
      'Duración (s)',
      'Estado',
      'Mensaje',
    ],
    changes: [
      'Hora',
      'ID del lead',
      'Etapa anterior',
      'Etapa nueva',
      'Puntuación anterior',
      'Puntuación nueva',
    ],
    runs: ['Diaria', 'Manual', 'Continuada'],
    statuses: ['Terminada', 'Sigue en la próxima ejecución', 'Fallida', 'Omitida'],
  },
  fr: {
    log: [
      'Heure',
      'Passage',
      'Lignes notées',
      'Lignes modifiées',
      'Étapes',
      'Durée (s)',
      'Statut',
      'Message',
    ],
    changes: ['Heure', 'ID du lead', 'Ancienne étape', 'Nouvelle étape', 'Ancien score', 'Nouveau score'],
    runs: ['Quotidien', 'Manuel', 'Suite'],
    statuses: ['Terminé', 'Se poursuit au prochain passage', 'Échec', 'Ignoré'],
  },
  ro: {
    log: ['Ora', 'Rulare', 'Rânduri punctate', 'Rânduri modificate', 'Etape', 'Durată (s)', 'Stare', 'Mesaj'],
    changes: ['Ora', 'ID lead', 'Etapa veche', 'Etapa nouă', 'Scorul vechi', 'Scorul nou'],
    runs: ['Zilnică', 'Manuală', 'Continuată'],
    statuses: ['Terminată', 'Continuă la următoarea rulare', 'Eșuată', 'Sărită'],
  },
};

export type TabKind = 'log' | 'changes';

/** A tab's header row in `language`. */
export function tabHeadersIn(tab: TabKind, language: Language): string[] {
  return [...tabWords[language][tab]];
}

/** True when `row` is that tab's header row in one of LeadLift's languages. */
export function isTabHeader(tab: TabKind, row: readonly string[]): boolean {
  return languages.some((l) => tabWords[l][tab].every((h, i) => (row[i] ?? '').trim() === h));
}

/** A run kind or status word in `language`. */
export function runWordIn(word: RunKind | RunStatus, language: Language): string {
  const run = runKinds.indexOf(word as RunKind);
  if (run >= 0) return tabWords[language].runs[run];
  return tabWords[language].statuses[runStatuses.indexOf(word as RunStatus)];
}

/** The canonical run kind or status a word of any language names; the word itself when none does. */
export function canonicalRunWord(word: string): string {
  for (const language of languages) {
    const run = tabWords[language].runs.indexOf(word);
    if (run >= 0) return runKinds[run];
    const status = tabWords[language].statuses.indexOf(word);
    if (status >= 0) return runStatuses[status];
  }
  return word;
}

/** LeadLift's own tabs, by kind. */
export type OwnTab = 'log' | 'changes' | 'health' | 'appliedScores';

/** Each tab's name in each language: a tab found under another language's name is renamed into the sheet's. */
const tabNames: Record<Language, Record<OwnTab, string>> = {
  en: {
    log: 'LeadLift Log',
    changes: 'LeadLift Changes',
    health: 'LeadLift Health',
    appliedScores: 'LeadLift Applied Scores',
  },
  es: {
    log: 'LeadLift Registro',
    changes: 'LeadLift Cambios',
    health: 'LeadLift Salud',
    appliedScores: 'LeadLift Puntuaciones aplicadas',
  },
  fr: {
    log: 'LeadLift Journal',
    changes: 'LeadLift Changements',
    health: 'LeadLift Santé',
    appliedScores: 'LeadLift Scores appliqués',
  },
  ro: {
    log: 'LeadLift Jurnal',
    changes: 'LeadLift Modificări',
    health: 'LeadLift Sănătate',
    appliedScores: 'LeadLift Scoruri aplicate',
  },
};

/** A LeadLift tab's name in `language`. */
export function tabNameIn(tab: OwnTab, language: Language): string {
  return tabNames[language][tab];
}

/** The names a LeadLift tab has in its languages, `language`'s first. */
export function tabNamesOf(tab: OwnTab, language: Language = 'en'): string[] {
  return [language, ...languages.filter((l) => l !== language)].map((l) => tabNames[l][tab]);
}

/** Every name of every LeadLift tab, in every language. */
export const ownTabNames: readonly string[] = languages.flatMap((l) => Object.values(tabNames[l]));

/** The sheet language a settings object (or its stored JSON) names; English when it names none or is unreadable. */
export function sheetLanguage(settings: unknown): Language {
  let value = settings;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return 'en';
    }
  }
  const named = (value as { language?: unknown } | null)?.language;
  return languages.includes(named as Language) ? (named as Language) : 'en';
}
