import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contribution, Dependency } from '../../contract/alignment.js';
import type { CheckIn } from '../../contract/check-ins.js';
import type { Cycle } from '../../contract/cycles.js';
import type { PromiseReviews } from '../../contract/draft-reviews.js';
import type { PromiseDetail } from '../../contract/promises.js';
import type { Team } from '../../contract/teams.js';
import { addMember, createCalendar, createTeam, type SignedIn, signUpOwner } from '../test/factories.js';
import { createTestApp, type Response, type TestApp, testEngines, unique } from '../test/harness.js';
import { Agreement } from '../test/policy-probes.js';

/**
 * Every action on a promise that is not a move, tried by everyone who might try it, in every
 * state: the server accepts it exactly when the promise's `can` offered it. The people cover each
 * role (owner, admin, member, viewer) and each way of taking part: the leads of the customer and
 * performing teams, plain members of each, a reviewer asked, and an outsider.
 */
const actors = [
  'owner',
  'admin',
  'viewer',
  'customerLead',
  'customerMember',
  'performerLead',
  'performerMember',
  'outsider',
  'reviewer',
] as const;
type Actor = (typeof actors)[number];

type PromiseAction = keyof PromiseDetail['can'];
const states = ['draft', 'requested', 'promised', 'reported', 'satisfied'] as const;
type State = (typeof states)[number];

describe.each(testEngines())('can on a promise agrees with the server, on %s', (engine) => {
  let t: TestApp;
  const people = {} as Record<Actor, SignedIn>;
  let ghost: SignedIn;
  let customers: Team;
  let performers: Team;
  let ghosts: Team;
  /** A team each actor may ask for a review, so no two requests name the same reviewer. */
  const spareTeams = {} as Record<Actor, Team>;
  let cycle: Cycle;
  /** A promise nobody among the actors speaks for, to link the probed promises to. */
  let bystander: PromiseDetail;
  /** A promise the performing team supplies, to depend on. */
  let supplied: PromiseDetail;
  const agreement = new Agreement();

  beforeAll(async () => {
    t = await createTestApp(engine);
    people.owner = await signUpOwner(t.app, 'pp-owner');
    const owner = people.owner;
    people.admin = await addMember(t.app, owner, 'admin', 'pp-admin');
    people.viewer = await addMember(t.app, owner, 'viewer', 'pp-viewer');
    for (const name of actors.slice(3)) people[name] = await addMember(t.app, owner, 'member', `pp-${name}`);
    ghost = await addMember(t.app, owner, 'member', 'pp-ghost');
    customers = await createTeam(owner, 'Customers');
    performers = await createTeam(owner, 'Performers');
    ghosts = await createTeam(owner, 'Ghosts');
    for (const name of actors) spareTeams[name] = await createTeam(owner, `Spare for ${name}`);
    const join = (team: Team, who: SignedIn, isLead: boolean) =>
      owner.client.put(`/api/v1/teams/${team.id}/members/${who.personId}`, { isLead });
    await join(customers, people.customerLead, true);
    await join(customers, people.customerMember, false);
    // A viewer may lead a team, and still changes nothing: the role comes first.
    await join(customers, people.viewer, true);
    await join(performers, people.performerLead, true);
    await join(performers, people.performerMember, false);
    await join(ghosts, ghost, true);
    const calendar = await createCalendar(owner, 2033);
    cycle = (await owner.client.get<{ cycles: Cycle[] }>('/api/v1/cycles')).body.cycles.find(
      (c) => c.id === calendar.quarter.id,
    )!;
    bystander = await open(ghost, { type: 'person', id: ghost.personId }, ghosts, 'request');
    supplied = await open(ghost, { type: 'team', id: ghosts.id }, performers, 'request');
  });
  afterAll(() => t.close());

  async function open(
    by: SignedIn,
    customer: { type: 'person' | 'team'; id: string },
    performer: Team,
    how: 'draft' | 'request',
  ): Promise<PromiseDetail> {
    const created = await by.client.post<PromiseDetail>('/api/v1/promises', {
      cycleId: cycle.id,
      customer,
      performers: [{ type: 'team', id: performer.id }],
      title: unique('Probed promise'),
      dueDate: cycle.endDate,
      open: how,
    });
    expect(created.status).toBe(201);
    return created.body;
  }

  async function move(by: SignedIn, id: string, act: string) {
    const { version } = (await by.client.get<PromiseDetail>(`/api/v1/promises/${id}`)).body;
    expect((await by.client.post(`/api/v1/promises/${id}/moves`, { act, version })).status).toBe(201);
  }

  /** A promise of the customer team to the performing team, brought to `state` by real moves. */
  async function promiseIn(state: State): Promise<{ id: string; checkInId: string | null }> {
    const { customerLead, performerLead, performerMember, reviewer } = people;
    const promise = await open(
      customerLead,
      { type: 'team', id: customers.id },
      performers,
      state === 'draft' ? 'draft' : 'request',
    );
    // Reviewers are asked while the promise is in review; the reviewer then sees even a draft.
    const asked = await customerLead.client.post(`/api/v1/promises/${promise.id}/reviews`, {
      reviewer: { type: 'person', id: reviewer.personId },
      role: 'peer',
    });
    expect(asked.status).toBe(201);
    if (state === 'draft' || state === 'requested') return { id: promise.id, checkInId: null };
    await move(performerLead, promise.id, 'promise');
    const checkIn = await performerMember.client.post<CheckIn>(`/api/v1/promises/${promise.id}/check-ins`, {
      values: [],
      confidence: 7,
      status: 'on-track',
    });
    expect(checkIn.status).toBe(201);
    if (state !== 'promised') await move(performerLead, promise.id, 'report-complete');
    if (state === 'satisfied') await move(customerLead, promise.id, 'declare-satisfied');
    return { id: promise.id, checkInId: checkIn.body.id };
  }

  /** What `can` says to `who` about the promise; a promise they cannot see offers them nothing. */
  async function canOn(who: SignedIn, id: string) {
    const detail = await who.client.get<PromiseDetail>(`/api/v1/promises/${id}`);
    return detail.status === 200 ? detail.body : null;
  }

  type Attempt = (
    who: SignedIn,
    actor: Actor,
    promise: { id: string; checkInId: string | null },
    seen: PromiseDetail | null,
  ) => Promise<Response>;
  /** One attempt of each action; assessing comes last, since it ends the promise. */
  const attempts: Record<PromiseAction, Attempt> = {
    checkIn: (who, _, { id }) =>
      who.client.post(`/api/v1/promises/${id}/check-ins`, { values: [], confidence: 6, status: 'at-risk' }),
    answerCheckIn: (who, _, { checkInId }) =>
      who.client.post(`/api/v1/check-ins/${checkInId}/answers`, { kind: 'acknowledge' }),
    writeRetrospective: (who, _, { id }) =>
      who.client.post(`/api/v1/promises/${id}/retrospectives`, { wentWell: 'We asked early' }),
    requestReview: (who, actor, { id }) =>
      who.client.post(`/api/v1/promises/${id}/reviews`, {
        reviewer: { type: 'team', id: spareTeams[actor].id },
        role: 'peer',
      }),
    askQuestion: (who, _, { id }) =>
      who.client.post(`/api/v1/promises/${id}/questions`, { text: 'Why now?' }),
    size: (who, _, { id }) => who.client.put(`/api/v1/promises/${id}/size`, { size: 3 }),
    editDraft: (who, _, { id }, seen) =>
      who.client.patch(`/api/v1/promises/${id}`, { version: seen?.version ?? 1, title: unique('Edited') }),
    contribute: async (who, _, { id }) => {
      const made = await who.client.post<Contribution>('/api/v1/contributions', {
        fromPromiseId: id,
        toPromiseId: bystander.id,
        weight: 1,
      });
      // Undone at once, so the next person may make the same link.
      if (made.status === 201)
        expect((await who.client.delete(`/api/v1/contributions/${made.body.id}`)).status).toBe(204);
      return made;
    },
    dependOn: (who, _, { id }) =>
      who.client.post('/api/v1/dependencies', { promiseId: id, supplierTeamId: ghosts.id, note: 'probe' }),
    assess: (who, _, { id }, seen) =>
      who.client.post(`/api/v1/promises/${id}/moves`, {
        act: 'declare-satisfied',
        version: seen?.version ?? 1,
      }),
  };

  for (const state of states) {
    it(`offers exactly what the server accepts on a ${state} promise`, async () => {
      const promise = await promiseIn(state);
      for (const [action, attempt] of Object.entries(attempts) as Array<[PromiseAction, Attempt]>) {
        // A check-in is answered only where one was made.
        if (action === 'answerCheckIn' && promise.checkInId === null) continue;
        for (const actor of actors) {
          const seen = await canOn(people[actor], promise.id);
          const response = await attempt(people[actor], actor, promise, seen);
          agreement.record(action, actor, state, seen?.can[action] ?? false, response);
        }
      }
    });
  }

  it('offers exactly what the server accepts on the questions, reviews and links of a promise', async () => {
    const { customerLead, reviewer } = people;
    const { id } = await promiseIn('requested');
    const reviews = async (who: SignedIn) =>
      (await who.client.get<PromiseReviews>(`/api/v1/promises/${id}/reviews`)).body;
    const ask = async () =>
      (
        await reviewer.client.post<PromiseReviews>(`/api/v1/promises/${id}/questions`, { text: unique('Q') })
      ).body.questions.at(-1)!;

    const question = await ask();
    for (const actor of actors) {
      const seen = (await reviews(people[actor])).questions.find((q) => q.id === question.id)!;
      const response = await people[actor].client.post(`/api/v1/questions/${question.id}/answer`, {
        text: `${actor} answers`,
      });
      agreement.record('question.answer', actor, 'open', seen.can.answer, response);
    }
    for (const isAnswered of [false, true]) {
      for (const actor of actors) {
        const fresh = await ask();
        if (isAnswered)
          await customerLead.client.post(`/api/v1/questions/${fresh.id}/answer`, { text: 'Because' });
        const seen = (await reviews(people[actor])).questions.find((q) => q.id === fresh.id)!;
        const response = await people[actor].client.post(`/api/v1/questions/${fresh.id}/resolve`);
        agreement.record(
          'question.resolve',
          actor,
          isAnswered ? 'answered' : 'unanswered',
          seen.can.resolve,
          response,
        );
      }
    }

    const request = (await reviews(reviewer)).requests.find((r) => r.reviewer.id === reviewer.personId)!;
    for (const actor of actors) {
      const seen = (await reviews(people[actor])).requests.find((r) => r.id === request.id)!;
      const response = await people[actor].client.post(`/api/v1/reviews/${request.id}/complete`);
      agreement.record('reviewRequest.complete', actor, 'asked', seen.can.complete, response);
    }

    const link = () =>
      customerLead.client.post<Contribution>('/api/v1/contributions', {
        fromPromiseId: id,
        toPromiseId: bystander.id,
        weight: 2,
      });
    let contribution = (await link()).body;
    for (const actor of actors) {
      const seen = (await canOn(people[actor], id))!.contributesTo.find((c) => c.id === contribution.id)!;
      const response = await people[actor].client.delete(`/api/v1/contributions/${contribution.id}`);
      agreement.record('contribution.remove', actor, 'made', seen.can.remove, response);
      if (response.status === 204) contribution = (await link()).body;
    }

    for (const supplier of [{ supplierPromiseId: supplied.id }, { supplierTeamId: performers.id }]) {
      for (const actor of actors) {
        const made = await customerLead.client.post<Dependency>('/api/v1/dependencies', {
          promiseId: id,
          note: 'needs',
          ...supplier,
        });
        const seen = (await canOn(people[actor], id))!.dependsOn.find((d) => d.id === made.body.id)!;
        const response = await people[actor].client.post(`/api/v1/dependencies/${made.body.id}/answer`, {
          answer: 'acknowledge',
        });
        agreement.record('dependency.answer', actor, Object.keys(supplier)[0]!, seen.can.answer, response);
      }
    }
  });

  it('never offers what the server refuses, nor refuses what it offers', () => {
    agreement.expectAgreement([
      ...Object.keys(attempts),
      'question.answer',
      'question.resolve',
      'reviewRequest.complete',
      'contribution.remove',
      'dependency.answer',
    ]);
  });
});
