import type { InboxItem } from '../../../contract/inbox.js';
import { partyNames } from '../promises/badges.js';
import { type PromiseSectionId, promisePath } from '../promises/section-paths.js';

type Kind = InboxItem['kind'];

/** What an item asks of me, in the inbox's "Awaiting your move". */
const awaitingMeLabels: Record<Kind, string> = {
  request: 'A request to answer',
  offer: 'An offer to accept',
  counter: 'A counter to answer',
  renegotiation: 'A renegotiation to answer',
  completion: 'A completion to assess',
  dissatisfied: 'Dissatisfied: resume the work',
  draft: 'A draft to open',
  dependency: 'A dependency to acknowledge',
  stale: 'A check-in is overdue',
  'check-in': 'A check-in to answer',
  'check-in-answer': 'An answer to your check-in',
  'carry-over': 'Its cycle closed: carry it over, end it or leave it',
};

/** What I wait for, in "Waiting on others". */
const waitingLabels: Record<Kind, string> = {
  request: 'Your request, to be answered',
  offer: 'Your offer, to be accepted',
  counter: 'A counter, to be answered',
  renegotiation: 'A renegotiation, to be answered',
  completion: 'A completion, to be assessed',
  dissatisfied: 'Back in execution after an assessment',
  draft: 'A draft, to be opened',
  dependency: 'A dependency, to be acknowledged',
  stale: 'A check-in, overdue',
  'check-in': 'A check-in, to be answered',
  'check-in-answer': 'A check-in answer',
  'carry-over': 'A promise of a closed cycle, to be carried over or ended',
};

export const kindColors: Record<Kind, string> = {
  request: 'orange',
  offer: 'orange',
  counter: 'yellow',
  renegotiation: 'yellow',
  completion: 'teal',
  dissatisfied: 'red',
  draft: 'grape',
  dependency: 'indigo',
  stale: 'red',
  'check-in': 'blue',
  'check-in-answer': 'blue',
  'carry-over': 'gray',
};

export type InboxSection = 'awaitingMe' | 'waitingOnOthers';

/**
 * Where on the promise's page an item is answered: an answer to the terms is at the top (the page
 * leads with "Your move"), the rest in its section.
 */
const sectionOfKind: Partial<Record<Kind, PromiseSectionId>> = {
  dependency: 'links',
  stale: 'check-in',
  'check-in': 'key-results',
  'check-in-answer': 'key-results',
};

/** The link of an item: its promise, opened where the item is answered. */
export function itemPath(item: InboxItem): string {
  return promisePath(item.promise.id, sectionOfKind[item.kind]);
}

export function kindLabel(kind: Kind, section: InboxSection): string {
  return section === 'awaitingMe' ? awaitingMeLabels[kind] : waitingLabels[kind];
}

/** Who the item is about: who asked me, or whom I wait for. */
export function whoOf(item: InboxItem, section: InboxSection): string {
  const { promise } = item;
  const customer = promise.customer.name;
  const performers = partyNames(promise.performers);
  if (item.kind === 'dependency' && item.dependency) {
    const supplier =
      item.dependency.supplierTeam?.name ?? item.dependency.supplierPromise?.title ?? 'the supplier';
    return section === 'awaitingMe' ? `Needed by ${performers}` : `Waiting for ${supplier}`;
  }
  if (item.kind === 'stale') return `Check in with ${customer}`;
  if (item.kind === 'check-in') return `${performers} checked in`;
  if (item.kind === 'check-in-answer') return `${customer} answered`;
  if (item.kind === 'carry-over') return `${item.promise.cycle.name} closed: ${customer} → ${performers}`;
  if (item.kind === 'draft') return `Not sent yet: ${customer} → ${performers}`;
  const awaited = promise.awaiting === 'customer' ? customer : performers;
  const other = promise.awaiting === 'customer' ? performers : customer;
  return section === 'awaitingMe' ? `From ${other}` : `Waiting for ${awaited}`;
}
