import type { InboxItem } from '../../../contract/inbox.js';
import { partyNames } from '../promises/party-names.js';
import { type PromiseSectionId, promisePath } from '../promises/section-paths.js';

type Kind = InboxItem['kind'];

/** What an item asks of me, in the inbox's "Awaiting my move". */
const awaitingMeLabels: Record<Kind, string> = {
  request: 'A request to answer',
  offer: 'An offer to accept',
  counter: 'A counter to answer',
  renegotiation: 'A renegotiation to answer',
  completion: 'A completion to assess',
  dissatisfied: 'Not satisfied yet: resume the work',
  draft: 'A draft to open',
  dependency: 'A dependency to acknowledge',
  stale: 'A check-in is overdue',
  'check-in': 'A check-in to answer',
  'check-in-answer': 'An answer to your check-in',
  'carry-over': 'Its cycle closed: carry it over, end it or leave it',
  review: 'A review requested of you',
  question: 'A question to answer',
};

/** What my team's leads are asked, in "My team's". */
const myTeamLabels: Record<Kind, string> = {
  request: 'A request for your team',
  offer: 'An offer for your team to accept',
  counter: 'A counter for your team to answer',
  renegotiation: 'A renegotiation for your team to answer',
  completion: 'A completion for your team to assess',
  dissatisfied: 'Not satisfied yet: your team resumes the work',
  draft: 'Your team’s draft, not sent yet',
  dependency: 'A dependency for your team to acknowledge',
  stale: 'Your team’s check-in is overdue',
  'check-in': 'A check-in for your team to answer',
  'check-in-answer': 'An answer to your team’s check-in',
  'carry-over': 'Its cycle closed: your team decides what becomes of it',
  review: 'A review requested of your team',
  question: 'A question for your team',
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
  review: 'A review, to be done',
  question: 'Your question, to be answered',
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
  review: 'violet',
  question: 'cyan',
};

export type InboxSection = 'awaitingMe' | 'myTeam' | 'waitingOnOthers';

/**
 * Where on the promise's page an item is answered: an answer to the terms is at the top (the page
 * leads with "Your move"), the rest in its section.
 */
const sectionOfKind: Partial<Record<Kind, PromiseSectionId>> = {
  dependency: 'links',
  stale: 'check-in',
  'check-in': 'key-results',
  'check-in-answer': 'key-results',
  review: 'review',
  question: 'review',
};

/** The link of an item: its promise, opened where the item is answered. */
export function itemPath(item: InboxItem): string {
  return promisePath(item.promise.id, sectionOfKind[item.kind]);
}

const labelsOf: Record<InboxSection, Record<Kind, string>> = {
  awaitingMe: awaitingMeLabels,
  myTeam: myTeamLabels,
  waitingOnOthers: waitingLabels,
};

export function kindLabel(kind: Kind, section: InboxSection): string {
  return labelsOf[section][kind];
}

/** Who the item is about: who asked me, or whom I wait for. */
export function whoOf(item: InboxItem, section: InboxSection): string {
  const { promise } = item;
  const customer = promise.customer.name;
  const performers = partyNames(promise.performers);
  if (item.kind === 'dependency' && item.dependency) {
    const supplier =
      item.dependency.supplierTeam?.name ?? item.dependency.supplierPromise?.title ?? 'the supplier';
    // The right-hand column reads "Waiting for 3 days": the who-line says whose answer it is.
    return section === 'awaitingMe' ? `Needed by ${performers}` : `Awaiting ${supplier}’s answer`;
  }
  if (item.kind === 'stale') return `Check in with ${customer}`;
  if (item.kind === 'check-in') return `${performers} checked in`;
  if (item.kind === 'check-in-answer') return `${customer} answered`;
  if (item.kind === 'carry-over') return `${item.promise.cycle.name} closed: ${customer} → ${performers}`;
  if (item.kind === 'draft') return `Not sent yet: ${customer} → ${performers}`;
  if (item.kind === 'review' && item.review) return `As its ${item.review.role}: ${customer} → ${performers}`;
  if (item.kind === 'question' && item.question) {
    const { askedBy, text, count } = item.question;
    const more = count > 1 ? ` (and ${count - 1} more)` : '';
    return `${askedBy.name} asked: “${text}”${more}`;
  }
  const awaited = promise.awaiting === 'customer' ? customer : performers;
  const other = promise.awaiting === 'customer' ? performers : customer;
  if (section === 'myTeam') return `From ${other}; the leads of ${awaited} answer`;
  return section === 'awaitingMe' ? `From ${other}` : `Awaiting ${awaited}’s answer`;
}

/** The kinds of a kept promise on which its performer may check in straight from the inbox. */
const checkInKinds: ReadonlySet<Kind> = new Set(['stale', 'check-in-answer', 'dissatisfied']);

/** Whether the performer of an item may check in from the inbox. */
export function offersCheckIn(item: InboxItem): boolean {
  return checkInKinds.has(item.kind) && item.promise.status === 'promised';
}

/**
 * Whether an item of "Awaiting my move" has an answer the inbox gives in place: accept an offer,
 * promise on the terms asked, acknowledge a dependency, check in, or decide a closed cycle's promise.
 * Declines, withdrawals and revocations are never answered inline: they are made on the promise's page.
 */
export function hasInlineActions(item: InboxItem): boolean {
  return (
    item.acts.includes('accept-offer') ||
    item.acts.includes('promise') ||
    (item.kind === 'dependency' && item.dependency?.can.answer === true) ||
    item.kind === 'carry-over' ||
    offersCheckIn(item)
  );
}
