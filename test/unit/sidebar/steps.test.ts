import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../src/core/settings';
import type { Endpoint } from '../../../src/sidebar/api';
import { catalogues, languages } from '../../../src/sidebar/i18n';
import { en } from '../../../src/sidebar/i18n/en';
import type { SidebarState } from '../../../src/sidebar/state';
import { learnStep, type NextContext, steps } from '../../../src/sidebar/steps';

/** A server that answers each endpoint with a fixed reply and records every call, in order. */
function fakeServer(replies: Partial<Record<Endpoint, unknown>> = {}) {
  const calls: unknown[][] = [];
  const run = ((endpoint: Endpoint, ...args: unknown[]) => {
    calls.push([endpoint, ...args]);
    return Promise.resolve(replies[endpoint]);
  }) as NextContext['run'];
  return { calls, context: { t: en, run } };
}

const ready: Settings = {
  ...defaultSettings('acquisition', 'Leads'),
  outcome: 'Converted',
  attributes: [{ header: 'Source', type: 'category', dimension: 'Fit' }],
};
const sidebar = (change: Partial<SidebarState> = {}): SidebarState => ({
  settings: ready,
  treatAsEmpty: ['select'],
  rules: [],
  ...change,
});
const step = (name: string) => {
  const found = steps.find((s) => s.name === name);
  if (!found?.next) throw new Error(`no step ${name} with Next`);
  return { ...found, next: found.next };
};
const rule = { attribute: 'Source', value: 'Ads', points: 5, dimension: 'Fit' as const };

describe('the sidebar steps', () => {
  it('each step has a title in every catalogue, in the list’s order', () => {
    for (const language of languages) {
      const titles = catalogues[language].steps;
      expect(titles, language).toHaveLength(steps.length);
      for (const title of titles) expect(title.trim(), language).not.toBe('');
      expect(new Set(titles).size, language).toBe(steps.length);
    }
  });
  it('names tell the steps apart, and the model-health notice leads to the Points step', () => {
    expect(new Set(steps.map((s) => s.name)).size).toBe(steps.length);
    expect(steps[learnStep].name).toBe('points');
  });
  it('every step but the last has Next; the last has none', () => {
    expect(steps.slice(0, -1).every((s) => s.next !== undefined)).toBe(true);
    expect(steps.at(-1)?.next).toBeUndefined();
  });
  it('Next on the goal step refuses without an outcome or an attribute, in the sidebar’s words, asking no server', async () => {
    const goal = step('goal');
    for (const language of languages) {
      const { calls, context } = fakeServer();
      const t = catalogues[language];
      await expect(
        goal.next(sidebar({ settings: { ...ready, outcome: '' } }), { ...context, t }),
      ).rejects.toThrow(t.pickOutcome);
      await expect(
        goal.next(sidebar({ settings: { ...ready, attributes: [] } }), { ...context, t }),
      ).rejects.toThrow(t.pickOutcome);
      expect(calls).toEqual([]);
    }
  });
  it('Next on the goal step saves the settings, then analyses with the placeholders treated as empty', async () => {
    const analysis = { leads: 3 };
    const { calls, context } = fakeServer({ analyse: analysis });
    expect(await step('goal').next(sidebar(), context)).toEqual({ analysis });
    expect(calls).toEqual([
      ['saveSettings', ready],
      ['analyse', ready, { treatAsEmpty: ['select'] }],
    ]);
  });
  it('Next on the analyse step suggests points by the settings’ method when there are none', async () => {
    const { calls, context } = fakeServer({ suggest: [rule] });
    const settings = { ...ready, pointsMethod: 'odds' as const };
    expect(await step('analyse').next(sidebar({ settings }), context)).toEqual({ rules: [rule] });
    expect(calls).toEqual([['suggest', settings, 'odds', ['select']]]);
  });
  it('Next on the analyse step keeps points already there, edited or learnt', async () => {
    const { calls, context } = fakeServer({ suggest: [] });
    expect(await step('analyse').next(sidebar({ rules: [{ ...rule, points: 9 }] }), context)).toEqual({});
    expect(calls).toEqual([]);
  });
  it('Next on the points step saves the settings the daily re-score will read', async () => {
    const { calls, context } = fakeServer();
    expect(await step('points').next(sidebar({ rules: [rule] }), context)).toEqual({});
    expect(calls).toEqual([['saveSettings', ready]]);
  });
});
