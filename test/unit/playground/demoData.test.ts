import { describe, expect, it } from 'vitest';
import { demoHeader, demoLeads } from '../../../src/playground/demoData';

describe('the demo leads', () => {
  const sheet = demoLeads();
  const leads = sheet.rows.slice(1);
  const column = (name: (typeof demoHeader)[number]) => leads.map((row) => row[demoHeader.indexOf(name)]);

  it('has a header and 2,000 leads, the same on every run', () => {
    expect(sheet.rows[0]).toEqual([...demoHeader]);
    expect(leads).toHaveLength(2000);
    expect(demoLeads().rows).toEqual(sheet.rows);
  });

  it('converts about a fifth of leads', () => {
    const rate = column('Converted').filter((v) => v === true).length / leads.length;
    expect(rate).toBeGreaterThan(0.15);
    expect(rate).toBeLessThan(0.3);
  });

  it('has signal: demo requests convert far more often than unsubscribes', () => {
    const rateOf = (activity: string) => {
      const rows = leads.filter((row) => row[6] === activity);
      return rows.filter((row) => row[10] === true).length / rows.length;
    };
    expect(rateOf('Demo requested')).toBeGreaterThan(rateOf('Unsubscribed') + 0.3);
  });

  it('has the mess of a real export: placeholders and blanks', () => {
    expect(column('Industry')).toContain('Select');
    expect(column('Job title')).toContain('');
    expect(column('Visits')).toContain('');
  });
});
