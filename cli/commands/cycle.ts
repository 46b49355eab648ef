import type { MovedCycle } from '../../contract/cycles.js';
import * as cycles from '../../contract/endpoints/cycles.js';
import { getPlanningBoard } from '../../contract/endpoints/planning-board.js';
import { CYCLE_STATES } from '../../core/planning/index.js';
import { defineCommand } from '../command.js';
import { usageError } from '../errors.js';
import { oneOf } from '../option-values.js';
import { formatTable } from '../output.js';
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
  ].join('\n'),
  arguments: [{ name: 'cycle', isRequired: true, description: 'The cycle, by name (FY2027-Q1) or id' }],
  examples: ['accord cycle show FY2027-Q1', 'accord cycle show FY2027-Q1 --json'],
  async run({ args, connect, out }) {
    const client = await connect();
    const cycle = await resolveCycle(client, args.cycle);
    const [timeline, board] = await Promise.all([
      client.call(cycles.getCycleTimeline, { params: { id: cycle.id } }),
      client.call(getPlanningBoard, { params: { id: cycle.id } }),
    ]);
    out.print({ timeline, board } satisfies CycleOverview, (overview) =>
      formatCycleOverview(overview, cycle),
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

export const cycle = defineGroup('cycle', 'Cycles: the planning timeline, the board, and moving a cycle on', [
  showCycle,
  moveCycle,
]);
