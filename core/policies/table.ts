import { leavesNoOwner, type RoleChangeRefusal, refuseRoleChange } from '../organization/roles.js';
import { closedCycleMessage, nextCycleStates } from '../planning/cycle-state.js';
import { notADraftMessage } from '../promises/revise-draft.js';
import { MAY_RETROSPECT_STATUSES, UNSETTLED_STATUSES } from '../promises/status-groups.js';
import {
  isIn,
  isOn,
  isOnASide,
  linkOpenTo,
  mayManage,
  mayWrite,
  openTo,
  speaksFor,
  speaksForASide,
} from './checks.js';
import type { Facts, MemberFacts, Resource, RoleChangeFacts, TeamFacts } from './facts.js';
import { after, type Check, when, who } from './refusal.js';

const contributeMessage =
  'Only the customer or performer of one of the promises can say that one contributes to the other';

const fixedFrameMessage =
  'A cycle is renamed and redated only while it is in planning: once the plan is approved, its promises rely on its name and dates';

const leadershipMessage = 'Only members of a leadership team write the direction document';

function archivedMessage(facts: TeamFacts): string {
  return `${facts.name} is archived; restore it before changing it`;
}

const roleChangeMessages: Record<RoleChangeRefusal, string> = {
  'not-a-manager': 'Only owners and admins manage members',
  'only-owners-grant-ownership': 'Only an owner can make someone an owner',
  'only-owners-change-owners': 'Only an owner can change or remove another owner',
};

/** Who may give a member the role `next` (null: remove them), and never leave the organization ownerless. */
function roleChange<F extends MemberFacts>(next: (facts: F) => MemberFacts['role'] | null): Check<F>[] {
  return [
    (facts) => {
      const refusal = refuseRoleChange(facts.role, facts.memberRole, next(facts));
      return refusal ? { code: 'not-permitted', message: roleChangeMessages[refusal] } : null;
    },
    when(
      (facts) => !leavesNoOwner(facts.ownerCount, facts.memberRole, next(facts)),
      'An organization needs at least one owner; make someone else an owner first',
    ),
  ];
}

/**
 * Who may do what, for every action that is not a move of the promise protocol (those are in
 * `core/promises/protocol.ts`). One row per action of each kind of resource: its conditions, checked
 * in order, the first unmet one giving the refusal. The server refuses exactly what a row refuses,
 * and each resource it sends carries `can`, the row's answer for the viewer, so the web app shows a
 * control exactly when the server would accept it.
 *
 * A draft's privacy is not here: a draft is private to its drafting side and reviewers, and to anyone
 * else it does not exist (a 404, so its existence does not leak) before any policy is asked.
 */
export const policies = {
  organization: {
    createPromise: [mayWrite],
    createTeam: [mayManage],
    createHorizon: [mayManage],
    createCycle: [mayManage],
    editPlanningSettings: [mayManage],
    editSettings: [mayManage],
    invite: [mayManage],
    seeInvitations: [mayManage],
    manageIntegrations: [mayManage],
    exportOrganization: [mayManage],
  },
  newPromise: {
    create: [
      mayWrite,
      who(
        (facts) => facts.actsForDraftingSide,
        (facts) =>
          facts.draftedBy === 'customer'
            ? 'Only the customer (the person, or a lead of the customer team) can request or draft for the customer'
            : 'Only a performer (the person, or a lead of a performing team) can offer or draft for the performer',
      ),
    ],
  },
  promise: {
    // Any member of a performing team checks in: the work is theirs, the promise their lead's.
    checkIn: [
      mayWrite,
      who(isOn('performer'), 'Only the performer of a promise checks in on it'),
      when(
        isIn(['promised']),
        (facts) =>
          `A check-in is for a promise being kept (Q3 Execute); this one is ${facts.status}, so nothing was recorded`,
      ),
      openTo('check-in'),
    ],
    answerCheckIn: [
      mayWrite,
      who(isOn('customer'), 'Only the customer of the promise answers its check-ins'),
    ],
    // Assessing is the customer's declare-satisfied or -dissatisfied move: the protocol decides when.
    assess: [
      mayWrite,
      who(
        speaksFor('customer'),
        'Only the customer (the person, or a lead of the customer team) assesses a promise',
      ),
      when(
        (facts) => facts.allowedMoves.includes('declare-satisfied'),
        (facts) =>
          `A promise is assessed once its performer reports it complete; this one is ${facts.status}`,
      ),
    ],
    writeRetrospective: [
      mayWrite,
      who(isOnASide, 'Only the customer and the performer write the retrospective of a promise'),
      when(
        isIn(MAY_RETROSPECT_STATUSES),
        (facts) =>
          `A retrospective comes once the work is reported or the promise has ended; it is ${facts.status}`,
      ),
      openTo('retrospective'),
    ],
    requestReview: [
      mayWrite,
      who(speaksForASide, 'Only the customer or the performer shares a promise for review'),
      when(
        // Drafts and open proposals go round the reviewers; once promised, terms change only by moves.
        isIn(UNSETTLED_STATUSES),
        (facts) => `Reviews are for drafts and open proposals; this promise is ${facts.status}`,
      ),
      openTo('review'),
    ],
    // Anyone who can see a promise may question it; only its sides answer.
    askQuestion: [mayWrite],
    size: [mayWrite, who(speaksFor('performer'), 'The performer sizes a promise'), openTo('size')],
    editDraft: [
      mayWrite,
      who(
        (facts) => facts.sides.moves.includes(facts.draftedBy),
        (facts) => `Only the ${facts.draftedBy}, who drafts this promise, can edit it`,
      ),
      when(isIn(['draft']), (facts) => notADraftMessage(facts.status)),
      openTo('edit-draft'),
    ],
    contribute: [mayWrite, who(speaksForASide, contributeMessage), openTo('new-link')],
    dependOn: [
      mayWrite,
      who(speaksForASide, 'Only the customer or performer of a promise can say what it depends on'),
      openTo('new-link'),
    ],
  },
  question: {
    answer: [
      mayWrite,
      who(isOnASide, 'The customer or the performer answers questions on their promise'),
      when((facts) => !facts.isResolved, 'The question is resolved already'),
    ],
    // The asker may withdraw an unanswered question; the sides resolve it once answered.
    resolve: [
      mayWrite,
      who(
        (facts) => isOnASide(facts) || facts.isAsker,
        'The one who asked, or the promise’s customer or performer, resolves a question',
      ),
      when((facts) => !facts.isResolved, 'The question is resolved already'),
      after((facts) => facts.isAnswered || facts.isAsker, 'Answer the question before resolving it'),
    ],
  },
  reviewRequest: {
    complete: [
      mayWrite,
      who((facts) => facts.isReviewer, 'Only the reviewer asked marks the review done'),
      when((facts) => !facts.isDone, 'This review is already done'),
    ],
  },
  contribution: {
    create: [mayWrite, who((facts) => facts.speaksForEither, contributeMessage)],
    remove: [
      mayWrite,
      who(
        (facts) => facts.speaksForEither,
        'Only the customer or performer of one of the promises can remove this contribution',
      ),
      linkOpenTo('remove-link'),
    ],
  },
  dependency: {
    answer: [
      mayWrite,
      who(
        (facts) => facts.answersForSupplier,
        'Only the supplier (the performer of the promise depended on, or a lead of the team) can answer',
      ),
      when(
        (facts) => facts.state === 'proposed',
        (facts) => `The dependency was already ${facts.state}`,
      ),
      linkOpenTo('answer-dependency'),
    ],
    // Removed, it is kept as history: the plan as of an earlier moment still shows it.
    remove: [
      mayWrite,
      who(
        (facts) => facts.speaksForDependent === true,
        'Only the customer or performer of the promise that depends can remove this dependency',
      ),
    ],
  },
  team: {
    edit: [mayManage, when((facts) => !facts.isArchived, archivedMessage)],
    // Archiving keeps everything the team had; restoring brings it back as it was.
    archive: [mayManage],
    manageMembers: [mayManage, when((facts) => !facts.isArchived, archivedMessage)],
    setCapacity: [
      mayWrite,
      who(
        (facts) => facts.isLead || facts.role === 'owner' || facts.role === 'admin',
        (facts) => `Only a lead of ${facts.name} (or an owner or admin) declares its capacity`,
      ),
    ],
  },
  direction: {
    // Leadership is any active team the organization marks as such; any of its members writes.
    edit: [mayWrite, who((facts) => facts.isLeadershipMember, leadershipMessage)],
    publish: [mayWrite, who((facts) => facts.isLeadershipMember, leadershipMessage)],
    comment: [mayWrite, when((facts) => facts.hasPublishedVersion, 'Nothing is published yet to comment on')],
  },
  cycle: {
    // The check-in cadence: a closed cycle takes no check-in, so its cadence no longer matters.
    edit: [mayManage, when((facts) => facts.state !== 'closed', closedCycleMessage)],
    // Name and dates are the plan's frame: fixed once the plan is approved and promises rely on them.
    rename: [mayManage, when((facts) => facts.state === 'planning', fixedFrameMessage)],
    redate: [mayManage, when((facts) => facts.state === 'planning', fixedFrameMessage)],
    move: [mayManage, when((facts) => nextCycleStates(facts.state).length > 0, closedCycleMessage)],
    // Archiving (and bringing back) puts a finished cycle out of the pickers; nothing of it is lost.
    archive: [
      mayManage,
      when(
        (facts) => facts.state === 'closed',
        (facts) => `Only a closed cycle is archived; this one is ${facts.state}`,
      ),
    ],
    // Whether it is empty (no promise, no cycle within) is the service's to check: it needs the data.
    delete: [mayManage],
  },
  member: {
    remove: roleChange(() => null),
  },
  roleChange: {
    change: roleChange<RoleChangeFacts>((facts) => facts.to),
  },
  newInvitation: {
    create: [
      mayManage,
      who(
        (facts) => facts.invitedAs !== 'owner' || facts.role === 'owner',
        'Only an owner can invite an owner',
      ),
    ],
  },
  invitation: {
    revoke: [
      mayManage,
      when(
        (facts) => facts.status === 'pending',
        (facts) => `The invitation is ${facts.status}`,
      ),
    ],
    // Resending makes a new link (the old one stops working) with a new lifetime: for a lost or
    // expired link; an accepted or revoked invitation is done with.
    resend: [
      mayManage,
      when(
        (facts) => facts.status === 'pending' || facts.status === 'expired',
        (facts) => `The invitation is ${facts.status}; invite the person again instead`,
      ),
    ],
  },
} satisfies { readonly [R in Resource]: Readonly<Record<string, readonly Check<Facts[R]>[]>> };

export type Policies = typeof policies;

/** The actions of a kind of resource, by name: the keys of its `can`. */
export type ActionOf<R extends Resource> = keyof Policies[R] & string;
