import { describe, expect, it } from 'vitest';
import {
  type DependencyFacts,
  findDeclinedDependencies,
  findSupplierDueAfterDependent,
  findUnacknowledgedDependencies,
  type TimedDependency,
} from './dependency-risks.js';
import { labelsFrom } from './test-labels.js';

const labels = labelsFrom({
  checkout: 'Cut checkout time in half',
  api: 'Payments API v2',
  payments: 'Payments team',
  infra: 'Infrastructure',
});

const dependencies: DependencyFacts[] = [
  { id: 'd1', from: 'checkout', to: 'api', supplierTeamId: 'payments', state: 'proposed' },
  { id: 'd2', from: 'checkout', to: null, supplierTeamId: 'infra', state: 'proposed' },
  { id: 'd3', from: 'checkout', to: 'api', supplierTeamId: 'payments', state: 'acknowledged' },
  { id: 'd4', from: 'checkout', to: null, supplierTeamId: 'infra', state: 'declined' },
];

describe('unacknowledged and declined dependencies', () => {
  it('warns about each dependency its supplier has not acknowledged', () => {
    const findings = findUnacknowledgedDependencies(dependencies, { labels });
    expect(findings.map((f) => [f.key, f.severity, f.promiseIds, f.teamIds])).toEqual([
      ['unacknowledged-dependency:d1', 'warning', ['checkout', 'api'], ['payments']],
      ['unacknowledged-dependency:d2', 'warning', ['checkout'], ['infra']],
    ]);
    expect(findings[0]?.message).toBe(
      '"Cut checkout time in half" needs "Payments API v2" from Payments team; Payments team has not acknowledged ' +
        'this dependency yet, so "Cut checkout time in half" rests on a risk. Ask Payments team to acknowledge or decline it.',
    );
    expect(findings[1]?.message).toContain('"Cut checkout time in half" needs Infrastructure;');
  });

  it('reports a declined dependency as a problem with ways forward', () => {
    const findings = findDeclinedDependencies(dependencies, { labels });
    expect(findings).toEqual([
      {
        code: 'declined-dependency',
        severity: 'problem',
        key: 'declined-dependency:d4',
        dependencyId: 'd4',
        promiseIds: ['checkout'],
        teamIds: ['infra'],
        message:
          'Infrastructure declined to supply what "Cut checkout time in half" needs. Find another supplier, ' +
          'change how "Cut checkout time in half" will be delivered, or renegotiate it.',
      },
    ]);
  });
});

describe('supplier due after its dependent', () => {
  const promises = [
    { id: 'checkout', due: '2027-03-31' },
    { id: 'api', due: '2027-05-15' },
    { id: 'search', due: '2027-03-31' },
  ];

  it('flags a supplier promise due after the promise that needs it', () => {
    const findings = findSupplierDueAfterDependent([{ from: 'checkout', to: 'api' }], promises, { labels });
    expect(findings).toEqual([
      {
        code: 'supplier-due-after-dependent',
        severity: 'problem',
        key: 'supplier-due-after-dependent:checkout>api',
        promiseIds: ['checkout', 'api'],
        teamIds: [],
        message:
          '"Cut checkout time in half" is due on 2027-03-31 but depends on "Payments API v2", due 45 days later on 2027-05-15. ' +
          'Bring "Payments API v2" forward, or move "Cut checkout time in half"\'s due date.',
      },
    ]);
  });

  it('accepts a supplier due the same day or earlier', () => {
    const edges = [
      { from: 'checkout', to: 'search' },
      { from: 'api', to: 'checkout' },
    ];
    expect(findSupplierDueAfterDependent(edges, promises)).toEqual([]);
  });

  it('ignores declined dependencies, teams that have not promised, unknown promises and repeats', () => {
    const edges: TimedDependency[] = [
      { from: 'checkout', to: 'api', state: 'declined' },
      { from: 'checkout', to: null },
      { from: 'checkout', to: 'unknown' },
    ];
    expect(findSupplierDueAfterDependent(edges, promises)).toEqual([]);
    const twice = [
      { from: 'checkout', to: 'api' },
      { from: 'checkout', to: 'api' },
    ];
    expect(findSupplierDueAfterDependent(twice, promises)).toHaveLength(1);
  });
});
