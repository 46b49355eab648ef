import type { FastifyInstance } from 'fastify';
import type { Me, SignupPending } from '../../contract/auth.js';
import type { CheckIn } from '../../contract/check-ins.js';
import type { Role } from '../../contract/common.js';
import type { Cycle } from '../../contract/cycles.js';
import type { CreatePromiseBody, PromiseDetail } from '../../contract/promises.js';
import type { Team } from '../../contract/teams.js';
import type { MemberActor } from '../services/authorization.js';
import { Client, type Response, unique } from './harness.js';
import { lastMessageTo } from './mailbox.js';
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
 * Factories for the route and CLI tests: everything is made over HTTP by the people themselves,
 * each with their own session. service-factories.ts makes the same shapes through the services.
 */

export const PASSWORD = 'correct horse battery';

export interface SignedIn {
  client: Client;
  me: Me;
  personId: string;
  organizationId: string;
  email: string;
}

/** A new organization with its owner signed in: each test makes its own. */
export async function signUpOwner(app: FastifyInstance, label = 'owner'): Promise<SignedIn> {
  const client = new Client(app);
  const email = `${unique(label)}@example.com`;
  let response = await client.post<Me | SignupPending>('/api/v1/auth/signup', {
    organizationName: unique('Org'),
    name: `${label} person`,
    email,
    password: PASSWORD,
  });
  // Where the app sends email, a sign-up after the first is finished by the link it emailed.
  if (response.status === 201 && 'pending' in response.body) {
    const token = /\/sign-up\/confirm\/(\S+)/.exec(lastMessageTo(email)?.text ?? '')?.[1];
    if (!token) throw new Error(`no sign-up link reached ${email}`);
    response = await client.post<Me>('/api/v1/auth/signup/confirm', { token });
  }
  if (response.status !== 201 || 'pending' in response.body) {
    throw new Error(`signup failed: ${JSON.stringify(response.body)}`);
  }
  const me = response.body;
  return { client, me, personId: me.person.id, organizationId: me.organization!.id, email };
}

/** The actor this person's session gives the services, for a test that calls them directly. */
export function actorOf(person: SignedIn): MemberActor {
  const organization = person.me.organization;
  if (!organization) throw new Error(`${person.email} is in no organization`);
  return {
    personId: person.personId,
    name: person.me.person.name,
    email: person.email,
    organizationId: organization.id,
    role: organization.role,
    via: 'session',
  };
}

/** Invites a person with `role` and has them accept as a newcomer; returns them signed in. */
export async function addMember(app: FastifyInstance, admin: SignedIn, role: Role, label: string = role) {
  const email = `${unique(label)}@example.com`;
  const invited = await admin.client.post<{ link: string }>('/api/v1/invitations', { email, role });
  if (invited.status !== 201) throw new Error(`invitation failed: ${JSON.stringify(invited.body)}`);
  const token = invited.body.link.split('/invite/')[1];
  const client = new Client(app);
  const accepted = await client.post('/api/v1/invitations/accept', {
    token,
    name: `${label} person`,
    password: PASSWORD,
  });
  if (accepted.status !== 200) throw new Error(`accept failed: ${JSON.stringify(accepted.body)}`);
  const me = (await client.get<Me>('/api/v1/me')).body;
  return {
    client,
    me,
    personId: me.person.id,
    organizationId: me.organization!.id,
    email,
  } satisfies SignedIn;
}

export async function createTeam(owner: SignedIn, name = unique('Team')): Promise<Team> {
  const response = await owner.client.post<Team>('/api/v1/teams', { name });
  if (response.status !== 201) throw new Error(`team failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

export interface Calendar {
  horizons: Record<'3y' | '1y' | 'quarter', string>;
  year: Cycle;
  quarter: Cycle;
}

/**
 * A year and its first quarter in the owner's organization, both in planning. Each cycle's
 * timeline follows from its start: a year ahead of the clock has every milestone still upcoming.
 */
export async function createCalendar(owner: SignedIn, year = 2027): Promise<Calendar> {
  const listed = await owner.client.get<{ horizons: Array<{ id: string; key: string }> }>('/api/v1/horizons');
  const byKey = (key: string) => listed.body.horizons.find((h) => h.key === key)!.id;
  const horizons = { '3y': byKey('3y'), '1y': byKey('1y'), quarter: byKey('quarter') };
  const yearCycle = expectCreated(
    await owner.client.post<Cycle>('/api/v1/cycles', {
      name: `FY${year}`,
      horizonId: horizons['1y'],
      startDate: `${year}-01-01`,
      endDate: `${year}-12-31`,
    }),
    'cycle',
  );
  const quarter = expectCreated(
    await owner.client.post<Cycle>('/api/v1/cycles', {
      name: `FY${year}-Q1`,
      horizonId: horizons.quarter,
      parentId: yearCycle.id,
      startDate: `${year}-01-01`,
      endDate: `${year}-03-31`,
    }),
    'cycle',
  );
  return { horizons, year: yearCycle, quarter };
}

/** The body of a 201, or an error that shows what the server said instead. */
function expectCreated<T>(response: Response<T>, what: string): T {
  if (response.status !== 201) throw new Error(`${what} failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

/**
 * An organization of people and teams, each person signed in with their own client:
 * `createOrganization(app, { people: { cto: 'member' }, teams: { Platform: { leads: ['cto'] } } })`.
 */
export function createOrganization<P extends string = never, T extends string = never>(
  app: FastifyInstance,
  spec: OrganizationSpec<P, T> = {},
) {
  return buildOrganization<SignedIn, P, T>(
    {
      signUpOwner: (label) => signUpOwner(app, label),
      addMember: (owner, role, label) => addMember(app, owner, role, label),
      createTeam: (owner, name) => createTeam(owner, name),
      putTeamMember: async (owner, teamId, person, isLead) =>
        expectOk(
          await owner.client.put<Team>(`/api/v1/teams/${teamId}/members/${person.personId}`, { isLead }),
          'team member',
        ),
      markLeadership: async (owner, teamId) =>
        expectOk(await owner.client.patch<Team>(`/api/v1/teams/${teamId}`, { isLeadership: true }), 'team'),
    },
    spec,
  );
}

function expectOk<T>(response: Response<T>, what: string): T {
  if (response.status !== 200) throw new Error(`${what} failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Opens a promise as `by`, who must act for the side that opens it. */
export async function openPromise(by: SignedIn, body: CreatePromiseBody): Promise<PromiseDetail> {
  return expectCreated(await by.client.post<PromiseDetail>('/api/v1/promises', body), 'promise');
}

const overHttp: PromiseDriver<SignedIn> = {
  personId: (person) => person.personId,
  open: openPromise,
  move: async (by, id, move) =>
    expectCreated(await by.client.post<PromiseDetail>(`/api/v1/promises/${id}/moves`, move), move.act),
  checkIn: async (by, id, body) =>
    expectCreated(await by.client.post<CheckIn>(`/api/v1/promises/${id}/check-ins`, body), 'check-in'),
};

/** A promise in `situation` (requested, promised, satisfied, revoked…), made by real moves over HTTP. */
export function promiseIn(situation: Situation, setup: PromiseSetup<SignedIn>): Promise<PromiseDetail> {
  return walkTo(overHttp, situation, setup);
}

/** A promise being kept, with key results of every kind, and the performer's check-ins on it. */
export function keptPromise(setup: PromiseSetup<SignedIn> & { checkIns?: KeptCheckIn[] }) {
  return keepPromise(overHttp, setup);
}
