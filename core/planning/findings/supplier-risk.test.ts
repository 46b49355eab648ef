import { describe, expect, it } from 'vitest';
import { findRisksFromSuppliers, type PromiseHealth } from './supplier-risk.js';
import { labelsFrom } from './test-labels.js';

const labels = labelsFrom({ checkout: 'Cut checkout time', api: 'Payments API v2' });

function health(id: string, extra: Partial<PromiseHealth> = {}): PromiseHealth {
  return {
    id,
    status: 'promised',
    health: 'on-track',
    isStale: false,
    performerTeamId: `team-${id}`,
    ...extra,
  };
}

describe('risk from a supplier', () => {
  const edge = [{ from: 'checkout', to: 'api' }];

  it('marks an on-track dependent at risk when its supplier is at risk, as a warning', () => {
    const findings = findRisksFromSuppliers(
      edge,
      [health('checkout'), health('api', { health: 'at-risk' })],
      {
        labels,
      },
    );
    expect(findings).toEqual([
      {
        code: 'risk-from-supplier',
        severity: 'warning',
        key: 'risk-from-supplier:checkout>api:at-risk',
        risk: 'at-risk',
        promiseIds: ['checkout', 'api'],
        teamIds: ['team-checkout', 'team-api'],
        message:
          '"Cut checkout time" is on track but depends on "Payments API v2", which is at risk, so "Cut checkout time" ' +
          'is at risk from a dependency. Ask for a check-in on "Payments API v2" and say whether "Cut checkout time" is still on track.',
      },
    ]);
  });

  it('reports a revoked or withdrawn supplier as a problem, and a stale or off-track one as a warning', () => {
    const cases = [
      [{ status: 'revoked' as const }, 'problem', 'revoked'],
      [{ status: 'withdrawn' as const }, 'problem', 'withdrawn'],
      [{ health: 'off-track' as const }, 'warning', 'off-track'],
      [{ isStale: true }, 'warning', 'stale'],
    ] as const;
    for (const [supplier, severity, risk] of cases) {
      const [finding] = findRisksFromSuppliers(edge, [health('checkout'), health('api', supplier)]);
      expect([finding?.severity, finding?.key]).toEqual([
        severity,
        `risk-from-supplier:checkout>api:${risk}`,
      ]);
    }
  });

  it('stays quiet when the supplier is fine, the dependent already reports trouble, or the dependency was declined', () => {
    expect(findRisksFromSuppliers(edge, [health('checkout'), health('api')])).toEqual([]);
    expect(
      findRisksFromSuppliers(edge, [
        health('checkout', { health: 'at-risk' }),
        health('api', { health: 'off-track' }),
      ]),
    ).toEqual([]);
    expect(
      findRisksFromSuppliers(edge, [
        health('checkout', { status: 'requested' }),
        health('api', { health: 'off-track' }),
      ]),
    ).toEqual([]);
    expect(
      findRisksFromSuppliers(
        [{ from: 'checkout', to: 'api', state: 'declined' }],
        [health('checkout'), health('api', { health: 'off-track' })],
      ),
    ).toEqual([]);
    expect(findRisksFromSuppliers([{ from: 'checkout', to: null }], [health('checkout')])).toEqual([]);
  });
});
