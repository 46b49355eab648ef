import type { Dependency } from '../contract/alignment.js';
import type { PartyRef } from '../contract/parties.js';
import type { MoveRecord, PromiseDetail, PromiseSummary } from '../contract/promises.js';
import type { Act, Phase, Side } from '../contract/protocol.js';
import { type Column, formatPairs, formatTable, sanitize } from './output.js';

/** How promises read at the terminal: one line in a table, one block in `promises show`. */

type Proposal = NonNullable<PromiseDetail['proposal']>;
type Difference = Proposal['differences'][number];

const quarterOfPhase: Record<Phase, string> = {
  listen: 'Q1',
  negotiate: 'Q2',
  execute: 'Q3',
  assess: 'Q4',
  closed: 'done',
};

/** "negotiate (Q2)": the phase as the API names it (and --phase takes it), with its quarter. */
const describePhase = (phase: Phase) => `${phase} (${quarterOfPhase[phase]})`;

/** "2027-01-05 14:03 UTC": minutes are enough to follow a conversation. */
export function formatTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export const partyName = (party: PartyRef) => (party.type === 'team' ? `${party.name} (team)` : party.name);

export const partyNames = (parties: readonly PartyRef[]) => parties.map(partyName).join(', ');

/** The parties of one side of a promise. */
export const sideParties = (promise: PromiseSummary, side: Side) =>
  side === 'customer' ? [promise.customer] : promise.performers;

export const otherSide = (side: Side): Side => (side === 'customer' ? 'performer' : 'customer');

export const promiseColumns: readonly Column<PromiseSummary>[] = [
  { header: 'id', value: (promise) => promise.id },
  { header: 'title', value: (promise) => promise.title },
  {
    header: 'customer → performers',
    value: (promise) => `${promise.customer.name} → ${promise.performers.map((p) => p.name).join(', ')}`,
  },
  { header: 'phase', value: (promise) => promise.phase },
  { header: 'status', value: (promise) => promise.status },
  { header: 'awaiting', value: (promise) => promise.awaiting ?? '' },
  { header: 'due', value: (promise) => promise.dueDate },
];

/** "requested, awaiting the performer: Grace Hopper" */
export function describeStatus(promise: PromiseSummary): string {
  if (promise.awaiting === null) return promise.status;
  const awaited = partyNames(sideParties(promise, promise.awaiting));
  return `${promise.status}, awaiting the ${promise.awaiting}: ${awaited}`;
}

/** Everything `accord promises show` tells about a promise, top to bottom. */
export function formatPromise(promise: PromiseDetail): string {
  const sections = [
    ...(promise.asOf ? [`As it stood at ${formatTime(promise.asOf)}`] : []),
    sanitize(promise.title),
    formatPairs([
      ['ID', promise.id],
      ['Customer', partyName(promise.customer)],
      [promise.performers.length === 1 ? 'Performer' : 'Performers', partyNames(promise.performers)],
      ['Cycle', `${promise.cycle.name} (${promise.horizon.name} horizon)`],
      ['Due', promise.dueDate],
      ['Phase', describePhase(promise.phase)],
      ['Status', describeStatus(promise)],
      ...(promise.tags.length > 0 ? [['Tags', promise.tags.join(', ')] as const] : []),
      ['Version', String(promise.version)],
    ]),
    sanitize(promise.situation),
  ];
  if (promise.terms.description) sections.push(`Description\n${indentLines(promise.terms.description)}`);
  sections.push(`Conditions of satisfaction\n${formatConditions(promise.terms.conditions)}`);
  if (promise.proposal) sections.push(formatProposal(promise.proposal));
  const answers = formatPerformerAnswers(promise);
  if (answers) sections.push(answers);
  sections.push(formatMyMoves(promise));
  const links = formatLinks(promise);
  if (links) sections.push(links);
  sections.push(`History\n${formatHistory(promise.history)}`);
  return sections.join('\n\n');
}

/**
 * With several performers, each answers for itself: who has promised the terms on the table (or,
 * while the promise is kept, reported its part), and who is awaited.
 */
function formatPerformerAnswers(promise: PromiseDetail): string | null {
  if (promise.performerAnswers.length < 2) return null;
  const isKept =
    (promise.status === 'promised' && promise.proposal === null) || promise.status === 'reported';
  const lines = promise.performerAnswers.map((answer) => {
    const made = isKept ? answer.reported : answer.promised;
    const word = isKept ? 'reported' : 'promised';
    const what = made
      ? `${word}${made.person ? ` (${sanitize(made.person.name)})` : ''} ${formatTime(made.at)}`
      : answer.isAwaited
        ? 'awaited'
        : `not ${word}`;
    return [partyName(answer.performer), what] as const;
  });
  return `${isKept ? 'Reports' : 'Promises'}\n${formatPairs(lines, '  ')}`;
}

/** What a move or a new promise leaves behind: the state, the proposal, and what comes next. */
export function formatOutcome(headline: string, promise: PromiseDetail): string {
  const sections = [
    sanitize(headline),
    formatPairs([
      ['ID', promise.id],
      ['Status', describeStatus(promise)],
      ['Phase', describePhase(promise.phase)],
      ['Due', promise.dueDate],
    ]),
    sanitize(promise.situation),
  ];
  if (promise.proposal) sections.push(formatProposal(promise.proposal));
  sections.push(formatMyMoves(promise));
  return sections.join('\n\n');
}

function formatConditions(conditions: PromiseDetail['terms']['conditions']): string {
  if (conditions.length === 0) return '  (none)';
  return conditions.map((condition, index) => `  ${index + 1}. ${sanitize(condition.text)}`).join('\n');
}

function formatProposal(proposal: Proposal): string {
  const what = proposal.kind === 'renegotiation' ? 'A renegotiation' : 'A counter-proposal';
  const heading = `${what} by the ${proposal.by} is pending; it would change:`;
  if (proposal.differences.length === 0) return `${heading}\n  (nothing)`;
  return `${heading}\n${formatPairs(proposal.differences.map(describeDifference), '  ')}`;
}

const fieldLabel: Record<Difference['field'], string> = {
  title: 'Title',
  description: 'Description',
  dueDate: 'Due',
  conditions: 'Condition',
};

function describeDifference(difference: Difference): readonly [string, string] {
  const label = fieldLabel[difference.field];
  if (difference.field !== 'conditions') {
    return [label, `${clip(textOf(difference.before))} → ${clip(textOf(difference.after))}`];
  }
  switch (difference.change) {
    case 'added':
      return [label, `+ ${textOf(difference.after)}`];
    case 'removed':
      return [label, `- ${textOf(difference.before)}`];
    case 'reordered':
      return ['Conditions', 'reordered'];
    default:
      return [label, `${textOf(difference.before)} → ${textOf(difference.after)}`];
  }
}

function formatMyMoves(promise: PromiseDetail): string {
  if (promise.asOf) return 'Your moves  none: this is how it stood in the past';
  if (promise.allowedMoves.length === 0) return 'Your moves  none now';
  return [
    `Your moves  ${promise.allowedMoves.join(', ')}`,
    `Make one with: accord move ${promise.id} ACT`,
  ].join('\n');
}

/** Contributions and dependencies, each as a short list; undefined when there are none. */
function formatLinks(promise: PromiseDetail): string | undefined {
  const ref = (p: { id: string; title: string; status: string }) => `${p.title} (${p.status}, ${p.id})`;
  const lists: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['Contributes to', promise.contributesTo.map((c) => ref(c.to))],
    ['Contributed to by', promise.contributedBy.map((c) => ref(c.from))],
    ['Depends on', promise.dependsOn.map((d) => `${supplierOf(d)}: ${d.state}`)],
    ['Depended on by', promise.dependedOnBy.map((d) => `${ref(d.dependent)}: ${d.state}`)],
  ];
  const sections = lists
    .filter(([, lines]) => lines.length > 0)
    .map(([heading, lines]) => `${heading}\n${lines.map((line) => `  ${sanitize(line)}`).join('\n')}`);
  return sections.length > 0 ? sections.join('\n\n') : undefined;
}

function supplierOf(dependency: Dependency): string {
  if (dependency.supplierPromise) return dependency.supplierPromise.title;
  return dependency.supplierTeam ? `${dependency.supplierTeam.name} (team)` : 'unknown';
}

const historyColumns: readonly Column<MoveRecord>[] = [
  { header: 'time', value: (move) => formatTime(move.at) },
  { header: 'who', value: (move) => `${move.person.name} (${move.by})` },
  { header: 'act', value: (move) => move.act },
  { header: 'note', value: describeMoveNote },
];

/** The conversation as a timeline, oldest first. */
function formatHistory(history: readonly MoveRecord[]): string {
  if (history.length === 0) return '  (no moves yet: a draft)';
  return indentLines(formatTable(history, historyColumns));
}

/** The reason, the proposed changes and the comment of a move, in one line. */
function describeMoveNote(move: MoveRecord): string {
  const notes: string[] = [];
  if (move.reason) {
    notes.push(`reason${move.reason.code ? ` (${move.reason.code})` : ''}: ${move.reason.text}`);
  }
  if (move.changes) {
    const { title, description, dueDate, conditions } = move.changes;
    const changes = [
      ...(title === undefined ? [] : [`title "${clip(title)}"`]),
      ...(description === undefined ? [] : ['a new description']),
      ...(dueDate === undefined ? [] : [`due ${dueDate}`]),
      ...(conditions === undefined
        ? []
        : [`conditions: ${conditions.map((c) => `"${clip(c.text)}"`).join(', ')}`]),
    ];
    if (changes.length > 0) notes.push(`proposes ${changes.join('; ')}`);
  }
  if (move.text) notes.push(`"${move.text}"`);
  return notes.join('; ');
}

/** What "You countered …" says for each act. */
export function describeDone(act: Act, title: string): string {
  const quoted = `'${title}'`;
  const sentences: Record<Act, string> = {
    request: `You requested ${quoted}.`,
    offer: `You offered ${quoted}.`,
    promise: `You promised ${quoted}.`,
    'accept-offer': `You accepted ${quoted}.`,
    counter: `You countered ${quoted}.`,
    decline: `You declined ${quoted}.`,
    withdraw: `You withdrew ${quoted}.`,
    revoke: `You revoked ${quoted}.`,
    renegotiate: `You asked to renegotiate ${quoted}.`,
    'report-complete': `You reported ${quoted} complete.`,
    'declare-satisfied': `You declared yourself satisfied with ${quoted}.`,
    'declare-dissatisfied': `You declared yourself dissatisfied with ${quoted}.`,
    end: `You ended ${quoted}.`,
    discard: `You discarded the draft ${quoted}.`,
    comment: `You commented on ${quoted}.`,
  };
  return sentences[act];
}

/** Each line two spaces in, for a block under a heading. */
export function indentLines(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${sanitize(line)}`.trimEnd())
    .join('\n');
}

/** A difference's before or after: text, a condition, or a list of condition ids. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && 'text' in value && typeof value.text === 'string') {
    return value.text;
  }
  return value === null || value === undefined ? '' : JSON.stringify(value);
}

function clip(text: string, length = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1)}…`;
}
