import type { Act, Phase, Status } from '../../../contract/protocol.js';
import { phaseLabels as corePhaseLabels } from '../../../core/promises/index.js';

/** Q1 Listen, Q2 Negotiate, Q3 Execute, Q4 Assess, Closed: the workflow's own words. */
export const phaseLabels: Record<Phase, string> = corePhaseLabels;

export const phaseColors: Record<Phase, string> = {
  listen: 'grape',
  negotiate: 'orange',
  execute: 'blue',
  assess: 'teal',
  closed: 'gray',
};

export const statusLabels: Record<Status, string> = {
  draft: 'Draft',
  requested: 'Requested',
  offered: 'Offered',
  countered: 'Countered',
  promised: 'Promised',
  reported: 'Reported complete',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
  revoked: 'Revoked',
  satisfied: 'Satisfied',
  ended: 'Ended',
  discarded: 'Discarded',
};

export const statusColors: Record<Status, string> = {
  draft: 'grape',
  requested: 'orange',
  offered: 'orange',
  countered: 'yellow',
  promised: 'blue',
  reported: 'teal',
  declined: 'red',
  withdrawn: 'gray',
  revoked: 'red',
  satisfied: 'green',
  ended: 'gray',
  discarded: 'gray',
};

/** What the button of each move says. */
export const actLabels: Record<Act, string> = {
  request: 'Send request',
  offer: 'Send offer',
  promise: 'Promise',
  'accept-offer': 'Accept',
  counter: 'Counter',
  decline: 'Decline',
  withdraw: 'Withdraw',
  revoke: 'Revoke',
  renegotiate: 'Renegotiate',
  'report-complete': 'Report complete',
  'declare-satisfied': 'Declare satisfied',
  'declare-dissatisfied': 'Declare dissatisfied',
  end: 'End',
  discard: 'Discard draft',
  comment: 'Comment',
};

/** What a move did, as the history tells it. */
export const actPastLabels: Record<Act, string> = {
  request: 'Requested',
  offer: 'Offered',
  promise: 'Promised',
  'accept-offer': 'Accepted',
  counter: 'Countered',
  decline: 'Declined',
  withdraw: 'Withdrew',
  revoke: 'Revoked',
  renegotiate: 'Asked to renegotiate',
  'report-complete': 'Reported complete',
  'declare-satisfied': 'Declared satisfied',
  'declare-dissatisfied': 'Declared dissatisfied',
  end: 'Ended',
  discard: 'Discarded the draft',
  comment: 'Commented',
};

/** One sentence on what each move means, shown in its dialog. */
export const actExplanations: Record<Act, string> = {
  request: 'The performer will be asked to promise, counter or decline.',
  offer: 'The customer will be asked to accept, counter or decline.',
  promise: 'You commit to the terms on the table. The promise moves to Q3 Execute.',
  'accept-offer': 'You accept the terms on the table. The promise moves to Q3 Execute.',
  counter: 'Propose other terms; the other side then accepts, counters or declines them.',
  decline: 'You decline the terms on the table. Say why: the other side needs to know.',
  withdraw: 'You take the promise back. It stays in the history.',
  revoke: 'You can no longer keep this promise. Say why: the customer needs to plan.',
  renegotiate: 'Propose new terms; the promise goes back to Q2 Negotiate until the other side answers.',
  'report-complete': 'You tell the customer the promise is kept. The customer then assesses it.',
  'declare-satisfied': 'The promise is kept to your satisfaction. This closes it.',
  'declare-dissatisfied': 'The promise is not kept yet. Say what is missing; it goes back to Q3 Execute.',
  end: 'Its cycle is closed and you will not carry it into the next: the promise ends here. It stays in the history.',
  discard: 'The draft is thrown away: it leaves every list, and only your side can still open it.',
  comment: 'Say something to everyone on this promise. Comments change nothing.',
};

export const sideLabels = { customer: 'Customer', performer: 'Performer', reviewer: 'Reviewer' } as const;

export const reasonCodeLabels = {
  capacity: 'Capacity',
  priority: 'Priority',
  scope: 'Scope',
  other: 'Other',
} as const;
