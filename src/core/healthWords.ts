// The LeadLift Health tab's words in each of LeadLift's languages: its header row, each goal's outcome header and
// the daily verdict in a sentence. English is the canonical key; a header row in any language reads as LeadLift's.

import { type HealthReading, type HealthVerdict, healthVerdictText, leadsNeeded, z95 } from './modelHealth';
import type { Goal } from './settings';
import { type Language, languages } from './sheetWords';

/** The columns of the Health tab; the fifth is the goal's outcome (`Converted`, `Left`, …). */
const headerWords: Record<Language, readonly string[]> = {
  en: [
    'Date',
    'Model applied',
    'Open when applied',
    'Closed since',
    '',
    'AUC',
    'AUC ± (95%)',
    'Predicted rate',
    'Observed rate',
    'Verdict',
  ],
  es: [
    'Fecha',
    'Modelo aplicado',
    'Abiertos al aplicar',
    'Cerrados desde entonces',
    '',
    'AUC',
    'AUC ± (95 %)',
    'Tasa prevista',
    'Tasa observada',
    'Veredicto',
  ],
  fr: [
    'Date',
    'Modèle appliqué le',
    'Ouverts à l’application',
    'Clôturés depuis',
    '',
    'AUC',
    'AUC ± (95 %)',
    'Taux prévu',
    'Taux observé',
    'Verdict',
  ],
  ro: [
    'Data',
    'Model aplicat la',
    'Deschise la aplicare',
    'Închise de atunci',
    '',
    'AUC',
    'AUC ± (95 %)',
    'Rata estimată',
    'Rata observată',
    'Verdict',
  ],
};

/** A goal's outcome as the tab heads it, and what those leads did, after a count of one and of more. */
interface OutcomeWords {
  header: string;
  did: { one: string; other: string };
}

const outcomeWords: Record<Language, Record<Goal, OutcomeWords>> = {
  en: {
    acquisition: { header: 'Converted', did: { one: 'converted', other: 'converted' } },
    expansion: { header: 'Expanded', did: { one: 'expanded', other: 'expanded' } },
    retention: { header: 'Left', did: { one: 'left', other: 'left' } },
    adoption: { header: 'Adopted fully', did: { one: 'adopted fully', other: 'adopted fully' } },
  },
  es: {
    acquisition: { header: 'Convertidos', did: { one: 'se convirtió', other: 'se convirtieron' } },
    expansion: { header: 'Ampliaron', did: { one: 'amplió', other: 'ampliaron' } },
    retention: { header: 'Se fueron', did: { one: 'se fue', other: 'se fueron' } },
    adoption: { header: 'Adoptaron del todo', did: { one: 'adoptó del todo', other: 'adoptaron del todo' } },
  },
  fr: {
    acquisition: { header: 'Convertis', did: { one: 'converti', other: 'convertis' } },
    expansion: { header: 'Ont acheté plus', did: { one: 'ayant acheté plus', other: 'ayant acheté plus' } },
    retention: { header: 'Partis', did: { one: 'parti', other: 'partis' } },
    adoption: { header: 'Ont tout adopté', did: { one: 'ayant tout adopté', other: 'ayant tout adopté' } },
  },
  ro: {
    acquisition: { header: 'Convertiți', did: { one: 's-a convertit', other: 's-au convertit' } },
    expansion: {
      header: 'Au cumpărat mai mult',
      did: { one: 'a cumpărat mai mult', other: 'au cumpărat mai mult' },
    },
    retention: { header: 'Au plecat', did: { one: 'a plecat', other: 'au plecat' } },
    adoption: {
      header: 'Au adoptat complet',
      did: { one: 'a adoptat complet', other: 'au adoptat complet' },
    },
  },
};

/** The Health tab's header row for a goal, in `language`. */
export function healthHeadersIn(goal: Goal, language: Language): string[] {
  return headerWords[language].map((h, i) => (i === 4 ? outcomeWords[language][goal].header : h));
}

/** True when `row` is the Health tab's header row, for any goal, in any of LeadLift's languages. */
export function isHealthHeader(row: readonly string[]): boolean {
  const cells = row.map((c) => c.trim());
  return languages.some((language) =>
    Object.values(outcomeWords[language]).some((w) =>
      headerWords[language].every((h, i) => cells[i] === (i === 4 ? w.header : h)),
    ),
  );
}

/** One count: French reads 0 and 1 as one, the other languages 1 alone. */
const isOne = (n: number, language: Language) => (language === 'fr' ? n <= 1 : n === 1);

/** A number to two decimals, with the language's decimal mark (the sheet shows this text as it is). */
const two = (x: number, language: Language) => {
  const text = x.toFixed(2);
  return language === 'en' ? text : text.replace('.', ',');
};

/** The Romanian count of leads: 1 lead, 2–19 leaduri, 20 de leaduri (and 101–119 again without "de"). */
function romanianLeads(n: number): string {
  const rest = n % 100;
  if (n === 1) return '1 lead';
  return n === 0 || (rest >= 1 && rest <= 19) ? `${n} leaduri` : `${n} de leaduri`;
}

/** What a verdict sentence is made of: the counts, the outcome's words and the AUCs, already in the language. */
interface VerdictParts {
  closed: number;
  converted: number;
  /** What the closed leads that converted did, agreeing with their count. */
  convertedDid: string;
  /** What those leads did, said of more than one. */
  did: string;
  need: { positives: number; negatives: number };
  auc: string;
  margin: string;
  drop: string;
  /** The AUC when the model was applied, when known. */
  applied?: string;
}

type VerdictWords = Record<HealthVerdict, (p: VerdictParts) => string>;

/** The verdicts of the languages other than English (English is modelHealth's own healthVerdictText). */
const verdictWords: Record<Exclude<Language, 'en'>, VerdictWords> = {
  es: {
    waiting: (p) =>
      `Aún es pronto: de los leads abiertos al aplicar el modelo se ${p.closed === 1 ? 'ha cerrado' : 'han cerrado'} ${p.closed}, y ${p.converted} ${p.convertedDid}. Para un veredicto hacen falta unos ${p.need.positives} que ${p.did} y ${p.need.negatives} que no (así el AUC se conoce con ±0,1).`,
    working: (p) =>
      `Sigue funcionando: las puntuaciones separan a los que ${p.did} del resto (AUC ${p.auc}${p.applied ? `, ${p.applied} al aplicarlo` : ''}).`,
    weaker: (p) =>
      `Más débil: AUC ${p.auc}, ${p.drop} menos que ${p.applied} al aplicar el modelo. Vuelve a aprender puntos del historial.`,
    'not separating': (p) =>
      `Ya no separa: con un AUC de ${p.auc} (±${p.margin}), las puntuaciones no distinguen a los que ${p.did} del resto mejor que el azar. Vuelve a aprender puntos del historial.`,
  },
  fr: {
    waiting: (p) =>
      `Trop tôt pour conclure : ${p.closed} des leads ouverts à l’application du modèle ${p.closed <= 1 ? 'est clôturé' : 'sont clôturés'}, dont ${p.converted} ${p.convertedDid}. Un verdict en demande environ ${p.need.positives} ${p.did} et ${p.need.negatives} autres (l’AUC est alors connue à ±0,1 près).`,
    working: (p) =>
      `Toujours efficace : les scores distinguent les leads ${p.did} des autres (AUC ${p.auc}${p.applied ? `, ${p.applied} à l’application` : ''}).`,
    weaker: (p) =>
      `Affaibli : AUC ${p.auc}, en baisse de ${p.drop} par rapport à ${p.applied} à l’application du modèle. Relancez l’apprentissage des points à partir de l’historique.`,
    'not separating': (p) =>
      `Ne distingue plus : avec une AUC de ${p.auc} (±${p.margin}), les scores ne distinguent pas mieux qu’un tirage au hasard les leads ${p.did} des autres. Relancez l’apprentissage des points à partir de l’historique.`,
  },
  ro: {
    waiting: (p) =>
      `Prea devreme pentru un verdict: dintre leadurile deschise la aplicarea modelului s-${p.closed === 1 ? 'a' : 'au'} închis ${romanianLeads(p.closed)}, iar ${p.converted} ${p.convertedDid}. Pentru un verdict sunt necesare aproximativ ${p.need.positives} care ${p.did} și ${p.need.negatives} care nu (astfel AUC-ul este cunoscut cu ±0,1).`,
    working: (p) =>
      `Funcționează în continuare: scorurile îi deosebesc pe cei care ${p.did} de ceilalți (AUC ${p.auc}${p.applied ? `, ${p.applied} la aplicare` : ''}).`,
    weaker: (p) =>
      `Mai slab: AUC ${p.auc}, cu ${p.drop} mai mic decât ${p.applied} la aplicarea modelului. Învățați din nou punctajele din istoric.`,
    'not separating': (p) =>
      `Nu mai deosebește: cu un AUC de ${p.auc} (±${p.margin}), scorurile nu îi deosebesc pe cei care ${p.did} de ceilalți mai bine decât o alegere la întâmplare. Învățați din nou punctajele din istoric.`,
  },
};

/**
 * The verdict of a reading in `language`, for the goal's outcome, as the Health tab writes it.
 * @example healthVerdictIn({ closed: 400, converted: 120, verdict: 'working', auc: 0.81 }, 'acquisition', 'fr') // 'Toujours efficace : les scores distinguent les leads convertis des autres (AUC 0,81).'
 */
export function healthVerdictIn(
  reading: HealthReading,
  goal: Goal,
  language: Language,
  referenceAuc?: number,
): string {
  const did = outcomeWords[language][goal].did;
  if (language === 'en') return healthVerdictText(reading, did.other, referenceAuc);
  const n = (x: number | undefined) => two(x ?? 0, language);
  return verdictWords[language][reading.verdict]({
    closed: reading.closed,
    converted: reading.converted,
    convertedDid: isOne(reading.converted, language) ? did.one : did.other,
    did: did.other,
    need: leadsNeeded(reading.converted, reading.closed - reading.converted),
    auc: n(reading.auc),
    margin: n(z95 * (reading.standardError ?? 0)),
    drop: n(reading.drop),
    ...(referenceAuc !== undefined ? { applied: n(referenceAuc) } : {}),
  });
}

/** The hidden tab's header row: each open lead's key, its score and its probability when the model was applied. */
const appliedScoresWords: Record<Language, readonly string[]> = {
  en: ['Lead', 'Score when applied', 'Probability when applied'],
  es: ['Lead', 'Puntuación al aplicar', 'Probabilidad al aplicar'],
  fr: ['Lead', 'Score à l’application', 'Probabilité à l’application'],
  ro: ['Lead', 'Scor la aplicare', 'Probabilitate la aplicare'],
};

/** The hidden applied-scores tab's header row in `language`. */
export function appliedScoresHeadersIn(language: Language): string[] {
  return [...appliedScoresWords[language]];
}

/** True when `row` is the applied-scores tab's header row in one of LeadLift's languages. */
export function isAppliedScoresHeader(row: readonly string[]): boolean {
  return languages.some((l) => appliedScoresWords[l].every((h, i) => (row[i] ?? '').trim() === h));
}
