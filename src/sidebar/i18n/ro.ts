// The sidebar's Romanian strings, key by key as in en.ts: the words a Romanian marketer uses for lead scoring.

import type { Catalogue, GoalWords } from './en';
import { intlLocale } from './locale';
import { counted, type PluralForms, whole } from './plural';

const locale = () => intlLocale('ro');
// Romanian has three forms: 1 lead, 2–19 leaduri, 20 de leaduri (and again 101–119 leaduri).
const leads = (n: number) => counted(n, locale(), { one: 'lead', few: 'leaduri', other: 'de leaduri' });
/** Each goal's plural words in Romanian's three forms: one, few (2–19) and other (20 and up, with "de"). */
const pluralForms: Record<string, PluralForms> = {
  leaduri: { one: 'lead', few: 'leaduri', other: 'de leaduri' },
  clienți: { one: 'client', few: 'clienți', other: 'de clienți' },
  conversii: { one: 'conversie', few: 'conversii', other: 'de conversii' },
  extinderi: { one: 'extindere', few: 'extinderi', other: 'de extinderi' },
  'clienți care au plecat': {
    one: 'client care a plecat',
    few: 'clienți care au plecat',
    other: 'de clienți care au plecat',
  },
  'adoptări complete': { one: 'adoptare completă', few: 'adoptări complete', other: 'de adoptări complete' },
};
/** A count of the goal's people (`many`) or outcomes (`events`), e.g. "1 client", "25 de clienți". */
const some = (n: number, plural: string) => counted(n, locale(), pluralForms[plural] ?? { other: plural });
const capital = (text: string) => `${text[0].toUpperCase()}${text.slice(1)}`;
const goal = (w: GoalWords) => w;
/** Any count in Romanian's three forms, e.g. (20, 'rând', 'rânduri') → "20 de rânduri". */
const plain = (n: number, one: string, few: string) => counted(n, locale(), { one, few, other: `de ${few}` });

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
  goalWords: {
    acquisition: goal({
      many: 'leaduri',
      rate: 'rata de conversie',
      rateTitle: 'Rata de închidere',
      events: 'conversii',
      happened: 'convertiți',
      odds: 'conversie',
      aucPair: 'un lead convertit să aibă un scor mai mare decât unul neconvertit',
      actFirst: 'cei mai predispuși să cumpere',
    }),
    expansion: goal({
      many: 'clienți',
      rate: 'rata de extindere',
      rateTitle: 'Rata de extindere',
      events: 'extinderi',
      happened: 'au cumpărat mai mult',
      odds: 'extindere',
      aucPair: 'un client care a cumpărat mai mult să aibă un scor mai mare decât unul care nu a cumpărat',
      actFirst: 'cei mai predispuși să cumpere mai mult',
    }),
    retention: goal({
      many: 'clienți',
      rate: 'rata de abandon',
      rateTitle: 'Rata de abandon',
      events: 'clienți care au plecat',
      happened: 'au plecat',
      odds: 'plecare',
      aucPair: 'un client care a plecat să aibă un scor mai mare decât unul care a rămas',
      actFirst: 'cei mai predispuși să plece',
    }),
    adoption: goal({
      many: 'clienți',
      rate: 'rata de adopție',
      rateTitle: 'Rata de adopție',
      events: 'adoptări complete',
      happened: 'au adoptat complet',
      odds: 'adopție completă',
      aucPair:
        'un client care a adoptat complet produsul să aibă un scor mai mare decât unul care nu l-a adoptat',
      actFirst: 'cei mai predispuși să adopte complet produsul',
    }),
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
  pickedSheet: (active, found) =>
    `Fila activă „${active}” nu pare să conțină leaduri, așa că LeadLift a deschis „${found}”, care pare să conțină. Alegeți mai jos altă foaie cu leaduri, dacă este cazul.`,
  untickedReasons: {
    date: 'Nebifată: o dată se punctează după cât de recentă este (ca în coloana ultimei activități), nu după valoarea ei.',
    otherOutcome:
      'Nebifată: pare o altă coloană de rezultat; punctarea ei i-ar da scorului răspunsul, pe care leadurile noi nu îl au încă.',
  },
  fit: 'Potrivire',
  engagement: 'Implicare',
  types: { category: 'categorie', number: 'număr', date: 'dată' },
  empty: (share) => `${share} goale`,
  placeholders: 'Valori de umplutură',
  treatAsEmpty: 'Tratează ca goale',
  savedProblems: 'Setările salvate trebuie verificate:',
  pickOutcome: 'Alegeți coloana cu rezultatul și cel puțin un atribut.',
  overall: (rate, n, w) => `${capital(w.rate)} generală ${rate} din ${some(n, w.many)}`,
  leadsConversions: (n, won, w) => `${some(n, w.many)}, ${some(won, w.events)}`,
  lift: 'lift',
  liftHeader: 'Lift',
  tooFew: (w) => `număr prea mic de ${w.many}`,
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
  leadsInStage: (n, w) => some(n, w.many),
  gradeCuts: 'Praguri pentru calificative',
  quintiles: (w) => `Quintile: A = de tratat primii, cei mai buni 20\u00a0% după scor (${w.actFirst})`,
  customCuts: 'Pragurile mele',
  fitCuts: 'Praguri de potrivire (D, C, B, A)',
  engagementCuts: 'Praguri de implicare (4, 3, 2, 1)',
  mode: 'Rezultat',
  modes: {
    formulas: 'Formule dinamice: modificările modelului se recalculează',
    values: 'Valori: pentru foi mari și rescorarea zilnică',
  },
  valuesAdvised: (n, cells, limit) =>
    `Aici se recomandă valorile: ${leads(n)} (${plain(cells, 'celulă', 'celule')}) înseamnă mai mult decât pot recalcula la timp formulele dinamice. Sheets le rulează din nou pe toate leadurile la fiecare modificare și le oprește pe cele care durează peste 30 de secunde, lăsând #ERROR! în coloană; formulele dinamice sunt potrivite până la aproximativ ${plain(limit, 'celulă', 'celule')}.`,
  modelTab: 'Fila modelului',
  apply: 'Aplică',
  confirmReplace: 'Înlocuiește',
  cancel: 'Anulează',
  applied: (n, scored, tab, w) =>
    `${plain(n, 'regulă scrisă', 'reguli scrise')} în „${tab}”; ${some(scored, w.many)} cu scor calculat.`,
  reportCard: 'Fișa de evaluare',
  auc: (auc, w) => `AUC ${auc}: șansa ca ${w.aucPair}.`,
  singleDimension: (dimension) =>
    `Calificativele au o singură literă: modelul punctează doar ${dimension}, deci nu există o a doua dimensiune de evaluat.`,
  noAuc: 'Fără AUC: toate rezultatele cunoscute sunt la fel.',
  band: 'Interval de scor',
  closeRate: (w) => w.rateTitle,
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
    scale0to100: (odds, w) =>
      `Scor 0–100, cu cât mai mare, cu atât mai bine: 0 este cea mai slabă valoare a fiecărui atribut, 100 cea mai puternică. Fiecare 10 puncte înmulțesc șansele de ${w.odds} cu ${odds}.`,
    scaleSum: 'Scor: suma punctelor regulilor pe care le îndeplinește un lead.',
    evidence: (rate, low, high, n, w) => `${rate} ${w.happened} (${low}–${high}) din ${some(n, w.many)}`,
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
      `${arrivals === 1 ? 'Sosește' : 'Sosesc'} aproximativ ${leads(arrivals)} pe săptămână (după „${column}”); ${counted(top, locale(), { one: 'lead din foaie este', few: 'leaduri din foaie sunt', other: 'de leaduri din foaie sunt' })} acum în etapa de sus.`,
    bySheet: (top, n) =>
      `Fără coloană cu data creării: cele ${leads(n)} din foaie contează ca o săptămână, iar ${top === 1 ? 'cel mai bun este' : `cele mai bune ${whole(top, locale())} sunt`} în etapa de sus.`,
    stageFrom: (from) => `de la ${from}`,
    stageRate: (rate, w) => `${rate} ${w.happened}`,
    topGradeInLowest: (n) =>
      `${counted(n, locale(), { one: 'lead cu calificativul A1 este', few: 'leaduri cu calificativul A1 sunt', other: 'de leaduri cu calificativul A1 sunt' })} în etapa cea mai de jos: coborâți primul prag sau luați pragurile după scoruri.`,
  },
  learn: {
    title: 'Învață punctajele din istoric',
    button: 'Compară pe cele mai noi leaduri',
    busy: 'Se estimează…',
    holdout: (train, holdout, byDate) =>
      `Fiecare rând este estimat doar pe cele mai vechi ${leads(train)} și măsurat pe cele mai noi ${whole(holdout, locale())} (${byDate ? 'după ultima activitate' : 'după rând'}), pe care niciunul nu le-a văzut. Un AUC mai mare ordonează mai bine leadurile; sub 0,01 diferență înseamnă egalitate.`,
    yoursRefitted: (refitted, asSet) =>
      `Al dumneavoastră: atribute cu punctaj propus, reestimate pe leadurile mai vechi: ${whole(refitted, locale())}; atribute cu punctaj stabilit de dumneavoastră, măsurate ca atare: ${whole(asSet, locale())}.`,
    best: (best, runnerUp, margin, auc) =>
      `Cel mai bun: ${best}. Ordonează cel mai bine cele mai noi leaduri (AUC ${auc}), cu ${margin} înaintea modelului ${runnerUp}.`,
    tie: (best, other, bestAuc, otherAuc) =>
      `${best} și ${other} se descurcă la fel de bine (AUC ${bestAuc} și ${otherAuc}, sub 0,01 diferență): păstrați ${best}, cel mai simplu.`,
    overYours: (gain) => `Adică ${gain} AUC în plus față de al dumneavoastră.`,
    noVerdict: 'Fără verdict: cele mai noi leaduri au toate același rezultat.',
    diffSummary: (kind, before, after, added, removed, changed) =>
      `Folosirea modelului ${kind} înlocuiește regulile dumneavoastră (${whole(before, locale())}) cu ${whole(after, locale())}: adăugate: ${whole(added, locale())}, eliminate: ${whole(removed, locale())}, modificate: ${whole(changed, locale())}.`,
    added: (n) => `Adăugate (${n})`,
    removed: (n) => `Eliminate (${n})`,
    changed: (n) => `Modificate (${n})`,
    replaced: (kind) => `Punctajele dumneavoastră au fost înlocuite cu cele ale modelului ${kind}.`,
    undo: 'Anulează înlocuirea',
    few: (n, w) =>
      `Doar ${some(n, w.events)}: luați această comparație ca pe un indiciu, nu ca pe un verdict (sunt necesare cel puțin 50).`,
    model: 'Punctaj',
    lift: 'Lift primii 20 %',
    calibration: 'Abatere de calibrare',
    use: 'Folosește',
    kinds: {
      current: 'Al dumneavoastră',
      suggested: 'Propus',
      logistic: 'Regresie logistică',
      bayes: 'Bayes naiv',
      boosted: 'Boosting',
    },
    boosted: (n, train) =>
      `Boostingul învață și cum funcționează împreună perechile de atribute (reguli precum Sursă & Vizite)${n < train ? `; pentru a încăpea într-un singur apel al barei laterale, învață din cele mai noi ${whole(n, locale())} dintre cele ${leads(train)} mai vechi` : ''}.`,
    both: (first, second) => `${first} și ${second}`,
  },
  health: {
    weaker: (auc, drop, was) =>
      `Modelul a slăbit: pe leadurile închise de când a fost aplicat, AUC-ul său este ${auc}, cu ${drop} mai mic decât ${was}. Învățați din nou punctajele din istoric.`,
    notSeparating: (auc) =>
      `Modelul nu mai distinge cumpărătorii de restul: pe leadurile închise de când a fost aplicat, AUC-ul său este ${auc}, nu mai bun decât o alegere la întâmplare. Învățați din nou punctajele din istoric.`,
    go: 'Învață punctajele din istoric',
  },
  daily: {
    title: 'Rescorare zilnică',
    on: (at, zone) => `Activată: în fiecare zi la ${at} (${zone}).`,
    off: 'Dezactivată: scorurile se schimbă doar când aplicați modelul sau alegeți Rescorează acum.',
    continuing: 'O foaie mare este terminată în mai multe rulări.',
    lastRun: (time, status, scored, changed) =>
      `Ultima rulare ${time}: ${status}, ${counted(scored, locale(), { one: 'lead punctat', few: 'leaduri punctate', other: 'de leaduri punctate' })}, modificări: ${whole(changed, locale())}.`,
    owner: (yours, email) =>
      yours
        ? 'Rulează cu contul dumneavoastră Google, pe ultimul model aplicat în această foaie de calcul de oricine.'
        : `Rulează cu contul Google al ${email ?? 'altui colaborator'}, pe ultimul model aplicat în această foaie de calcul de oricine. „Rescorează zilnic” o trece pe contul dumneavoastră.`,
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
  sql: {
    title: 'Exportă ca SQL',
    table: 'Numele tabelului',
    dialect: 'Dialect SQL',
    export: 'Exportă ca SQL',
    tableMissing: 'Scrieți numele tabelului așa cum îl știe motorul, de exemplu myproject.crm.leads.',
    written: (lines, tab, range, dialect) =>
      `Interogarea ${dialect} a modelului aplicat (${plain(lines, 'rând', 'rânduri')}) se află în fila „${tab}”, celulele ${range}: copiați-o în editorul de interogări al motorului.`,
  },
};
