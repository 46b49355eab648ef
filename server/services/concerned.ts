import type { Party } from '../../contract/parties.js';
import type { ServiceContext } from './context.js';
import { peopleOfParty, peopleOfSides } from './notifications.js';
import type { PromiseRecord } from './promises/records.js';

/**
 * Who is concerned by what happens on a promise, in one place: the people of the sides that did
 * not speak, never the person who spoke. A side that is a team is told through its leads (they
 * answer for it); a reviewer that is a team through all its members (any of them may review).
 * Each answer is a handful of people: the promise's parties and their teams' leads, never a scan
 * of the organization.
 */
export type Happening =
  /** A move: by the customer, or by one performer (the others are told, as is the customer). */
  | { what: 'move'; record: PromiseRecord; side: 'customer' | 'performer'; performer?: Party | undefined }
  /** A check-in, written by the performing side: its customer hears of it. */
  | { what: 'check-in'; record: PromiseRecord }
  /** An answer to a check-in: the performing side, and whoever wrote the check-in. */
  | { what: 'check-in-answer'; record: PromiseRecord; checkInBy: string }
  /** A dependency acknowledged or declined: both sides of the promise that depends. */
  | { what: 'dependency-answer'; dependent: PromiseRecord }
  /** A review asked of a person or a team. */
  | { what: 'review-request'; reviewer: Party; organizationId: string }
  /** A question on a promise: its sides, or only the drafting side while it is a private draft. */
  | { what: 'question'; record: PromiseRecord }
  /** A question answered: whoever asked it. */
  | { what: 'answer'; askedBy: string };

export async function whoIsConcerned(
  ctx: ServiceContext,
  happening: Happening,
  actorId: string,
): Promise<string[]> {
  const people = await concerned(ctx, happening);
  return [...new Set(people)].filter((personId) => personId !== actorId);
}

async function concerned(ctx: ServiceContext, happening: Happening): Promise<string[]> {
  switch (happening.what) {
    case 'move': {
      const { record, side, performer } = happening;
      if (side === 'customer') return peopleOfSides(ctx, record, ['performer']);
      const others = record.performers.filter(
        (party) => !performer || party.type !== performer.type || party.id !== performer.id,
      );
      return peopleOfParties(ctx, record.row.organization_id, [record.customer, ...others], 'leads');
    }
    case 'check-in':
      return peopleOfSides(ctx, happening.record, ['customer']);
    case 'check-in-answer':
      return [...(await peopleOfSides(ctx, happening.record, ['performer'])), happening.checkInBy];
    case 'dependency-answer':
      return peopleOfSides(ctx, happening.dependent);
    case 'review-request':
      return peopleOfParty(ctx, happening.organizationId, happening.reviewer, 'members');
    case 'question': {
      const { record } = happening;
      // A draft is private to its drafting side: only that side hears of questions on it.
      return peopleOfSides(
        ctx,
        record,
        record.state.status === 'draft' ? [record.state.draftedBy] : ['customer', 'performer'],
      );
    }
    case 'answer':
      return [happening.askedBy];
  }
}

async function peopleOfParties(
  ctx: ServiceContext,
  organizationId: string,
  parties: readonly Party[],
  who: 'leads' | 'members',
): Promise<string[]> {
  return (await Promise.all(parties.map((party) => peopleOfParty(ctx, organizationId, party, who)))).flat();
}
