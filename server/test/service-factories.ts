import { CreateCheckInBody } from '../../contract/check-ins.js';
import type { Role } from '../../contract/common.js';
import { CreateCycleBody, type Cycle } from '../../contract/cycles.js';
import { CreatePromiseBody, MoveBody, type PromiseDetail } from '../../contract/promises.js';
import { actorFromSession, type NewSession, signUpNow } from '../services/accounts.js';
import { type MemberActor, requireMember } from '../services/authorization.js';
import { createCheckIn } from '../services/check-ins.js';
import type { ServiceContext } from '../services/context.js';
import { createCycle, listHorizons } from '../services/cycles/cycles.js';
import { acceptInvitation, inviteMember } from '../services/invitations.js';
import { createPromise } from '../services/promises/create-promise.js';
import { makeMove } from '../services/promises/make-move.js';
import { getPromise } from '../services/promises/read-promise.js';
import { createTeam, putTeamMember, updateTeam } from '../services/teams.js';
import { PASSWORD } from './factories.js';
import { unique } from './harness.js';
import { buildOrganization, type OrganizationSpec } from './organization-shape.js';
import {
  type KeptCheckIn,
  keepPromise,
  type PromiseDriver,
  type PromiseSetup,
  type Situation,
  walkTo,
} from './promise-shapes.js';

/*
 * Factories for the service tests: the same shapes as factories.ts, made by calling the services
 * as each person, the way the routes call them (bodies are parsed by the contract's schemas, so
 * they take the same defaults). A person here is the actor their session would give.
 */

async function actorOf(ctx: ServiceContext, session: NewSession | null): Promise<MemberActor> {
  if (!session) throw new Error('no session was opened');
  return requireMember(await actorFromSession(ctx, session.secret));
}

/** A new organization and its owner, signed up as a person would. */
export async function signUpOwner(ctx: ServiceContext, label = 'owner'): Promise<MemberActor> {
  const session = await signUpNow(ctx, {
    organizationName: unique('Org'),
    name: `${label} person`,
    email: `${unique(label)}@example.com`,
    password: PASSWORD,
  });
  return actorOf(ctx, session);
}

/** Invites a person with `role`, who accepts as a newcomer. */
export async function addMember(
  ctx: ServiceContext,
  owner: MemberActor,
  role: Role,
  label: string = role,
): Promise<MemberActor> {
  const { link } = await inviteMember(ctx, owner, { email: `${unique(label)}@example.com`, role });
  const token = link.split('/invite/')[1] ?? '';
  const { session } = await acceptInvitation(ctx, undefined, {
    token,
    name: `${label} person`,
    password: PASSWORD,
  });
  return actorOf(ctx, session);
}

/** An organization of people and teams: see OrganizationSpec. */
export function createOrganization<P extends string = never, T extends string = never>(
  ctx: ServiceContext,
  spec: OrganizationSpec<P, T> = {},
) {
  return buildOrganization<MemberActor, P, T>(
    {
      signUpOwner: (label) => signUpOwner(ctx, label),
      addMember: (owner, role, label) => addMember(ctx, owner, role, label),
      createTeam: (owner, name) => createTeam(ctx, owner, { name, description: '' }),
      putTeamMember: (owner, teamId, person, isLead) =>
        putTeamMember(ctx, owner, teamId, person.personId, isLead),
      markLeadership: (owner, teamId) => updateTeam(ctx, owner, teamId, { isLeadership: true }),
    },
    spec,
  );
}

export interface Calendar {
  horizons: Record<'3y' | '1y' | 'quarter', string>;
  year: Cycle;
  quarter: Cycle;
}

/** A year and its first quarter, both in planning; a year ahead of the clock has every milestone upcoming. */
export async function createCalendar(
  ctx: ServiceContext,
  owner: MemberActor,
  year = 2027,
): Promise<Calendar> {
  const { horizons: listed } = await listHorizons(ctx, owner, { limit: 50, offset: 0 });
  const byKey = (key: string) => {
    const horizon = listed.find((h) => h.key === key);
    if (!horizon) throw new Error(`no ${key} horizon`);
    return horizon.id;
  };
  const horizons = { '3y': byKey('3y'), '1y': byKey('1y'), quarter: byKey('quarter') };
  const cycle = (body: Record<string, unknown>) => createCycle(ctx, owner, CreateCycleBody.parse(body));
  const yearCycle = await cycle({
    name: `FY${year}`,
    horizonId: horizons['1y'],
    startDate: `${year}-01-01`,
    endDate: `${year}-12-31`,
  });
  const quarter = await cycle({
    name: `FY${year}-Q1`,
    horizonId: horizons.quarter,
    parentId: yearCycle.id,
    startDate: `${year}-01-01`,
    endDate: `${year}-03-31`,
  });
  return { horizons, year: yearCycle, quarter };
}

/**
 * The smallest organization a promise needs: its owner as the customer, a member as the performer,
 * and the first quarter of `year` to promise in (FY2027-Q1 by default, checked in weekly).
 */
export async function customerAndPerformer(ctx: ServiceContext, year = 2027) {
  const customer = await signUpOwner(ctx, 'customer');
  const performer = await addMember(ctx, customer, 'member', 'performer');
  const { quarter } = await createCalendar(ctx, customer, year);
  return { customer, performer, cycle: quarter };
}

/** Opens a promise as `by`, with the defaults the API gives a body. */
export function openPromise(
  ctx: ServiceContext,
  by: MemberActor,
  body: CreatePromiseBody,
): Promise<PromiseDetail> {
  return createPromise(ctx, by, CreatePromiseBody.parse(body));
}

function throughServices(ctx: ServiceContext): PromiseDriver<MemberActor> {
  return {
    personId: (actor) => actor.personId,
    open: (by, body) => openPromise(ctx, by, body),
    move: async (by, id, move) => {
      await makeMove(ctx, by, id, MoveBody.parse(move));
      return getPromise(ctx, by, id);
    },
    checkIn: (by, id, body) => createCheckIn(ctx, by, id, CreateCheckInBody.parse(body)),
  };
}

/** A promise in `situation` (requested, promised, satisfied, revoked…), made by real moves. */
export function promiseIn(
  ctx: ServiceContext,
  situation: Situation,
  setup: PromiseSetup<MemberActor>,
): Promise<PromiseDetail> {
  return walkTo(throughServices(ctx), situation, setup);
}

/** A promise being kept, with key results of every kind, and the performer's check-ins on it. */
export function keptPromise(
  ctx: ServiceContext,
  setup: PromiseSetup<MemberActor> & { checkIns?: KeptCheckIn[] },
) {
  return keepPromise(throughServices(ctx), setup);
}
