// The sidebar's French strings, key by key as in en.ts: the words a French marketer uses for lead scoring.

import type { Catalogue, GoalWords } from './en';
import { intlLocale } from './locale';
import { counted, type PluralForms, whole } from './plural';

const locale = () => intlLocale('fr');
const leads = (n: number) => counted(n, locale(), { one: 'lead', other: 'leads' });
const rules = (n: number) => counted(n, locale(), { one: 'règle', other: 'règles' });
const plain = (n: number, one: string, other: string) => counted(n, locale(), { one, other });

/** The singular of each goal's plural words, so a count takes the right form (0 and 1 are singular in French). */
const singular: Record<string, string> = {
  leads: 'lead',
  clients: 'client',
  conversions: 'conversion',
  expansions: 'expansion',
  'clients partis': 'client parti',
  'adoptions complètes': 'adoption complète',
};
const forms = (plural: string): PluralForms => ({ one: singular[plural] ?? plural, other: plural });
/** A count of the goal's people (`many`) or outcomes (`events`), e.g. "1 client", "3 clients partis". */
const some = (n: number, plural: string) => counted(n, locale(), forms(plural));
const capital = (text: string) => `${text[0].toUpperCase()}${text.slice(1)}`;
const goal = (w: GoalWords) => w;

export const fr: Catalogue = {
  language: 'Langue',
  steps: ['Objectif et données', 'Analyser', 'Barème', 'Appliquer'],
  stepOf: (n, total) => `Étape ${n} sur ${total}`,
  back: 'Retour',
  next: 'Suivant',
  working: 'Calcul en cours…',
  goal: 'Objectif',
  goals: {
    acquisition: 'Acquisition : ce lead va-t-il acheter ?',
    expansion: 'Expansion : ce client va-t-il acheter davantage ?',
    retention: 'Rétention : ce client va-t-il partir ? (score élevé = risque élevé)',
    adoption: 'Adoption : ce client va-t-il utiliser tout le produit ?',
  },
  goalWords: {
    acquisition: goal({
      many: 'leads',
      rate: 'taux de conversion',
      rateTitle: 'Taux de transformation',
      events: 'conversions',
      happened: 'convertis',
      odds: 'conversion',
      aucPair: 'un lead converti obtienne un meilleur score qu’un lead non converti',
      actFirst: 'les plus susceptibles d’acheter',
    }),
    expansion: goal({
      many: 'clients',
      rate: 'taux d’expansion',
      rateTitle: 'Taux d’expansion',
      events: 'expansions',
      happened: 'ont acheté plus',
      odds: 'achat additionnel',
      aucPair: 'un client qui a acheté plus obtienne un meilleur score qu’un client qui ne l’a pas fait',
      actFirst: 'les plus susceptibles d’acheter davantage',
    }),
    retention: goal({
      many: 'clients',
      rate: 'taux d’attrition',
      rateTitle: 'Taux d’attrition',
      events: 'clients partis',
      happened: 'sont partis',
      odds: 'départ',
      aucPair: 'un client parti obtienne un meilleur score qu’un client resté',
      actFirst: 'les plus susceptibles de partir',
    }),
    adoption: goal({
      many: 'clients',
      rate: 'taux d’adoption',
      rateTitle: 'Taux d’adoption',
      events: 'adoptions complètes',
      happened: 'ont tout adopté',
      odds: 'adoption complète',
      aucPair: 'un client qui a tout adopté obtienne un meilleur score qu’un client qui ne l’a pas fait',
      actFirst: 'les plus susceptibles d’adopter tout le produit',
    }),
  },
  sheet: 'Feuille des leads',
  headerRow: 'Ligne d’en-tête',
  outcome: 'Colonne du résultat',
  leadId: 'Colonne de l’identifiant du lead',
  lastActivity: 'Colonne de date de dernière activité',
  none: '(aucune)',
  choose: 'Choisir…',
  attributes: 'Critères',
  attributeHelp: 'Cochez les colonnes à noter. Adéquation : qui ils sont. Engagement : ce qu’ils ont fait.',
  pickedSheet: (active, found) =>
    `L’onglet actif « ${active} » ne ressemble pas à une liste de leads : LeadLift a donc ouvert « ${found} », qui y ressemble. Choisissez une autre feuille ci-dessous si besoin.`,
  untickedReasons: {
    date: 'Non cochée : une date se note selon son ancienneté (comme colonne de dernière activité), pas selon sa valeur.',
    otherOutcome:
      'Non cochée : elle ressemble à une autre colonne de résultat ; la noter donnerait la réponse au score, que les nouveaux leads n’ont pas encore.',
  },
  fit: 'Adéquation',
  engagement: 'Engagement',
  types: { category: 'catégorie', number: 'nombre', date: 'date' },
  empty: (share) => `${share} vides`,
  placeholders: 'Valeurs bouche-trou',
  treatAsEmpty: 'Traiter comme vide',
  savedProblems: 'Les réglages enregistrés sont à revoir :',
  pickOutcome: 'Choisissez la colonne du résultat et au moins un critère.',
  overall: (rate, n, w) => `${capital(w.rate)} global ${rate} sur ${some(n, w.many)}`,
  leadsConversions: (n, won, w) => `${some(n, w.many)}, dont ${some(won, w.events)}`,
  lift: 'lift',
  liftHeader: 'Lift',
  tooFew: (w) => `trop peu de ${w.many}`,
  interval: 'intervalle',
  method: 'Méthode de calcul des points',
  methods: {
    joint: 'Conjointe (recommandée) : un seul ajustement de tous les critères, score de 0 à 100',
    odds: 'Cotes : +10 points doublent les chances',
    ratio: 'Ratio : taux de transformation ÷ taux global',
    difference: 'Écart en points de pourcentage',
  },
  suggest: 'Proposer des points',
  attribute: 'Critère',
  value: 'Valeur',
  points: 'Points',
  dimension: 'Axe',
  remove: 'Supprimer',
  addRule: 'Ajouter une règle',
  templates: 'Modèles',
  bant: 'BANT',
  goalTemplate: 'Règles types de l’objectif',
  halfLife: 'Demi-vie de l’engagement (jours)',
  stages: 'Étapes du cycle',
  thresholds: 'Seuils',
  labels: 'Libellés',
  leadsInStage: (n, w) => some(n, w.many),
  gradeCuts: 'Seuils des notes',
  quintiles: (w) => `Quintiles : A = à traiter en premier, les 20 % meilleurs scores (${w.actFirst})`,
  customCuts: 'Mes propres seuils',
  fitCuts: 'Seuils d’adéquation (D, C, B, A)',
  engagementCuts: 'Seuils d’engagement (4, 3, 2, 1)',
  mode: 'Sortie',
  modes: {
    formulas: 'Formules dynamiques : chaque modification du modèle recalcule les scores',
    values: 'Valeurs : pour les grandes feuilles et le recalcul quotidien',
  },
  valuesAdvised: (n, cells, limit) =>
    `Les valeurs sont recommandées ici : ${leads(n)} (${plain(cells, 'cellule', 'cellules')}), c’est plus que les formules dynamiques ne peuvent recalculer à temps. Sheets les réexécute sur tous les leads à chaque modification et arrête celles qui dépassent 30 secondes, en laissant #ERROR! dans la colonne ; les formules dynamiques conviennent jusqu’à environ ${plain(limit, 'cellule', 'cellules')}.`,
  modelTab: 'Onglet du modèle',
  apply: 'Appliquer',
  confirmReplace: 'Remplacer',
  cancel: 'Annuler',
  applied: (n, scored, tab, w) =>
    `${rules(n)} écrites dans « ${tab} » ; ${some(scored, w.many)} ${scored > 1 ? 'notés' : 'noté'}.`,
  reportCard: 'Bilan',
  auc: (auc, w) => `AUC ${auc} : la probabilité qu’${w.aucPair}.`,
  singleDimension: (dimension) =>
    `Les notes n’ont qu’une lettre : le modèle ne note que l’axe ${dimension}, il n’y a donc pas de second axe à noter.`,
  noAuc: 'Pas d’AUC : tous les résultats connus sont identiques.',
  band: 'Tranche',
  closeRate: (w) => w.rateTitle,
  captured: 'Part captée',
  bars: {
    legend:
      'Barres : taux de transformation de chaque valeur, sur une même échelle pour tous les critères. Trait : le taux global. Moustache : l’intervalle à 95 %, où se situe probablement le vrai taux.',
    overallMark: 'global',
    lift: (times) => `×${times} le taux global`,
    bin: (n) => `Tranche ${n}`,
  },
  criteria: {
    atLeast: (x) => `${x} ou plus`,
    below: (x) => `moins de ${x}`,
    between: (low, high) => `de ${low} à moins de ${high}`,
    other: '(other) : toute valeur non listée',
    blank: '(blank) : cellule vide',
  },
  scoring: {
    scale0to100: (odds, w) =>
      `Score de 0 à 100, plus il est haut, mieux c’est : 0 correspond à la valeur la plus faible de chaque critère, 100 à la plus forte. Chaque tranche de 10 points multiplie les chances de ${w.odds} par ${odds}.`,
    scaleSum: 'Score : la somme des points des règles que remplit le lead.',
    evidence: (rate, low, high, n, w) => `${rate} ${w.happened} (${low}–${high}) sur ${some(n, w.many)}`,
    noEvidence: 'aucun lead pour l’instant',
    handRules: 'Règles ajoutées à la main',
    histogram: 'Scores des leads',
    histogramLabel: (n) => `Histogramme des scores de ${leads(n)}, de 0 à 100, en couleur par étape`,
    source: 'Où commencent les étapes',
    fromScores: 'D’après les scores : les 20 % meilleurs dans l’étape haute, les 30 % suivants au milieu',
    fromCapacity: 'D’après la capacité commerciale',
    own: 'Mes propres seuils',
    leadsPerWeek: 'Leads que les commerciaux peuvent traiter par semaine',
    arrivalColumn: 'Colonne de date de création',
    arrivalNone: '(aucune : la feuille représente une semaine de leads)',
    byDate: (arrivals, column, top) =>
      `Environ ${plain(arrivals, 'lead arrive', 'leads arrivent')} chaque semaine (d’après « ${column} ») ; ${plain(top, 'lead de la feuille est', 'leads de la feuille sont')} aujourd’hui dans l’étape haute.`,
    bySheet: (top, n) =>
      `Pas de colonne de date de création : les ${leads(n)} de la feuille comptent pour une semaine, et ${top > 1 ? `les ${whole(top, locale())} meilleurs sont` : 'le meilleur est'} dans l’étape haute.`,
    stageFrom: (from) => `à partir de ${from}`,
    stageRate: (rate, w) => `${rate} ${w.happened}`,
    topGradeInLowest: (n) =>
      `${counted(n, locale(), { one: 'lead noté A1 est', other: 'leads notés A1 sont' })} dans l’étape la plus basse : baissez le premier seuil, ou prenez les seuils d’après les scores.`,
  },
  learn: {
    title: 'Apprendre les points de l’historique',
    button: 'Comparer sur les leads les plus récents',
    busy: 'Ajustement…',
    holdout: (train, holdout, byDate) =>
      `Chaque ligne est ajustée sur les ${leads(train)} les plus anciens seulement et mesurée sur les ${whole(holdout, locale())} plus récents (${byDate ? 'par dernière activité' : 'par ligne'}), qu’aucune n’a vus. Une AUC plus haute classe mieux les leads ; moins de 0,01 d’écart, c’est une égalité.`,
    yoursRefitted: (refitted, asSet) =>
      `Le vôtre : ${plain(refitted, 'critère aux points proposés réajusté', 'critères aux points proposés réajustés')} sur les leads plus anciens, ${plain(asSet, 'critère aux points fixés par vous, mesuré', 'critères aux points fixés par vous, mesurés')} tels quels.`,
    best: (best, runnerUp, margin, auc) =>
      `Meilleur : ${best}. Il classe le mieux les leads les plus récents (AUC ${auc}), avec ${margin} d’avance sur ${runnerUp}.`,
    tie: (best, other, bestAuc, otherAuc) =>
      `${best} et ${other} font jeu égal (AUC ${bestAuc} et ${otherAuc}, moins de 0,01 d’écart) : gardez ${best}, le plus simple.`,
    overYours: (gain) => `C’est ${gain} d’AUC de plus que le vôtre.`,
    noVerdict: 'Pas de verdict : les leads les plus récents ont tous le même résultat.',
    diffSummary: (kind, before, after, added, removed, changed) =>
      `Utiliser ${kind} remplace ${before > 1 ? `vos ${rules(before)}` : 'votre règle'} par ${whole(after, locale())} : ${plain(added, 'ajoutée', 'ajoutées')}, ${plain(removed, 'supprimée', 'supprimées')}, ${plain(changed, 'modifiée', 'modifiées')}.`,
    added: (n) => `Ajoutées (${n})`,
    removed: (n) => `Supprimées (${n})`,
    changed: (n) => `Modifiées (${n})`,
    replaced: (kind) => `Vos points ont été remplacés par ceux du modèle ${kind}.`,
    undo: 'Annuler le remplacement',
    few: (n, w) =>
      `Seulement ${some(n, w.events)} : prenez cette comparaison comme une indication, pas un verdict (il en faut 50 ou plus pour s’y fier).`,
    model: 'Barème',
    lift: 'Lift des 20 % meilleurs',
    calibration: 'Écart de calibration',
    use: 'Utiliser',
    kinds: {
      current: 'Le vôtre',
      suggested: 'Proposé',
      logistic: 'Régression logistique',
      bayes: 'Bayes naïf',
      boosted: 'Boosting',
    },
    boosted: (n, train) =>
      `Le boosting apprend aussi comment des paires de critères agissent ensemble (des règles comme Source & Visites)${n < train ? ` ; pour tenir en un seul appel de la barre latérale, il apprend des ${leads(n)} les plus récents parmi les ${leads(train)} plus anciens` : ''}.`,
    both: (first, second) => `${first} et ${second}`,
  },
  health: {
    weaker: (auc, drop, was) =>
      `Le modèle s’est affaibli : sur les leads clôturés depuis son application, son AUC est de ${auc}, en baisse de ${drop} par rapport à ${was}. Relancez l’apprentissage des points à partir de l’historique.`,
    notSeparating: (auc) =>
      `Le modèle ne distingue plus les acheteurs : sur les leads clôturés depuis son application, son AUC est de ${auc}, pas mieux qu’un tirage au hasard. Relancez l’apprentissage des points à partir de l’historique.`,
    go: 'Apprendre les points de l’historique',
  },
  daily: {
    title: 'Recalcul quotidien',
    on: (at, zone) => `Activé : tous les jours à ${at} (${zone}).`,
    off: 'Désactivé : les scores ne changent que lorsque vous appliquez le modèle ou choisissez Recalculer maintenant.',
    continuing: 'Une grande feuille est en cours de traitement, en plusieurs passages.',
    lastRun: (time, status, scored, changed) =>
      `Dernier passage ${time} : ${status}, ${plain(scored, 'lead noté', 'leads notés')}, ${counted(changed, locale(), { one: 'modifié', other: 'modifiés' })}.`,
    owner: (yours, email) =>
      yours
        ? 'Il s’exécute avec votre compte Google, sur le dernier modèle appliqué dans ce classeur, par qui que ce soit.'
        : `Il s’exécute avec le compte Google de ${email ?? 'un autre collaborateur'}, sur le dernier modèle appliqué dans ce classeur, par qui que ce soit. « Recalculer chaque jour » le fait passer sur votre compte.`,
    lastError: (message) => `Dernier problème : ${message}`,
    failed: (run, time, message) =>
      `Le dernier recalcul ${run}${time ? ` (${time})` : ''} a échoué : les scores ne sont pas à jour. ${message}`,
    runs: { Daily: 'quotidien', Manual: 'manuel', Continued: 'de suite' },
    statuses: {
      Finished: 'terminé',
      'Continues in the next run': 'se poursuit au prochain passage',
      Failed: 'échec',
      Skipped: 'ignoré',
    },
    at: 'À',
    install: 'Recalculer chaque jour',
    remove: 'Désactiver',
  },
  sql: {
    title: 'Exporter en SQL',
    table: 'Nom de la table',
    dialect: 'Dialecte',
    export: 'Exporter en SQL',
    tableMissing:
      'Indiquez le nom de la table tel que le moteur le connaît, par exemple myproject.crm.leads.',
    written: (lines, tab, range, dialect) =>
      `La requête ${dialect} du modèle appliqué (${plain(lines, 'ligne', 'lignes')}) se trouve dans l’onglet « ${tab} », cellules ${range} : copiez-la dans l’éditeur de requêtes du moteur.`,
  },
};
