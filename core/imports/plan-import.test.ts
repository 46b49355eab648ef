import { describe, expect, it } from 'vitest';
import { allyDraft, mappedDraft } from './ally.js';
import { describeProblem } from './draft.js';
import { guessMapping, unmappedFields } from './fields.js';
import type { ImportContext } from './plan.js';
import { planImport } from './plan-import.js';
import { previewTree } from './preview.js';
import { sheetOfRows } from './sheet.js';

const users = sheetOfRows('users.csv', [
  ['User Name', 'User Email', 'Teams', 'Manager Email', 'Is Org Admin'],
  ['Ada Lovelace', 'ada@example.com', 'Leadership', '', 'Yes'],
  ['Grace Hopper', 'Grace@Example.com', 'Platform', 'ada@example.com', 'No'],
  ['Alan Turing', 'alan@example.com', 'Platform\nResearch', 'grace@example.com', ''],
  ['Grace again', 'grace@example.com', '', '', ''],
]);
const teams = sheetOfRows('teams.csv', [
  ['Team Name', 'Owner Email', 'Parent Team', 'Team Type'],
  ['Leadership', 'ada@example.com', '', 'Department'],
  ['Platform', 'grace@example.com', 'Leadership', 'Sub-Department'],
]);
const header = [
  'Row ID',
  'Title',
  'Parent',
  'Entity',
  'Owner Email',
  'Time Period',
  'Start Date',
  'Due Date',
  'Description',
  'Metric Type',
  'Start',
  'Target',
  'Current Value',
  'Unit',
  'Weight',
  'Status',
  'Commitment',
];

const context = (overrides: Partial<ImportContext> = {}): ImportContext => ({
  today: '2025-05-15',
  organizationName: 'Acme',
  people: new Map(),
  teams: new Map(),
  cycles: new Map(),
  importedObjectives: new Set(),
  defaultCustomerEmail: 'importer@example.com',
  skipInvalidRows: false,
  ...overrides,
});

describe('planning an Ally.io import', () => {
  const okrs = sheetOfRows('okrs.csv', [
    header,
    [
      '1',
      'Grow revenue',
      '',
      'Acme',
      'ada@example.com',
      'FY2025',
      '1/1/2025',
      '12/31/2025',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      'On track',
      'Committed',
    ],
    [
      '2',
      'Reach a million users',
      '1',
      'Platform',
      'grace@example.com',
      'Q2 2025',
      '4/1/2025',
      '6/30/2025',
      'Users',
      '',
      '',
      '',
      '',
      '',
      '',
      'At risk',
      'Aspirational',
    ],
    [
      '3',
      'Weekly active users',
      '2',
      'Platform',
      'grace@example.com',
      'Q2 2025',
      '',
      '',
      '',
      'Number',
      '1,000',
      '1,000,000',
      '250,000',
      'users',
      '2',
      '',
      '',
    ],
    [
      '4',
      'Ship the API',
      '2',
      'Platform',
      'grace@example.com',
      'Q2 2025',
      '',
      '',
      '',
      'Milestone',
      '',
      '',
      '',
      '',
      '',
      'Completed',
      '',
    ],
    [
      '5',
      'Shared work',
      '1\n2 (50%)',
      'Individual',
      'alan@example.com',
      'Q1 2025',
      '',
      '3/31/2025',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      'Completed',
      '',
    ],
    [
      '6',
      'Old work',
      '',
      'Individual',
      'alan@example.com',
      'Q1 2025',
      '',
      '',
      '',
      'Percentage',
      '10%',
      '80%',
      '',
      '',
      '',
      'Behind',
      '',
    ],
  ]);

  it('plans people, teams, nested cycles, promises with key results and contributions', () => {
    const plan = planImport(
      allyDraft({ users, teams, okrs }),
      context({ people: new Map([['ada@example.com', { name: 'Ada' }]]) }),
    );
    expect(plan.isBlocked).toBe(false);
    expect(plan.people.map((p) => [p.email, p.action])).toEqual([
      ['ada@example.com', 'match'],
      ['grace@example.com', 'create'],
      ['alan@example.com', 'create'],
    ]);
    expect(plan.teams.map((t) => [t.name, t.leadEmails, t.memberEmails])).toEqual([
      ['Leadership', ['ada@example.com'], ['ada@example.com']],
      ['Platform', ['grace@example.com'], ['grace@example.com', 'alan@example.com']],
      ['Research', [], ['alan@example.com']],
    ]);
    const cycles = new Map(plan.cycles.map((c) => [c.name, c]));
    expect(cycles.get('FY2025')).toMatchObject({
      start: '2025-01-01',
      end: '2025-12-31',
      horizon: { key: '1y' },
      state: 'active',
    });
    expect(cycles.get('Q2 2025')).toMatchObject({
      horizon: { key: 'quarter' },
      parentKey: 'fy2025',
      state: 'active',
    });
    expect(cycles.get('Q1 2025')).toMatchObject({ parentKey: 'fy2025', state: 'closed' });

    const promises = new Map(plan.promises.map((p) => [p.sourceId, p]));
    // The owner performs; the parent's owner is the customer; with no parent, the chosen person.
    expect(promises.get('2')).toMatchObject({
      performer: { type: 'person', email: 'grace@example.com' },
      customer: { type: 'person', email: 'ada@example.com' },
      tags: ['aspirational'],
      outcome: 'promised',
      progressStatus: 'at-risk',
    });
    expect(promises.get('1')?.customer).toEqual({ type: 'person', email: 'importer@example.com' });
    expect(promises.get('2')?.keyResults).toEqual([
      expect.objectContaining({
        title: 'Weekly active users',
        kind: 'metric',
        start: '1000',
        target: '1000000',
        current: '250000',
        unit: 'users',
        weight: 2,
      }),
      expect.objectContaining({ title: 'Ship the API', kind: 'milestone', done: true }),
    ]);
    expect(promises.has('3')).toBe(false);
    // A closed quarter: what was completed is assessed, the rest ended.
    expect(promises.get('5')?.outcome).toBe('satisfied');
    expect(promises.get('6')?.outcome).toBe('ended');
    expect(promises.get('6')?.keyResults[0]).toMatchObject({
      unitKind: 'percent',
      unit: '%',
      start: '10',
      target: '80',
    });
    expect(plan.contributions).toEqual([
      { fromSourceId: '2', toSourceId: '1', weight: 1 },
      { fromSourceId: '5', toSourceId: '1', weight: 1 },
      { fromSourceId: '5', toSourceId: '2', weight: 50 },
    ]);
    expect(plan.counts.promises).toEqual({ create: 4, match: 0 });
    expect(plan.counts.keyResults.create).toBe(3);
    expect(plan.problems.map(describeProblem)).toEqual([
      'users.csv, row 5, column User Email: grace@example.com appears again (first in row 3); this row is left out',
      'users.csv, row 4, column Teams: Team Research is not in the Teams sheet; it is created',
    ]);
    const tree = previewTree(plan);
    expect(tree.map((node) => node.title)).toEqual(['Grow revenue', 'Old work']);
    expect(tree[0]?.children.map((node) => node.title)).toEqual(['Reach a million users', 'Shared work']);
  });

  it('marks as updates the objectives imported before', () => {
    const plan = planImport(
      allyDraft({ users, teams, okrs }),
      context({ importedObjectives: new Set(['1', '2']) }),
    );
    expect(plan.counts.promises).toEqual({ create: 2, match: 2 });
  });
});

describe('a messy sheet', () => {
  const messy = sheetOfRows('messy.csv', [
    header,
    ['1', 'Root', '', '', 'ada@example.com', 'Q3 2025', '', '', '', '', '', '', '', '', '', '', ''],
    ['2', 'Orphan', '9', '', 'ada@example.com', 'Q3 2025', '', '', '', '', '', '', '', '', '', '', ''],
    ['3', 'Loop A', '4', '', 'ada@example.com', 'Q3 2025', '', '', '', '', '', '', '', '', '', '', ''],
    ['4', 'Loop B', '3', '', 'ada@example.com', 'Q3 2025', '', '', '', '', '', '', '', '', '', '', ''],
    ['5', 'Stranger', '1', '', 'nobody@example.com', 'Q3 2025', '', '', '', '', '', '', '', '', '', '', ''],
    ['1', 'Root again', '', '', 'ada@example.com', 'Q3 2025', '', '', '', '', '', '', '', '', '', '', ''],
    [
      '7',
      'Bad numbers',
      '1',
      '',
      'ada@example.com',
      'Q3 2025',
      '',
      'someday',
      '',
      'Number',
      'zero',
      '100',
      '',
      '',
      '',
      '',
      '',
    ],
    ['8', 'No period', '1', '', 'ada@example.com', '', '', '', '', '', '', '', '', '', '', '', ''],
    [
      '9x',
      'Child of stranger',
      '5',
      '',
      'ada@example.com',
      'Someday',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      'Pondering',
      '',
    ],
  ]);
  const withAda = { people: new Map([['ada@example.com', { name: 'Ada' }]]) };

  it('names every problem with its row and column, and blocks the import', () => {
    const plan = planImport(allyDraft({ okrs: messy }), context(withAda));
    expect(plan.isBlocked).toBe(true);
    expect(plan.problems.filter((p) => p.severity === 'error').map(describeProblem)).toEqual([
      'messy.csv, row 8, column Start: Start "zero" is not a number',
      'messy.csv, row 7, column Row ID: Row ID 1 appears again (first in row 2)',
      'messy.csv, row 3, column Parent: Parent 9 does not exist',
      'messy.csv, row 6, column Owner Email: Owner nobody@example.com is neither in the Users sheet nor in Acme',
      'messy.csv, row 4, column Parent: Parents make a loop: 3 → 4 → 3',
      'messy.csv, row 5, column Parent: Parents make a loop: 3 → 4 → 3',
      'messy.csv, row 9, column Time Period: The time period is empty and there is no due date',
      'messy.csv, row 10, column Time Period: Time period Someday has no dates: name it like "Q1 2025" or "FY2025", or give the objectives start and due dates',
    ]);
    expect(plan.problems.filter((p) => p.severity === 'warning').map((p) => p.message)).toEqual([
      'Status "Pondering" is unknown; the objective is imported as open',
    ]);
  });

  it('leaves out the rows with errors, and the contributions to them, when asked to skip them', () => {
    const plan = planImport(allyDraft({ okrs: messy }), context({ ...withAda, skipInvalidRows: true }));
    expect(plan.isBlocked).toBe(false);
    expect(plan.promises.map((p) => p.title)).toEqual(['Root']);
    expect(plan.promises[0]?.keyResults).toEqual([]);
    expect(plan.skippedRows).toBe(8);
    expect(plan.contributions).toEqual([]);
  });
});

describe('a spreadsheet of ones own with a column mapping', () => {
  it('reads the mapped columns and takes the cycle from the due date when there is no period', () => {
    const sheet = sheetOfRows('plan.xlsx › Goals', [
      ['Goal', 'Who', 'Deadline', 'KPI', 'From', 'To'],
      ['Cut churn', 'ada@example.com', 45900, 'percent', '8%', '5%'],
    ]);
    const draft = mappedDraft(sheet, {
      title: 'Goal',
      ownerEmail: 'who',
      dueDate: 'Deadline',
      metricType: 'KPI',
      start: 'From',
      target: 'To',
    });
    const plan = planImport(draft, context({ people: new Map([['ada@example.com', { name: 'Ada' }]]) }));
    expect(plan.problems).toEqual([]);
    expect(plan.cycles).toEqual([
      expect.objectContaining({ name: 'Q3 2025', start: '2025-07-01', end: '2025-09-30' }),
    ]);
    expect(plan.promises[0]).toMatchObject({ sourceId: 'row-2', dueDate: '2025-08-31' });
    expect(plan.promises[0]?.keyResults[0]).toMatchObject({
      kind: 'metric',
      unitKind: 'percent',
      start: '8',
      target: '5',
    });
  });

  it('says which required column is missing', () => {
    const sheet = sheetOfRows('plan.csv', [['Goal'], ['Cut churn']]);
    const plan = planImport(mappedDraft(sheet, { title: 'Goal', ownerEmail: 'Owner' }), context());
    expect(plan.problems.map(describeProblem)).toEqual([
      'plan.csv, row 1: The column "Owner" for Owner email is not in the file',
    ]);
    expect(plan.isBlocked).toBe(true);
    const unchosen = planImport(mappedDraft(sheet, {}), context());
    expect(unchosen.problems.map(describeProblem)).toEqual([
      'plan.csv, row 1: Choose the column that holds Title: it is required',
      'plan.csv, row 1: Choose the column that holds Owner email: it is required',
    ]);
  });
});

describe('guessing the columns of a spreadsheet of ones own', () => {
  it('finds fields by their names and common synonyms, whatever their case and spacing', () => {
    const headers = [
      'Objective',
      ' OWNER ',
      'Parent_ID',
      'Quarter',
      'Start',
      'Start Date',
      'Deadline',
      'Notes',
      'Misc',
    ];
    expect(guessMapping(headers)).toEqual({
      title: 'Objective',
      ownerEmail: ' OWNER ',
      parent: 'Parent_ID',
      period: 'Quarter',
      start: 'Start',
      startDate: 'Start Date',
      dueDate: 'Deadline',
      description: 'Notes',
    });
    expect(unmappedFields(guessMapping(headers))).toContain('target');
  });

  it('prefers the mapping kept from last time where its columns are in the file', () => {
    const headers = ['Goal', 'Owner', 'Responsible'];
    expect(guessMapping(headers, { title: 'goal', ownerEmail: 'Responsible', dueDate: 'Gone' })).toEqual({
      title: 'Goal',
      ownerEmail: 'Responsible',
    });
  });
});
