// A small leads sheet for sidebar tests: webinar leads from software companies convert most, visits help.

import type { FakeSheet } from '../../src/sandbox';

export const sampleHeaders = ['Lead ID', 'Lead Source', 'Industry', 'Visits', 'Last activity', 'Converted'];

/** 60 leads, the same every time: lead i's attributes cycle, its outcome follows source, industry and visits. */
export function sampleLeadRows(): (string | number | Date)[][] {
  const sources = ['Webinar', 'Ads', 'Organic'];
  const industries = ['Software', 'Retail', 'Select'];
  return Array.from({ length: 60 }, (_, i) => {
    const source = sources[i % 3];
    const industry = industries[Math.floor(i / 3) % 3];
    const visits = (i * 7) % 23;
    const chance = (source === 'Webinar' ? 2 : 0) + (industry === 'Software' ? 1 : 0) + (visits > 12 ? 1 : 0);
    return [
      `L${100 + i}`,
      source,
      industry,
      visits,
      new Date(Date.UTC(2026, 0, 1 + (i % 14))),
      chance >= 2 ? 'yes' : 'no',
    ];
  });
}

/** Writes the sample into a sheet from A1. */
export function writeSampleLeads(sheet: FakeSheet): void {
  const rows = [sampleHeaders, ...sampleLeadRows()];
  sheet.getRange(1, 1, rows.length, sampleHeaders.length).setValues(rows);
}
