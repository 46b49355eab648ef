import { describe, expect, it } from 'vitest';
import type { Horizon } from '../horizon.js';
import {
  type ContributingPromise,
  findInvestmentsWithoutJustification,
  findPromisesContributingToNothing,
  findUncoveredPromises,
} from './contributions.js';
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

describe('investments without justification', () => {
  const tagged = [
    { id: 'platform', performerTeamId: 'eng', tags: ['Investment'] },
    { id: 'linked', performerTeamId: 'eng', tags: ['investment', 'debt'] },
    { id: 'feature', performerTeamId: 'eng', tags: ['customer'] },
  ];

  it('warns about an investment that serves no promise, and not about one that does or a plain promise', () => {
    const labels = labelsFrom({ platform: 'New build system' });
    const findings = findInvestmentsWithoutJustification(tagged, [{ from: 'linked', to: 'awesome' }], {
      labels,
    });
    expect(findings.map((f) => [f.key, f.severity, f.teamIds])).toEqual([
      ['investment-without-justification:platform', 'warning', ['eng']],
    ]);
    expect(findings[0]?.message).toContain(
      '"New build system" is an investment that contributes to no other promise',
    );
  });
});

describe('uncovered promises', () => {
  const horizons: Record<string, Horizon> = { tech: year, awesome: threeYears, feature: quarter, peer: year };
  const horizonOf = (id: string) => horizons[id];
  const yearPromise = { id: 'tech', horizon: year, performerTeamId: 'cto', shorterDraftsDueOn: '2027-01-15' };

  it('reports a year promise no quarter promise serves once the quarter drafts are due, as a problem', () => {
    const labels = labelsFrom({ tech: 'Modern stack' });
    const findings = findUncoveredPromises([yearPromise], [{ from: 'peer', to: 'tech' }], {
      today: '2027-01-20',
      horizonOf,
      labels,
    });
    expect(findings).toEqual([
      {
        code: 'uncovered-promise',
        severity: 'problem',
        key: 'uncovered-promise:tech',
        promiseIds: ['tech'],
        teamIds: ['cto'],
        message:
          'No shorter promise contributes to "Modern stack" (1 year), and drafts for the shorter cycles were due on ' +
          '2027-01-15. Ask a team for a promise that serves it, or replan it.',
      },
    ]);
  });

  it('stays quiet before the drafts are due, when a shorter promise serves it, or with no shorter cycle', () => {
    const options = { today: '2027-01-20', horizonOf };
    expect(findUncoveredPromises([yearPromise], [], { ...options, today: '2027-01-15' })).toEqual([]);
    expect(findUncoveredPromises([yearPromise], [{ from: 'feature', to: 'tech' }], options)).toEqual([]);
    expect(findUncoveredPromises([{ ...yearPromise, shorterDraftsDueOn: null }], [], options)).toEqual([]);
  });
});
