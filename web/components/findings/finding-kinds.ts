import type { FindingView } from '../../../contract/findings.js';

type Code = FindingView['code'];
type Act = FindingView['suggestedMove']['act'];

/** Each kind's name and one sentence on why it matters, in the debugger's order. */
export const findingKinds: Readonly<Record<Code, { title: string; why: string }>> = {
  'dependency-loop': {
    title: 'Dependency loops',
    why: 'Promises that wait on each other in a circle: none of them can be delivered first.',
  },
  'unacknowledged-dependency': {
    title: 'Unacknowledged dependencies',
    why: 'A promise rests on a supplier who has not said yes yet: until they do, it is a risk.',
  },
  'declined-dependency': {
    title: 'Declined dependencies',
    why: 'A supplier said no, so the promise that needed it cannot be delivered as planned.',
  },
  'supplier-due-after-dependent': {
    title: 'Suppliers due too late',
    why: 'What a promise needs is due after the promise itself: one of the two dates is wrong.',
  },
  'risk-from-supplier': {
    title: 'At risk from a dependency',
    why: 'A promise looks on track, but what it depends on is not: the risk travels along the dependency.',
  },
  'contributes-to-nothing': {
    title: 'Contributing to nothing',
    why: 'Nobody has said which longer promise this serves, so nobody can tell whether it still matters.',
  },
  'investment-without-justification': {
    title: 'Investments without a justification',
    why: 'Investment takes time from customer work; it should say which promise it makes faster, cheaper or possible.',
  },
  'uncovered-promise': {
    title: 'Uncovered promises',
    why: 'A longer promise no shorter promise works toward will not happen by itself.',
  },
  'team-over-capacity': {
    title: 'Teams over capacity',
    why: 'A team that promised more than it can do will break some promise; better to renegotiate now.',
  },
  'team-over-capacity-if-pending-accepted': {
    title: 'Teams asked for more than they can do',
    why: 'Accepting every pending ask would take the team over capacity: capacity is a good reason to decline.',
  },
  'opposite-targets': {
    title: 'Opposite targets',
    why: 'Two promises pull the same metric in opposite directions: one side may know something the other does not.',
  },
  'stale-check-in': {
    title: 'Stale check-ins',
    why: 'Without check-ins the customer cannot tell whether a promise is on track.',
  },
  'unassessed-completion': {
    title: 'Completions nobody assessed',
    why: 'A promise is closed only when its customer says whether it was satisfied.',
  },
  'unanswered-ask': {
    title: 'Asks unanswered past their reply-by date',
    why: 'Whoever asked cannot plan on an answer that does not come: promise, counter or decline.',
  },
  'declined-not-replanned': {
    title: 'Declined and not replanned',
    why: 'An ask was declined for capacity and nobody has asked elsewhere or changed the plan that needed it.',
  },
  'direction-missed': {
    title: 'Direction not published',
    why: "Teams' drafts have no direction to refer to until leadership publishes it.",
  },
  'drafts-missed': {
    title: 'Drafts not shared',
    why: 'Drafts shared late leave peers and managers no time to review them before approval.',
  },
  'approval-missed': {
    title: 'Plans not final',
    why: 'A plan still open when the cycle starts means people work on promises nobody agreed.',
  },
};

/** The label of a finding's suggested-move button. */
export function suggestedMoveLabel(move: FindingView['suggestedMove']): string {
  if (move.prefill.move === 'decline') return 'Decline for capacity';
  if (move.prefill.move === 'declare-satisfied') return 'Assess the completion';
  const labels: Record<Act, string> = {
    ask: 'Ask',
    renegotiate: 'Renegotiate',
    acknowledge: 'Acknowledge',
    answer: 'Answer',
    assess: 'Assess',
    replan: 'Replan',
  };
  return labels[move.act];
}

/** Where the suggested move is made: the promise page, with its move form opened and prefilled. */
export function suggestedMovePath(move: FindingView['suggestedMove']): string | null {
  if (move.promiseId === null) return null;
  const params = new URLSearchParams();
  if (move.prefill.move) params.set('move', move.prefill.move);
  if (move.prefill.reason) params.set('reason', move.prefill.reason);
  if (move.prefill.text) params.set('text', move.prefill.text);
  const query = params.toString();
  return `/promises/${move.promiseId}${query ? `?${query}` : ''}`;
}
