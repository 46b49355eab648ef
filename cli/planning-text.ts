import type { TeamCapacity } from '../contract/capacity.js';
import type { Cycle, CycleTimeline, Milestone } from '../contract/cycles.js';
import type { PlanningBoard } from '../contract/planning-board.js';
import type { PromiseSummary } from '../contract/promises.js';
import { type Column, formatPairs, formatTable } from './output.js';
import { pageNote } from './page-options.js';
import { formatTime, indentLines } from './promise-text.js';

/** How planning reads at the terminal: a cycle's timeline and board, a team's load and capacity. */

type BoardTeam = PlanningBoard['teams'][number];
type CapacityUnit = NonNullable<TeamCapacity['capacity']>['unit'];

/** What `accord cycle show` prints, and what its --json is. */
export interface CycleOverview {
  timeline: CycleTimeline;
  board: PlanningBoard;
}

const milestoneWork: Record<Milestone['key'], string> = {
  direction: 'leadership publishes the direction',
  drafts: 'every team shares its drafts',
  approval: 'the plan is approved',
};

/** Missed is in capitals: it is the one status that asks someone to act. */
const milestoneStatusWords: Record<Milestone['status'], string> = {
  upcoming: 'upcoming',
  'due-soon': 'due soon',
  missed: 'MISSED',
  done: 'done',
  'done-late': 'done late',
};

const milestoneColumns: readonly Column<Milestone>[] = [
  { header: 'milestone', value: (milestone) => milestone.key },
  { header: 'due', value: (milestone) => milestone.due },
  {
    header: 'status',
    value: (milestone) =>
      [milestoneStatusWords[milestone.status], milestone.completedAt?.slice(0, 10)].filter(Boolean).join(' '),
  },
  { header: 'what', value: (milestone) => milestoneWork[milestone.key] },
];

/** "1/1 promises (+1 pending)": what the team has accepted against what it said it can take. */
export function formatLoad(capacity: TeamCapacity['capacity'], load: TeamCapacity['load']): string {
  const pending = load.pending > 0 ? ` (+${load.pending} pending)` : '';
  if (capacity === null) return `${load.accepted} accepted${pending}, no capacity set`;
  return `${load.accepted}/${capacity.amount} ${capacity.unit}${pending}`;
}

/** "1 promise", "2.5 points": an amount in a capacity's unit. */
export function formatAmount(amount: number, unit: CapacityUnit): string {
  return `${amount} ${amount === 1 ? unit.slice(0, -1) : unit}`;
}

const boardColumns: readonly Column<BoardTeam>[] = [
  {
    header: 'team',
    value: (row) => (row.team.isLeadership ? `${row.team.name} (leadership)` : row.team.name),
  },
  { header: 'drafts', value: (row) => String(row.drafts.total) },
  { header: 'proposed', value: (row) => String(row.proposed.total) },
  { header: 'agreed', value: (row) => String(row.agreed.total) },
  { header: 'declined', value: (row) => String(row.declined.total) },
  { header: 'unreviewed', value: (row) => String(row.unreviewed.length) },
  { header: 'unanswered', value: (row) => String(row.unanswered.length) },
  { header: 'load/capacity', value: (row) => formatLoad(row.capacity, row.load) },
  { header: 'late', value: (row) => row.lateFor.join(', ') },
];

const askColumns: readonly Column<{ team: string; promise: PromiseSummary }>[] = [
  { header: 'team', value: (ask) => ask.team },
  { header: 'ask', value: (ask) => ask.promise.title },
  { header: 'from', value: (ask) => ask.promise.customer.name },
  { header: 'id', value: (ask) => ask.promise.id },
];

/** Everything `accord cycle show` tells about a cycle, top to bottom. */
export function formatCycleOverview({ timeline, board }: CycleOverview, cycle: Cycle): string {
  const { direction } = board;
  const sections = [
    board.cycle.name,
    formatPairs([
      ['ID', board.cycle.id],
      ['Horizon', cycle.horizon.name],
      ['Dates', `${board.cycle.startDate} to ${board.cycle.endDate}`],
      ['State', board.cycle.state],
      [
        'Direction',
        direction.publishedVersion === null
          ? 'not published yet'
          : `version ${direction.publishedVersion}${direction.publishedAt ? `, published ${formatTime(direction.publishedAt)}` : ''}`,
      ],
    ]),
    `Timeline\n${indentLines(formatTable(timeline.milestones, milestoneColumns))}`,
  ];
  if (timeline.events.length > 0) sections.push(`Moves\n${indentLines(formatCycleMoves(timeline))}`);
  sections.push(
    board.teams.length > 0
      ? `Teams\n${indentLines(formatTable(board.teams, boardColumns) + pageNote(board, board.teams.length, 'teams'))}`
      : 'Teams\n  No teams yet.',
  );
  const unanswered = board.teams.flatMap((row) =>
    row.proposed.promises
      .filter((promise) => row.unanswered.includes(promise.id))
      .map((promise) => ({ team: row.team.name, promise })),
  );
  if (unanswered.length > 0) {
    sections.push(`Asks awaiting an answer\n${indentLines(formatTable(unanswered, askColumns))}`);
  }
  const moreFindings =
    board.findingsTotal > board.findings.length
      ? `\n  …and ${board.findingsTotal - board.findings.length} more: accord findings --cycle ${board.cycle.name}`
      : '';
  sections.push(
    board.findings.length > 0
      ? `Findings\n${formatPairs(
          board.findings.map((finding) => [finding.severity, finding.message] as const),
          '  ',
        )}${moreFindings}`
      : 'Findings\n  None.',
  );
  return sections.join('\n\n');
}

/** "2035-01-02 09:00 UTC  planning → active  by Ada Lovelace, 2 unsettled" */
function formatCycleMoves(timeline: CycleTimeline): string {
  return timeline.events
    .map((event) => {
      const unsettled = event.unsettled.length > 0 ? `, ${event.unsettled.length} unsettled` : '';
      return `${formatTime(event.at)}  ${event.from} → ${event.to}  by ${event.person.name}${unsettled}`;
    })
    .join('\n');
}

const declinedColumns: readonly Column<PromiseSummary>[] = [
  { header: 'title', value: (promise) => promise.title },
  { header: 'asked by', value: (promise) => promise.customer.name },
  { header: 'reason', value: describeReason },
  { header: 'id', value: (promise) => promise.id },
];

/** "capacity: Single sign-on takes the quarter" */
function describeReason(promise: PromiseSummary): string {
  if (promise.reason === null) return '';
  return promise.reason.code ? `${promise.reason.code}: ${promise.reason.text}` : promise.reason.text;
}

/** A team's capacity in a cycle, its load against it, and what it said no to. */
export function formatCapacity(
  view: TeamCapacity,
  names: { team: string; cycle: string },
  headline?: string,
): string {
  const where = `${names.team} in ${names.cycle}`;
  const sections = [
    headline ?? where,
    formatPairs([
      ['Capacity', view.capacity ? formatAmount(view.capacity.amount, view.capacity.unit) : 'not set'],
      ['Load', formatLoad(view.capacity, view.load)],
    ]),
  ];
  if (view.isOverCapacity) {
    sections.push(`Over capacity: ${names.team} has accepted more than it said it can take.`);
  } else if (view.wouldBeOverCapacity) {
    sections.push(`Accepting every pending ask would put ${names.team} over capacity.`);
  }
  sections.push(
    view.declined.length > 0
      ? `Said no to\n${indentLines(formatTable(view.declined, declinedColumns))}`
      : `${names.team} has said no to nothing in ${names.cycle}.`,
  );
  return sections.join('\n\n');
}
