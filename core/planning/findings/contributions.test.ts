import { describe, expect, it } from 'vitest';
import type { Horizon } from '../horizon.js';
import { type ContributingPromise, findPromisesContributingToNothing } from './contributions.js';
import { labelsFrom } from './test-labels.js';

const threeYears: Horizon = { key: '3y', name: '3 years', months: 36 };
const year: Horizon = { key: '1y', name: '1 year', months: 12 };
const quarter: Horizon = { key: 'quarter', name: 'Quarter', months: 3 };

const promises: ContributingPromise[] = [
  { id: 'awesome', horizon: threeYears, performerTeamId: 'board' },
  { id: 'tech', horizon: year, performerTeamId: 'cto' },
  { id: 'feature', horizon: quarter, performerTeamId: 'eng' },
  { id: 'refactor', horizon: quarter, performerTeamId: 'eng' },
  { id: 'side-project', horizon: year, performerTeamId: null },
];
const contributions = [
  { from: 'tech', to: 'awesome' },
  { from: 'feature', to: 'tech' },
  // A quarter promise may serve another quarter promise: contributions do not strictly nest.
  { from: 'refactor', to: 'feature' },
];

describe('promises contributing to nothing', () => {
  it('points at the promise below the top horizon that serves no other promise', () => {
    const labels = labelsFrom({ 'side-project': 'Rewrite the wiki' });
    expect(findPromisesContributingToNothing(promises, contributions, { labels })).toEqual([
      {
        code: 'contributes-to-nothing',
        severity: 'warning',
        key: 'contributes-to-nothing:side-project',
        promiseIds: ['side-project'],
        teamIds: [],
        message:
          '"Rewrite the wiki" (1 year) contributes to no other promise. ' +
          'Link it to the promise it serves, or ask whether it is needed this cycle.',
      },
    ]);
  });

  it('never asks the top horizon to contribute, which is the longest present', () => {
    const onlyYears = promises.filter((p) => p.horizon !== threeYears);
    const ids = findPromisesContributingToNothing(onlyYears, []).map((f) => f.promiseIds[0]);
    expect(ids).toEqual(['feature', 'refactor']);
  });

  it('checks one team against the organization top horizon when told it', () => {
    const eng = promises.filter((p) => p.performerTeamId === 'eng');
    expect(findPromisesContributingToNothing(eng, [], { topHorizon: threeYears })).toHaveLength(2);
    expect(findPromisesContributingToNothing(eng, [])).toEqual([]);
  });

  it('does not count a promise contributing to itself', () => {
    const ids = findPromisesContributingToNothing(promises, [
      ...contributions,
      { from: 'side-project', to: 'side-project' },
    ]);
    expect(ids.map((f) => f.promiseIds[0])).toEqual(['side-project']);
  });
});
