// The sidebar's Spanish strings, key by key as in en.ts.

import type { Catalogue } from './en';
import { intlLocale } from './locale';
import { counted, whole } from './plural';

const locale = () => intlLocale('es');
/** The singular of each goal's plural words, so a count takes the right form: 1 cliente, 2 clientes. */
const singular: Record<string, string> = {
  leads: 'lead',
  clientes: 'cliente',
  conversiones: 'conversión',
  expansiones: 'expansión',
  'clientes que se fueron': 'cliente que se fue',
  'adopciones plenas': 'adopción plena',
};
/** A count of the goal's people (`many`) or outcomes (`events`), or of any noun: "1 lead", "9.240 leads". */
const some = (n: number, plural: string) =>
  counted(n, locale(), { one: singular[plural] ?? plural, other: plural });
const plain = (n: number, one: string, other: string) => counted(n, locale(), { one, other });
const number = (n: number) => whole(n, locale());

export const es: Catalogue = {
  language: 'Idioma',
  steps: ['Objetivo y datos', 'Análisis', 'Puntos', 'Aplicar'],
  stepOf: (n, total) => `Paso ${n} de ${total}`,
  back: 'Atrás',
  next: 'Siguiente',
  working: 'Trabajando…',
  goal: 'Objetivo',
  goals: {
    acquisition: 'Captación: ¿comprará este lead?',
    expansion: 'Expansión: ¿comprará más este cliente?',
    retention: 'Retención: ¿se irá este cliente? (más puntos, más riesgo)',
    adoption: 'Adopción: ¿usará este cliente todo el producto?',
  },
  goalWords: {
    acquisition: {
      many: 'leads',
      rate: 'tasa de conversión',
      rateTitle: 'Tasa de cierre',
      events: 'conversiones',
      happened: 'convertidos',
      odds: 'convertir',
      aucPair: 'un lead convertido puntúe más que uno no convertido',
      actFirst: 'los más propensos a comprar',
    },
    expansion: {
      many: 'clientes',
      rate: 'tasa de expansión',
      rateTitle: 'Tasa de expansión',
      events: 'expansiones',
      happened: 'ampliaron',
      odds: 'ampliar',
      aucPair: 'un cliente que amplió puntúe más que uno que no',
      actFirst: 'los más propensos a comprar más',
    },
    retention: {
      many: 'clientes',
      rate: 'tasa de bajas',
      rateTitle: 'Tasa de bajas',
      events: 'clientes que se fueron',
      happened: 'se fueron',
      odds: 'irse',
      aucPair: 'un cliente que se fue puntúe más que uno que se quedó',
      actFirst: 'los más propensos a irse',
    },
    adoption: {
      many: 'clientes',
      rate: 'tasa de adopción',
      rateTitle: 'Tasa de adopción',
      events: 'adopciones plenas',
      happened: 'adoptaron del todo',
      odds: 'adoptar del todo',
      aucPair: 'un cliente que adoptó del todo puntúe más que uno que no',
      actFirst: 'los más propensos a adoptar del todo',
    },
  },
  sheet: 'Hoja de leads',
  headerRow: 'Fila de encabezados',
  outcome: 'Columna de resultado',
  leadId: 'Columna de ID del lead',
  lastActivity: 'Columna de fecha de última actividad',
  none: '(ninguna)',
  choose: 'Elegir…',
  attributes: 'Atributos',
  attributeHelp: 'Marca las columnas que puntúan. Perfil: quiénes son. Interacción: qué hicieron.',
  pickedSheet: (active, leads) =>
    `La pestaña activa «${active}» no parece de leads, así que LeadLift abrió «${leads}», que sí lo parece. Elija otra hoja de leads abajo si hace falta.`,
  untickedReasons: {
    date: 'Sin marcar: una fecha se puntúa por lo reciente que es (como columna de última actividad), no por su valor.',
    otherOutcome:
      'Sin marcar: parece otra columna de resultado; puntuarla le diría la respuesta a la puntuación, y los leads nuevos aún no la tienen.',
  },
  fit: 'Perfil',
  engagement: 'Interacción',
  types: { category: 'categoría', number: 'número', date: 'fecha' },
  empty: (share) => `${share} vacío`,
  placeholders: 'Valores de relleno',
  treatAsEmpty: 'Tratar como vacío',
  savedProblems: 'La configuración guardada necesita revisión:',
  pickOutcome: 'Elige la columna de resultado y al menos un atributo.',
  overall: (rate, leads, w) =>
    `${w.rate[0].toUpperCase()}${w.rate.slice(1)} global ${rate} sobre ${some(leads, w.many)}`,
  leadsConversions: (leads, conversions, w) => `${some(leads, w.many)}, ${some(conversions, w.events)}`,
  lift: 'lift',
  liftHeader: 'Lift',
  tooFew: (w) => `pocos ${w.many}`,
  interval: 'intervalo',
  method: 'Método de puntos',
  methods: {
    joint: 'Conjunto (recomendado): un ajuste de todos los atributos, puntuación 0–100',
    odds: 'Odds: +10 puntos duplican las odds',
    ratio: 'Razón: tasa ÷ tasa global',
    difference: 'Diferencia en puntos porcentuales',
  },
  suggest: 'Sugerir puntos',
  attribute: 'Atributo',
  value: 'Valor',
  points: 'Puntos',
  dimension: 'Dimensión',
  remove: 'Quitar',
  addRule: 'Añadir regla',
  templates: 'Plantillas',
  bant: 'BANT',
  goalTemplate: 'Típicas del objetivo',
  halfLife: 'Vida media de la interacción (días)',
  stages: 'Etapas',
  thresholds: 'Umbrales',
  labels: 'Etiquetas',
  leadsInStage: (n, w) => some(n, w.many),
  gradeCuts: 'Cortes de nota',
  quintiles: (w) => `Quintiles: A = actúe primero, el 20 % superior por puntuación (${w.actFirst})`,
  customCuts: 'Mis cortes',
  fitCuts: 'Cortes de perfil (D, C, B, A)',
  engagementCuts: 'Cortes de interacción (4, 3, 2, 1)',
  mode: 'Salida',
  modes: {
    formulas: 'Fórmulas vivas: los cambios del modelo recalculan',
    values: 'Valores: para hojas grandes y la puntuación diaria',
  },
  valuesAdvised: (leads, cells, limit) =>
    `Aquí se recomiendan los valores: ${some(leads, 'leads')} (${plain(cells, 'celda', 'celdas')}) son más de lo que las fórmulas vivas pueden recalcular a tiempo. Sheets las vuelve a ejecutar sobre todos los leads en cada cambio y detiene las que pasan de 30 segundos, dejando #ERROR! en la columna; las fórmulas vivas sirven hasta unas ${number(limit)} celdas.`,
  modelTab: 'Pestaña del modelo',
  apply: 'Aplicar',
  confirmReplace: 'Reemplazar',
  cancel: 'Cancelar',
  applied: (rules, leads, tab, w) =>
    `${plain(rules, 'regla escrita', 'reglas escritas')} en "${tab}"; ${some(leads, w.many)} ${leads === 1 ? 'puntuado' : 'puntuados'}.`,
  reportCard: 'Boletín',
  auc: (auc, w) => `AUC ${auc}: la probabilidad de que ${w.aucPair}.`,
  singleDimension: (dimension) =>
    `Las notas son una letra: el modelo puntúa solo ${dimension}, así que no hay segunda dimensión que calificar.`,
  noAuc: 'Sin AUC: todos los resultados conocidos son iguales.',
  band: 'Banda',
  closeRate: (w) => w.rateTitle,
  captured: 'Capturado',
  bars: {
    legend:
      'Barras: tasa de cierre de cada valor, en una misma escala para todos los atributos. Línea: la tasa global. Bigote: el intervalo del 95 %, donde probablemente está la tasa real.',
    overallMark: 'global',
    lift: (times) => `×${times} la tasa global`,
    bin: (n) => `Tramo ${n}`,
  },
  criteria: {
    atLeast: (x) => `${x} o más`,
    below: (x) => `menos de ${x}`,
    between: (low, high) => `de ${low} a menos de ${high}`,
    other: '(other): cualquier valor no listado',
    blank: '(blank): celda vacía',
  },
  scoring: {
    scale0to100: (odds, w) =>
      `Puntuación 0–100, más es mejor: 0 es el valor más débil de cada atributo, 100 el más fuerte. Cada 10 puntos multiplican las odds de ${w.odds} por ${odds}.`,
    scaleSum: 'Puntuación: la suma de los puntos de las reglas que cumple un lead.',
    evidence: (rate, low, high, leads, w) =>
      `${rate} ${w.happened} (${low}–${high}) de ${some(leads, w.many)}`,
    noEvidence: 'aún sin leads',
    handRules: 'Reglas añadidas a mano',
    histogram: 'Puntuaciones de los leads',
    histogramLabel: (leads) =>
      `Histograma de las puntuaciones de ${some(leads, 'leads')}, de 0 a 100, coloreado por etapa`,
    source: 'Dónde empiezan las etapas',
    fromScores: 'Según las puntuaciones: el 20 % superior en la etapa alta, el 30 % siguiente en la media',
    fromCapacity: 'Según la capacidad de ventas',
    own: 'Mis propios umbrales',
    leadsPerWeek: 'Leads que ventas puede atender por semana',
    arrivalColumn: 'Columna de fecha de alta',
    arrivalNone: '(ninguna: la hoja es una semana de leads)',
    byDate: (arrivals, column, top) =>
      `Llegan unos ${some(arrivals, 'leads')} por semana (según "${column}"); ${plain(top, 'lead de la hoja está', 'leads de la hoja están')} ahora en la etapa alta.`,
    bySheet: (top, leads) =>
      `Sin columna de fecha de alta: los ${some(leads, 'leads')} de la hoja cuentan como una semana, y ${top === 1 ? 'el mejor está' : `los ${number(top)} mejores están`} en la etapa alta.`,
    stageFrom: (from) => `desde ${from}`,
    stageRate: (rate, w) => `${rate} ${w.happened}`,
    topGradeInLowest: (n) =>
      `${plain(n, 'lead con nota A1 está', 'leads con nota A1 están')} en la etapa más baja: baje el primer umbral o tome los umbrales de las puntuaciones.`,
  },
  learn: {
    title: 'Aprender puntos del historial',
    button: 'Comparar con los leads más recientes',
    busy: 'Ajustando…',
    holdout: (train, holdout, byDate) =>
      `Cada fila se ajusta solo con los ${some(train, 'leads')} más antiguos y se mide con los ${number(holdout)} más recientes (${byDate ? 'por última actividad' : 'por fila'}), que ninguna vio. Un AUC mayor ordena mejor los leads; menos de 0,01 de diferencia es un empate.`,
    yoursRefitted: (refitted, asSet) =>
      `Los suyos: ${plain(refitted, 'atributo con puntos sugeridos reajustado', 'atributos con puntos sugeridos reajustados')} con los leads más antiguos, ${number(asSet)} con puntos fijados por usted ${asSet === 1 ? 'medido' : 'medidos'} tal cual.`,
    best: (best, runnerUp, margin, auc) =>
      `Mejor: ${best}. Ordena mejor los leads más recientes (AUC ${auc}), ${margin} por delante de ${runnerUp}.`,
    tie: (best, other, bestAuc, otherAuc) =>
      `${best} y ${other} lo hacen igual de bien (AUC ${bestAuc} y ${otherAuc}, a menos de 0,01): quédese con ${best}, el más sencillo.`,
    overYours: (gain) => `Son ${gain} de AUC más que los suyos.`,
    noVerdict: 'Sin veredicto: los leads más recientes tienen todos el mismo resultado.',
    diffSummary: (kind, before, after, added, removed, changed) =>
      `Usar ${kind} sustituye ${before === 1 ? 'su regla' : `sus ${number(before)} reglas`} por ${number(after)}: ${plain(added, 'añadida', 'añadidas')}, ${plain(removed, 'quitada', 'quitadas')}, ${plain(changed, 'cambiada', 'cambiadas')}.`,
    added: (n) => `Añadidas (${n})`,
    removed: (n) => `Quitadas (${n})`,
    changed: (n) => `Cambiadas (${n})`,
    replaced: (kind) => `Sus puntos se sustituyeron por ${kind}.`,
    undo: 'Deshacer',
    few: (n, w) =>
      `Solo ${some(n, w.events)}: tome esta comparación como una pista, no un veredicto (50 o más para fiarse).`,
    model: 'Puntos',
    lift: 'Lift 20 % superior',
    calibration: 'Desajuste de calibración',
    use: 'Usar',
    kinds: {
      current: 'Los suyos',
      suggested: 'Sugeridos',
      logistic: 'Logística',
      bayes: 'Bayes ingenuo',
      boosted: 'Boosting',
    },
    boosted: (leads, train) =>
      `Boosting también aprende cómo actúan juntos pares de atributos (reglas como Origen & Visitas)${leads < train ? `; para ajustarse en una sola llamada de la barra lateral aprende de los ${number(leads)} más recientes de los ${some(train, 'leads')} más antiguos` : ''}.`,
    both: (first, second) => `${first} y ${second}`,
  },
  health: {
    weaker: (auc, drop, was) =>
      `El modelo ha perdido fuerza: en los leads cerrados desde que se aplicó, su AUC es ${auc}, ${drop} menos que ${was}. Vuelve a aprender puntos del historial.`,
    notSeparating: (auc) =>
      `El modelo ya no distingue a los compradores: en los leads cerrados desde que se aplicó, su AUC es ${auc}, no mejor que el azar. Vuelve a aprender puntos del historial.`,
    go: 'Aprender puntos del historial',
  },
  daily: {
    title: 'Puntuación diaria',
    on: (at, zone) => `Activada: cada día a las ${at} (${zone}).`,
    off: 'Desactivada: las puntuaciones cambian solo al aplicar o con Volver a puntuar.',
    continuing: 'Una hoja grande se está terminando en varias ejecuciones.',
    lastRun: (time, status, scored, changed) =>
      `Última ejecución ${time}: ${status}, ${plain(scored, 'lead puntuado', 'leads puntuados')}, ${plain(changed, 'cambiado', 'cambiados')}.`,
    owner: (yours: boolean, email?: string) =>
      yours
        ? 'Se ejecuta con tu cuenta de Google, con el último modelo aplicado en esta hoja por cualquier persona.'
        : `Se ejecuta con la cuenta de Google de ${email ?? 'otro colaborador'}, con el último modelo aplicado en esta hoja por cualquier persona. «Puntuar cada día» la hace tuya.`,
    lastError: (message) => `Último problema: ${message}`,
    failed: (run, time, message) =>
      `La última puntuación ${run}${time ? ` (${time})` : ''} falló, así que las puntuaciones no están al día: ${message}`,
    runs: { Daily: 'diaria', Manual: 'manual', Continued: 'continuada' },
    statuses: {
      Finished: 'terminada',
      'Continues in the next run': 'sigue en la próxima ejecución',
      Failed: 'fallida',
      Skipped: 'omitida',
    },
    at: 'A las',
    install: 'Puntuar cada día',
    remove: 'Desactivar',
  },
  sql: {
    title: 'Exportar como SQL',
    table: 'Nombre de la tabla',
    dialect: 'Dialecto',
    export: 'Exportar como SQL',
    tableMissing:
      'Indique el nombre de la tabla tal como lo conoce el motor, por ejemplo myproject.crm.leads.',
    written: (lines, tab, range, dialect) =>
      `La consulta ${dialect} del modelo aplicado (${plain(lines, 'línea', 'líneas')}) está en la pestaña «${tab}», celdas ${range}: cópiela en el editor de consultas del motor.`,
  },
};
