import { describe, expect, it } from 'vitest';
import type { ImportContext } from './plan.js';
import { planImport } from './plan-import.js';
import { recordsOf, vivaDraft, vivaFileKind } from './viva.js';

const context: ImportContext = {
  today: '2025-05-15',
  organizationName: 'Acme',
  people: new Map(),
  teams: new Map(),
  cycles: new Map(),
  importedObjectives: new Set(),
  defaultCustomerEmail: 'importer@example.com',
  skipInvalidRows: false,
};

describe('a Viva Goals export', () => {
  it('recognises its files by name and reads wrapped arrays', () => {
    expect(vivaFileKind('export/TimePeriods.json')).toBe('timePeriods');
    expect(vivaFileKind('check_ins.json')).toBe('checkIns');
    expect(vivaFileKind('Objectives.json')).toBe('objectives');
    expect(vivaFileKind('readme.txt')).toBeNull();
    expect(recordsOf({ value: [{ id: 1 }] })).toEqual([{ id: 1 }]);
  });

  it('turns user ids into emails, keeps key results and check-in history with their authors and dates', () => {
    const draft = vivaDraft({
      timePeriods: {
        file: 'TimePeriods.json',
        records: [{ id: 'tp1', name: 'H1 2025', startDate: '2025-01-01', endDate: '2025-06-30' }],
      },
      teams: { file: 'Teams.json', records: [{ id: 't1', name: 'Sales', owners: ['u1'], members: ['u2'] }] },
      users: {
        file: 'Users.json',
        records: [
          { id: 'u1', displayName: 'Ada', email: 'ADA@example.com' },
          { id: 'u2', displayName: 'Bo', userPrincipalName: 'bo@example.com' },
        ],
      },
      objectives: {
        file: 'Objectives.json',
        records: [
          {
            id: 'o1',
            title: 'Sell more',
            ownerId: 'u1',
            teamId: 't1',
            timePeriodId: 'tp1',
            status: 'On track',
            isAspirational: true,
          },
          {
            id: 'o2',
            title: 'Close deals',
            ownerId: 'u2',
            timePeriodId: 'tp1',
            parentIds: ['o1'],
            keyResults: [
              {
                id: 'k1',
                title: 'Deals closed',
                outcome: { type: 'Number', start: 0, target: '1,200', current: 300 },
              },
            ],
          },
        ],
      },
      checkIns: {
        file: 'CheckIns.json',
        records: [
          {
            id: 'c1',
            keyResultId: 'k1',
            createdAt: '2025-02-01T10:00:00Z',
            authorId: 'u2',
            value: 300,
            note: 'Good start',
          },
          { id: 'c2', keyResultId: 'k9', createdAt: '2025-02-01T10:00:00Z' },
        ],
      },
    });
    const plan = planImport(draft, context);
    expect(plan.isBlocked).toBe(false);
    expect(plan.teams[0]).toMatchObject({
      name: 'Sales',
      leadEmails: ['ada@example.com'],
      memberEmails: ['bo@example.com'],
    });
    expect(plan.cycles[0]).toMatchObject({
      name: 'H1 2025',
      horizon: { key: '6m', months: 6 },
      state: 'active',
    });
    const [sell, close] = plan.promises;
    expect(sell).toMatchObject({
      performer: { email: 'ada@example.com' },
      tags: ['aspirational'],
      progressStatus: 'on-track',
    });
    expect(close).toMatchObject({
      customer: { email: 'ada@example.com' },
      performer: { email: 'bo@example.com' },
    });
    expect(close?.keyResults[0]).toMatchObject({ target: '1200', current: '300', start: '0' });
    expect(close?.checkIns).toEqual([
      expect.objectContaining({
        at: '2025-02-01T10:00:00.000Z',
        authorEmail: 'bo@example.com',
        value: '300',
        note: 'Good start',
      }),
    ]);
    expect(plan.problems.map((p) => p.message)).toEqual([
      'The check-in is on k9, which is not in the export; it is left out',
    ]);
  });
});
