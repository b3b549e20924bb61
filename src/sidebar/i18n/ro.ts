// The sidebar's Romanian strings, key by key as in en.ts: the words a Romanian marketer uses for lead scoring.

import type { Catalogue } from './en';
import { counted, whole } from './plural';

const locale = 'ro-RO';
// Romanian has three forms: 1 lead, 2–19 leaduri, 20 de leaduri (and again 101–119 leaduri).
const leads = (n: number) => counted(n, locale, { one: 'lead', few: 'leaduri', other: 'de leaduri' });
const conversions = (n: number) =>
  counted(n, locale, { one: 'conversie', few: 'conversii', other: 'de conversii' });
const rules = (n: number) => counted(n, locale, { one: 'regulă', few: 'reguli', other: 'de reguli' });

export const ro: Catalogue = {
  language: 'Limbă',
  steps: ['Obiectiv și date', 'Analiză', 'Punctaj', 'Aplicare'],
  stepOf: (n, total) => `Pasul ${n} din ${total}`,
  back: 'Înapoi',
  next: 'Continuă',
  working: 'Se calculează…',
  goal: 'Obiectiv',
  goals: {
    acquisition: 'Achiziție: va cumpăra acest lead?',
    expansion: 'Extindere: va cumpăra mai mult acest client?',
    retention: 'Retenție: va pleca acest client? (scor mai mare, risc mai mare)',
    adoption: 'Adopție: va folosi acest client produsul pe deplin?',
  },
  sheet: 'Foaia cu leaduri',
  headerRow: 'Rândul de antet',
  outcome: 'Coloana cu rezultatul',
  leadId: 'Coloana cu ID-ul leadului',
  lastActivity: 'Coloana cu data ultimei activități',
  none: '(niciuna)',
  choose: 'Alegeți…',
  attributes: 'Atribute',
  attributeHelp: 'Bifați coloanele de punctat. Potrivire: cine sunt. Implicare: ce au făcut.',
  fit: 'Potrivire',
  engagement: 'Implicare',
  types: { category: 'categorie', number: 'număr', date: 'dată' },
  empty: (share) => `${share} goale`,
  placeholders: 'Valori de umplutură',
  treatAsEmpty: 'Tratează ca goale',
  savedProblems: 'Setările salvate trebuie verificate:',
  pickOutcome: 'Alegeți coloana cu rezultatul și cel puțin un atribut.',
  overall: (rate, n) => `Rata de conversie generală ${rate} din ${leads(n)}`,
  leadsConversions: (n, won) => `${leads(n)}, ${conversions(won)}`,
  lift: 'lift',
  liftHeader: 'Lift',
  tooFew: 'prea puține leaduri',
  interval: 'interval',
  method: 'Metoda de punctare',
  methods: {
    joint: 'Comună (recomandată): o singură estimare pentru toate atributele, scor 0–100',
    odds: 'Cote: +10 puncte dublează șansele',
    ratio: 'Raport: rata de închidere ÷ rata generală',
    difference: 'Diferență în puncte procentuale',
  },
  suggest: 'Propune punctaje',
  attribute: 'Atribut',
  value: 'Valoare',
  points: 'Puncte',
  dimension: 'Dimensiune',
  remove: 'Șterge',
  addRule: 'Adaugă o regulă',
  templates: 'Șabloane',
  bant: 'BANT',
  goalTemplate: 'Reguli tipice pentru obiectiv',
  halfLife: 'Timp de înjumătățire al implicării (zile)',
  stages: 'Etape',
  thresholds: 'Praguri',
  labels: 'Etichete',
  leadsInStage: (n) => leads(n),
  gradeCuts: 'Praguri pentru calificative',
  quintiles: 'Quintile (A = primii 20 %)',
  customCuts: 'Pragurile mele',
  fitCuts: 'Praguri de potrivire (D, C, B, A)',
  engagementCuts: 'Praguri de implicare (4, 3, 2, 1)',
  mode: 'Rezultat',
  modes: {
    formulas: 'Formule dinamice: modificările modelului se recalculează',
    values: 'Valori: pentru foi mari și rescorarea zilnică',
  },
  modelTab: 'Fila modelului',
  apply: 'Aplică',
  confirmReplace: 'Înlocuiește',
  cancel: 'Anulează',
  applied: (n, scored, tab) =>
    `${rules(n)} scrise în „${tab}”; ${counted(scored, locale, { one: 'lead punctat', few: 'leaduri punctate', other: 'de leaduri punctate' })}.`,
  reportCard: 'Fișa de evaluare',
  auc: (auc) => `AUC ${auc}: șansa ca un lead convertit să aibă un scor mai mare decât unul neconvertit.`,
  noAuc: 'Fără AUC: toate rezultatele cunoscute sunt la fel.',
  band: 'Interval de scor',
  closeRate: 'Rata de închidere',
  captured: 'Captat',
  bars: {
    legend:
      'Bare: rata de închidere a fiecărei valori, pe aceeași scară pentru toate atributele. Linie: rata generală. Mustață: intervalul de 95 %, unde se află probabil rata reală.',
    overallMark: 'general',
    lift: (times) => `×${times} față de rata generală`,
    bin: (n) => `Grupa ${n}`,
  },
  criteria: {
    atLeast: (x) => `${x} sau mai mult`,
    below: (x) => `sub ${x}`,
    between: (low, high) => `de la ${low} până sub ${high}`,
    other: '(other): orice valoare nelistată',
    blank: '(blank): celulă goală',
  },
  scoring: {
    scale0to100: (odds) =>
      `Scor 0–100, cu cât mai mare, cu atât mai bine: 0 este cea mai slabă valoare a fiecărui atribut, 100 cea mai puternică. Fiecare 10 puncte înmulțesc șansele de conversie cu ${odds}.`,
    scaleSum: 'Scor: suma punctelor regulilor pe care le îndeplinește un lead.',
    evidence: (rate, low, high, n) => `${rate} convertiți (${low}–${high}) din ${leads(n)}`,
    noEvidence: 'încă niciun lead',
    handRules: 'Reguli adăugate manual',
    histogram: 'Scorurile leadurilor',
    histogramLabel: (n) => `Histograma scorurilor pentru ${leads(n)}, de la 0 la 100, colorată pe etape`,
    source: 'Unde încep etapele',
    fromScores: 'După scoruri: primii 20 % în etapa de sus, următorii 30 % la mijloc',
    fromCapacity: 'După capacitatea echipei de vânzări',
    own: 'Pragurile mele',
    leadsPerWeek: 'Leaduri pe care vânzările le pot prelua pe săptămână',
    arrivalColumn: 'Coloana cu data creării',
    arrivalNone: '(niciuna: foaia cuprinde leadurile unei săptămâni)',
    byDate: (arrivals, column, top) =>
      `Sosesc aproximativ ${arrivals} leaduri pe săptămână (după „${column}”); ${leads(top)} din foaie sunt acum în etapa de sus.`,
    bySheet: (top, n) =>
      `Fără coloană cu data creării: cele ${leads(n)} din foaie contează ca o săptămână, iar cele mai bune ${whole(top, locale)} sunt în etapa de sus.`,
    stageFrom: (from) => `de la ${from}`,
    stageRate: (rate) => `${rate} convertiți`,
    topGradeInLowest: (n) =>
      `${counted(n, locale, { one: 'lead cu calificativul A1 este', few: 'leaduri cu calificativul A1 sunt', other: 'de leaduri cu calificativul A1 sunt' })} în etapa cea mai de jos: coborâți primul prag sau luați pragurile după scoruri.`,
  },
  learn: {
    title: 'Învață punctajele din istoric',
    button: 'Compară pe cele mai noi leaduri',
    busy: 'Se estimează…',
    holdout: (train, holdout, byDate) =>
      `Estimat pe cele mai vechi ${leads(train)}, măsurat pe cele mai noi ${whole(holdout, locale)} (${byDate ? 'după ultima activitate' : 'după rând'}). Câștigă AUC-ul cel mai mare; sub 0,01 diferență înseamnă egalitate.`,
    few: (n) =>
      `Doar ${conversions(n)}: luați această comparație ca pe un indiciu, nu ca pe un verdict (sunt necesare cel puțin 50).`,
    model: 'Punctaj',
    lift: 'Lift primii 20 %',
    calibration: 'Abatere de calibrare',
    use: 'Folosește',
    kinds: {
      current: 'Al dumneavoastră',
      suggested: 'Propus',
      logistic: 'Regresie logistică',
      bayes: 'Bayes naiv',
    },
  },
  daily: {
    title: 'Rescorare zilnică',
    on: (at, zone) => `Activată: în fiecare zi la ${at} (${zone}).`,
    off: 'Dezactivată: scorurile se schimbă doar când aplicați modelul sau alegeți Rescorează acum.',
    continuing: 'O foaie mare este terminată în mai multe rulări.',
    lastRun: (time, status, scored, changed) =>
      `Ultima rulare ${time}: ${status}, ${counted(scored, locale, { one: 'lead punctat', few: 'leaduri punctate', other: 'de leaduri punctate' })}, modificări: ${whole(changed, locale)}.`,
    lastError: (message) => `Ultima problemă: ${message}`,
    failed: (run, time, message) =>
      `Ultima rescorare ${run}${time ? ` (${time})` : ''} a eșuat, deci scorurile nu sunt la zi: ${message}`,
    runs: { Daily: 'zilnică', Manual: 'manuală', Continued: 'continuată' },
    statuses: {
      Finished: 'terminată',
      'Continues in the next run': 'continuă la următoarea rulare',
      Failed: 'eșuată',
      Skipped: 'sărită',
    },
    at: 'La',
    install: 'Rescorează zilnic',
    remove: 'Dezactivează',
  },
};
