// The playground's demo workbook: about 2,000 realistic B2B leads from a seeded generator with a known ground truth.

import type { SheetCell } from '../core/cellValue';

/**
 * Assumptions, so the demo has real signal, plus the noise and mess of a CRM export:
 * - Each lead converts with probability sigmoid(logit), where logit adds a base of -2.2 and the effects in the
 *   tables below (lead source, company size, job title, last activity, industry), +0.10 per minute on site (up
 *   to 20 minutes), +0.08 per visit (up to 10 visits) and -0.02 per day since the last activity. About 18% convert.
 * - The draw itself is the noise: a lead with a good profile can still be lost.
 * - Mess as in real exports: 7% of industries and 9% of job titles are the form's placeholder "Select", 4% of
 *   industries, 3% of job titles and 3% of countries are blank, 2% of visit counts are blank.
 * - Last activity dates fall within the 120 days before 2026-01-15, at midnight UTC.
 * The same seed gives the same workbook on every machine.
 */

export type DemoValue = SheetCell;

export interface DemoSheet {
  name: string;
  rows: DemoValue[][];
  /** A number format per column ('' for automatic), as Sheets would show the column. */
  formats: string[];
}

/** Mulberry32: a small, fast, seeded generator; enough for demo data, not for anything secret. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Weighted = ReadonlyArray<readonly [value: string, weight: number, effect: number]>;

const sources: Weighted = [
  ['Google Ads', 24, 0],
  ['Organic search', 20, 0.2],
  ['Direct traffic', 14, -0.1],
  ['Referral', 8, 1.2],
  ['LinkedIn', 12, -0.3],
  ['Webinar', 8, 0.6],
  ['Events', 6, 0.4],
  ['Partner', 8, 0.8],
];
const industries: Weighted = [
  ['Software', 22, 0.3],
  ['Financial services', 14, 0.2],
  ['Healthcare', 12, 0],
  ['Manufacturing', 14, -0.1],
  ['Retail', 12, -0.2],
  ['Education', 8, -0.4],
  ['Logistics', 7, 0],
  ['Select', 7, -0.3],
  ['', 4, -0.2],
];
const sizes: Weighted = [
  ['1-10', 22, -0.6],
  ['11-50', 28, 0],
  ['51-200', 24, 0.3],
  ['201-1000', 16, 0.5],
  ['1000+', 10, 0.2],
];
const countries: Weighted = [
  ['United States', 34, 0],
  ['United Kingdom', 12, 0],
  ['Germany', 10, 0],
  ['France', 8, 0],
  ['India', 12, 0],
  ['Canada', 7, 0],
  ['Australia', 5, 0],
  ['Netherlands', 4, 0],
  ['Spain', 5, 0],
  ['', 3, 0],
];
const titles: Weighted = [
  ['CEO', 8, 0.4],
  ['VP Marketing', 10, 0.7],
  ['Marketing manager', 20, 0.5],
  ['Sales manager', 14, 0.2],
  ['Analyst', 14, -0.2],
  ['Consultant', 10, 0],
  ['Student', 12, -1.5],
  ['Select', 9, -0.4],
  ['', 3, -0.2],
];
const activities: Weighted = [
  ['Email opened', 26, 0.1],
  ['Page visited', 20, 0],
  ['Form submitted', 12, 0.8],
  ['Pricing page visited', 10, 1.0],
  ['Demo requested', 7, 1.8],
  ['Webinar attended', 8, 0.6],
  ['Email bounced', 9, -1.2],
  ['Unsubscribed', 8, -1.8],
];

function pick(random: () => number, table: Weighted): readonly [string, number, number] {
  const total = table.reduce((sum, [, weight]) => sum + weight, 0);
  let r = random() * total;
  for (const entry of table) {
    r -= entry[1];
    if (r < 0) return entry;
  }
  return table[table.length - 1];
}

const today = Date.UTC(2026, 0, 15);
const msPerDay = 86_400_000;

export const demoHeader = [
  'Lead ID',
  'Lead source',
  'Industry',
  'Company size',
  'Country',
  'Job title',
  'Last activity',
  'Last activity date',
  'Visits',
  'Time on site (min)',
  'Converted',
] as const;

/** The "Leads" tab: a header row and `count` leads. */
export function demoLeads(count = 2000, seed = 20260115): DemoSheet {
  const random = seededRandom(seed);
  const rows: DemoValue[][] = [demoHeader.slice()];
  for (let i = 1; i <= count; i++) {
    const source = pick(random, sources);
    const industry = pick(random, industries);
    const size = pick(random, sizes);
    const country = pick(random, countries);
    const title = pick(random, titles);
    const activity = pick(random, activities);
    const daysAgo = Math.floor(random() * 120);
    // Visits: mostly a few, some many (geometric-like); time on site grows with visits.
    const visits = Math.min(30, Math.floor(-Math.log(1 - random()) * 3.5));
    const minutes = visits === 0 ? 0 : Math.round(visits * (0.5 + random() * 2.5) * 10) / 10;
    const logit =
      -2.2 +
      source[2] +
      industry[2] +
      size[2] +
      title[2] +
      activity[2] +
      0.1 * Math.min(minutes, 20) +
      0.08 * Math.min(visits, 10) -
      0.02 * daysAgo;
    const converted = random() < 1 / (1 + Math.exp(-logit));
    rows.push([
      `L-${String(i).padStart(5, '0')}`,
      source[0],
      industry[0],
      size[0],
      country[0],
      title[0],
      activity[0],
      new Date(today - daysAgo * msPerDay),
      random() < 0.02 ? '' : visits,
      minutes,
      converted,
    ]);
  }
  return { name: 'Leads', rows, formats: ['', '', '', '', '', '', '', 'yyyy-mm-dd', '0', '0.0', ''] };
}
