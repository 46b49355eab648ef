import { getInbox } from '../../contract/endpoints/inbox.js';
import type { Inbox, InboxItem } from '../../contract/inbox.js';
import { defineCommand } from '../command.js';
import { type Column, formatTable } from '../output.js';
import { formatTime, otherSide, partyNames, sideParties } from '../promise-text.js';

/** The parties on the other end of an item: who asks me, or whom I wait for. */
function counterparts(item: InboxItem, isMine: boolean): string {
  const { promise, dependency } = item;
  if (item.kind === 'dependency' && dependency) {
    // The performers of the dependent promise need the supplier, who answers the dependency.
    if (isMine) return partyNames(promise.performers);
    return dependency.supplierTeam?.name ?? dependency.supplierPromise?.title ?? '';
  }
  if (item.kind === 'draft') return 'your draft';
  // Kinds about keeping a promise (a check-in due) await no side: name both.
  if (promise.awaiting === null) return `${promise.customer.name} → ${partyNames(promise.performers)}`;
  const side = isMine ? otherSide(promise.awaiting) : promise.awaiting;
  return partyNames(sideParties(promise, side));
}

const awaitingMeColumns: readonly Column<InboxItem>[] = [
  { header: 'kind', value: (item) => item.kind },
  { header: 'promise', value: (item) => item.promise.title },
  { header: 'from', value: (item) => counterparts(item, true) },
  { header: 'since', value: (item) => formatTime(item.since) },
  {
    header: 'your moves',
    // A closed cycle's promise is answered with `accord promise carry-over|end|leave ID`.
    value: (item) => (item.kind === 'carry-over' ? 'carry-over, end, leave' : item.acts.join(', ')),
  },
  { header: 'id', value: (item) => item.promise.id },
];

const waitingOnOthersColumns: readonly Column<InboxItem>[] = [
  { header: 'kind', value: (item) => item.kind },
  { header: 'promise', value: (item) => item.promise.title },
  { header: 'waiting on', value: (item) => counterparts(item, false) },
  { header: 'since', value: (item) => formatTime(item.since) },
  { header: 'id', value: (item) => item.promise.id },
];

type OwedMilestone = Inbox['milestones'][number];

const milestoneNames = { direction: 'direction document', drafts: 'drafts', approval: 'approval' } as const;

const milestoneColumns: readonly Column<OwedMilestone>[] = [
  { header: 'cycle', value: (m) => m.cycle.name },
  { header: 'milestone', value: (m) => milestoneNames[m.key] },
  { header: 'team', value: (m) => m.team?.name ?? '' },
  { header: 'due', value: (m) => m.due },
  { header: 'status', value: (m) => (m.status === 'missed' ? 'MISSED' : 'due soon') },
];

export const inbox = defineCommand({
  path: ['inbox'],
  summary: 'What awaits your move, and what you are waiting on from others',
  description: [
    'Asks to answer, counters and renegotiations, completions to assess, dependencies to',
    'acknowledge, reviews and questions: for you and for the teams you lead; then what your',
    'teams’ leads are asked. Answer one with accord move ID ACT.',
    'A promise of a closed cycle is carried over, ended or left with accord promise.',
  ].join('\n'),
  examples: ['accord inbox', 'accord inbox --json'],
  async run({ connect, out }) {
    const client = await connect();
    const items = await client.call(getInbox);
    out.print(items, ({ awaitingMe, myTeam, waitingOnOthers, milestones }) =>
      [
        ...(milestones.length > 0
          ? ['Planning milestones you owe', formatTable(milestones, milestoneColumns), '']
          : []),
        'Awaiting your move',
        awaitingMe.length > 0 ? formatTable(awaitingMe, awaitingMeColumns) : 'Nothing awaits your move.',
        '',
        // What a team's leads answer, for its other members to follow.
        ...(myTeam.length > 0 ? ['Your team’s', formatTable(myTeam, waitingOnOthersColumns), ''] : []),
        'Waiting on others',
        waitingOnOthers.length > 0
          ? formatTable(waitingOnOthers, waitingOnOthersColumns)
          : 'You are not waiting on anyone.',
      ].join('\n'),
    );
  },
});
