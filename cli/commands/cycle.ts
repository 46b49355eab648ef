import type { MovedCycle } from '../../contract/cycles.js';
import * as cycles from '../../contract/endpoints/cycles.js';
import { getPlanningBoard } from '../../contract/endpoints/planning-board.js';
import { CYCLE_STATES } from '../../core/planning/index.js';
import { CADENCES } from '../../core/scoring/index.js';
import { defineCommand } from '../command.js';
import { usageError } from '../errors.js';
import { instant, oneOf } from '../option-values.js';
import { formatTable } from '../output.js';
import { pageOptions, pageQuery } from '../page-options.js';
import { type CycleOverview, formatCycleOverview } from '../planning-text.js';
import { promiseColumns } from '../promise-text.js';
import { defineGroup } from '../registry.js';
import { resolveCycle } from '../resolve-names.js';

/** Where a cycle may be moved to; planning is where every cycle starts, never a destination. */
const DESTINATIONS = CYCLE_STATES.filter((state) => state !== 'planning');

const showCycle = defineCommand({
  path: ['cycle', 'show'],
  summary: "Show a cycle: its planning timeline and the board of every team's plan",
  description: [
    'The timeline has three milestones: leadership publishes the direction, every team shares its',
    'drafts, the plan is approved. The board counts, for each team, its drafts, the asks it made or',
    'received (proposed), what is agreed and declined, what still lacks a review or an answer, its',
    'load against its capacity, and the milestones it is late for. Findings are what contradicts',
    'the plan: a team over capacity, a dependency unacknowledged, declined or in a loop.',
    'The board lists a page of teams by name (--limit, --offset), or those whose name holds --team.',
  ].join('\n'),
  arguments: [{ name: 'cycle', isRequired: true, description: 'The cycle, by name (FY2027-Q1) or id' }],
  options: {
    at: {
      type: 'string',
      valueName: 'TIME',
      description: "The board as it stood at this moment (ISO 8601); the timeline's record is always whole",
    },
    team: { type: 'string', valueName: 'TEXT', description: 'Only the teams whose name holds TEXT' },
    ...pageOptions,
  },
  examples: [
    'accord cycle show FY2027-Q1',
    'accord cycle show FY2027-Q1 --json',
    'accord cycle show FY2027-Q1 --at 2027-01-15T12:00:00Z',
    'accord cycle show FY2027-Q1 --team platform',
    'accord cycle show FY2027-Q1 --limit 20 --offset 20',
  ],
  async run({ args, options, connect, out }) {
    const at = options.at === undefined ? undefined : instant(options.at, '--at');
    const client = await connect();
    const cycle = await resolveCycle(client, args.cycle);
    const [timeline, board] = await Promise.all([
      client.call(cycles.getCycleTimeline, { params: { id: cycle.id } }),
      client.call(getPlanningBoard, {
        params: { id: cycle.id },
        query: {
          ...(at === undefined ? {} : { at }),
          ...(options.team === undefined ? {} : { q: options.team }),
          ...pageQuery(options),
        },
      }),
    ]);
    out.print({ timeline, board } satisfies CycleOverview, (overview) =>
      at === undefined
        ? formatCycleOverview(overview, cycle)
        : `As it stood at ${at}\n\n${formatCycleOverview(overview, cycle)}`,
    );
  },
});

const moveCycle = defineCommand({
  path: ['cycle', 'move'],
  summary: 'Move a cycle on: approve its plan (active), review it, close it (owners and admins)',
  description: [
    'A cycle goes planning → active → reviewing → closed, one step at a time; a cycle in review may',
    'go back to active. Moving from planning to active approves the plan as a whole: promises still',
    'being drafted or negotiated are listed as unsettled, and stay as they are.',
  ].join('\n'),
  arguments: [{ name: 'cycle', isRequired: true, description: 'The cycle, by name (FY2027-Q1) or id' }],
  options: {
    to: { type: 'string', valueName: 'STATE', description: `One of ${DESTINATIONS.join(', ')}` },
  },
  examples: ['accord cycle move FY2027-Q1 --to active', 'accord cycle move FY2027-Q1 --to reviewing'],
  async run({ args, options, connect, out }) {
    if (options.to === undefined) throw usageError(`accord cycle move needs --to ${DESTINATIONS.join('|')}`);
    const to = oneOf(options.to, DESTINATIONS, '--to');
    const client = await connect();
    const cycle = await resolveCycle(client, args.cycle);
    const moved = await client.call(cycles.moveCycle, { params: { id: cycle.id }, body: { to } });
    const isApproval = cycle.state === 'planning' && moved.state === 'active';
    out.print(moved, () => describeMove(cycle.name, cycle.state, moved, isApproval));
  },
});

const editCycle = defineCommand({
  path: ['cycle', 'edit'],
  summary: 'Rename or redate a cycle in planning, or change its check-in cadence (owners and admins)',
  description: [
    'A cycle keeps within its parent, clear of the other cycles on its horizon, around the cycles',
    'within it and the due dates of its promises; the server says which of these a change breaks.',
    'Name and dates change only while the cycle is in planning; the cadence until it closes.',
  ].join('\n'),
  arguments: [{ name: 'cycle', isRequired: true, description: 'The cycle, by name (FY2027-Q1) or id' }],
  options: {
    name: { type: 'string', valueName: 'NAME', description: 'Its new name' },
    start: { type: 'string', valueName: 'DATE', description: 'Its new start date, YYYY-MM-DD' },
    end: { type: 'string', valueName: 'DATE', description: 'Its new end date, YYYY-MM-DD' },
    cadence: { type: 'string', valueName: 'CADENCE', description: `One of ${CADENCES.join(', ')}` },
  },
  examples: [
    'accord cycle edit FY2027-Q2 --name "FY2027 spring"',
    'accord cycle edit FY2027-Q2 --start 2027-04-05 --end 2027-06-25',
  ],
  async run({ args, options, connect, out }) {
    const body = {
      name: options.name,
      startDate: options.start,
      endDate: options.end,
      checkInCadence:
        options.cadence === undefined ? undefined : oneOf(options.cadence, CADENCES, '--cadence'),
    };
    if (Object.values(body).every((value) => value === undefined)) {
      throw usageError('accord cycle edit needs --name, --start, --end or --cadence');
    }
    const client = await connect();
    const cycle = await resolveCycle(client, args.cycle);
    const edited = await client.call(cycles.updateCycle, { params: { id: cycle.id }, body });
    out.print(
      edited,
      () => `${edited.name}: ${edited.startDate} to ${edited.endDate}, check-ins ${edited.checkInCadence}.`,
    );
  },
});

/** Archiving and bringing back are one change of one flag: two commands, so each reads as it acts. */
function archiveCommand(verb: 'archive' | 'unarchive') {
  const isArchived = verb === 'archive';
  return defineCommand({
    path: ['cycle', verb],
    summary: isArchived
      ? 'Archive a closed cycle: out of the pickers and lists, still readable with its review'
      : 'Bring an archived cycle back into the pickers and lists',
    arguments: [{ name: 'cycle', isRequired: true, description: 'The cycle, by name (FY2027-Q1) or id' }],
    examples: [`accord cycle ${verb} FY2026-Q4`],
    async run({ args, connect, out }) {
      const client = await connect();
      const cycle = await resolveCycle(client, args.cycle);
      const changed = await client.call(cycles.updateCycle, {
        params: { id: cycle.id },
        body: { isArchived },
      });
      out.print(changed, () => `${changed.name} is ${isArchived ? 'archived' : 'back in the lists'}.`);
    },
  });
}

const deleteCycle = defineCommand({
  path: ['cycle', 'delete'],
  summary: 'Delete an empty cycle: no promise (drafts count) and no cycle within it (owners and admins)',
  arguments: [{ name: 'cycle', isRequired: true, description: 'The cycle, by name (FY2027-Q1) or id' }],
  examples: ['accord cycle delete FY2027-Q5'],
  async run({ args, connect, out }) {
    const client = await connect();
    const cycle = await resolveCycle(client, args.cycle);
    await client.call(cycles.deleteCycle, { params: { id: cycle.id } });
    out.print({ id: cycle.id, deleted: true }, () => `Deleted ${cycle.name}.`);
  },
});

function describeMove(name: string, from: string, moved: MovedCycle, isApproval: boolean): string {
  if (!isApproval) {
    const now = moved.state === 'reviewing' ? 'in review' : moved.state;
    return `${name} is now ${now} (it was ${from}).`;
  }
  const headline = `${name} is now active: its plan is approved.`;
  if (moved.unsettled.length === 0) return `${headline}\nEvery promise in it was settled.`;
  return [
    headline,
    `Still unsettled, kept as they are (${moved.unsettled.length}):\n${formatTable(moved.unsettled, promiseColumns)}`,
  ].join('\n\n');
}

export const cycle = defineGroup(
  'cycle',
  'Cycles: the planning timeline, the board, moving a cycle on, editing, archiving and deleting it',
  [showCycle, moveCycle, editCycle, archiveCommand('archive'), archiveCommand('unarchive'), deleteCycle],
);
