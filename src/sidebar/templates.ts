// Starting rules the marketer can add in the points step: BANT and each goal's typical attributes.

import type { Goal, PointsRule } from '../core/settings';

/** The header among `headers` that contains `word` (any case), or the word itself for the marketer to rename. */
function columnFor(headers: readonly string[], words: readonly string[]): string {
  for (const word of words) {
    const found = headers.find((h) => h.toLowerCase().includes(word));
    if (found) return found;
  }
  return words[0].replace(/^./, (c) => c.toUpperCase());
}

/** Budget, authority, need and timeline as fit rules: any given answer earns points. */
export function bantRules(headers: readonly string[]): PointsRule[] {
  return [
    { attribute: columnFor(headers, ['budget']), value: '(any)', points: 10, dimension: 'Fit' },
    {
      attribute: columnFor(headers, ['authority', 'job title', 'title', 'role']),
      value: '(any)',
      points: 10,
      dimension: 'Fit',
    },
    {
      attribute: columnFor(headers, ['need', 'pain', 'interest']),
      value: '(any)',
      points: 10,
      dimension: 'Fit',
    },
    {
      attribute: columnFor(headers, ['timeline', 'timeframe', 'when']),
      value: '(any)',
      points: 10,
      dimension: 'Fit',
    },
  ];
}

/** Rules most models of the goal have, including the negative ones, to edit rather than type. */
export function goalRules(goal: Goal, headers: readonly string[]): PointsRule[] {
  switch (goal) {
    case 'acquisition':
      return [
        {
          attribute: columnFor(headers, ['occupation', 'job title', 'title']),
          value: 'Student',
          points: -10,
          dimension: 'Fit',
        },
        {
          attribute: columnFor(headers, ['page', 'last page', 'url']),
          value: '*careers*',
          points: -10,
          dimension: 'Engagement',
        },
        {
          attribute: columnFor(headers, ['company', 'organisation', 'organization']),
          value: 'Competitor',
          points: -20,
          dimension: 'Fit',
        },
        {
          attribute: columnFor(headers, ['visits', 'page views']),
          value: '>=5',
          points: 10,
          dimension: 'Engagement',
        },
      ];
    case 'expansion':
      return [
        {
          attribute: columnFor(headers, ['seats', 'licenses', 'users']),
          value: '>=10',
          points: 10,
          dimension: 'Fit',
        },
        {
          attribute: columnFor(headers, ['usage', 'logins', 'active']),
          value: '>=20',
          points: 10,
          dimension: 'Engagement',
        },
      ];
    case 'retention':
      return [
        {
          attribute: columnFor(headers, ['tickets', 'support']),
          value: '>=5',
          points: 10,
          dimension: 'Engagement',
        },
        {
          attribute: columnFor(headers, ['logins', 'usage']),
          value: '<3',
          points: 15,
          dimension: 'Engagement',
        },
        { attribute: columnFor(headers, ['plan', 'tier']), value: 'Monthly', points: 5, dimension: 'Fit' },
      ];
    case 'adoption':
      return [
        {
          attribute: columnFor(headers, ['features', 'modules']),
          value: '>=3',
          points: 10,
          dimension: 'Engagement',
        },
        {
          attribute: columnFor(headers, ['onboarding', 'training']),
          value: 'yes',
          points: 10,
          dimension: 'Engagement',
        },
      ];
  }
}
