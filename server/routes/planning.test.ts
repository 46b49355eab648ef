import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TeamCapacity } from '../../contract/capacity.js';
import type { ErrorResponse } from '../../contract/common.js';
import type { CycleReview } from '../../contract/cycle-review.js';
import type { Cycle, CycleTimeline } from '../../contract/cycles.js';
import type { DirectionDocument } from '../../contract/direction.js';
import type { PromiseReviews } from '../../contract/draft-reviews.js';
import type { Inbox } from '../../contract/inbox.js';
import type { NotificationList } from '../../contract/notifications.js';
import type { PlanningBoard } from '../../contract/planning-board.js';
import type { PromiseDetail } from '../../contract/promises.js';
import type { Team } from '../../contract/teams.js';
import { notifyPlanningMilestones } from '../jobs/notify-planning-milestones.js';
import { getInbox } from '../services/inbox.js';
import { listNotifications } from '../services/notifications.js';
import { actorOf, createCalendar, createOrganization, type SignedIn } from '../test/factories.js';
import { createTestApp, type TestApp, testEngines } from '../test/harness.js';

/**
 * The planning round trip of the issue: leadership publishes the direction; a team drafts a promise
 * citing it and asks a supplier; the supplier declines one ask for capacity and accepts another; a
 * peer reviews and raises a question; the team answers; the plan is approved; the board shows it.
 */
describe.each(testEngines())('the planning round trip on %s', (engine) => {
  let t: TestApp;
  let ceo: SignedIn;
  let productLead: SignedIn;
  let platformLead: SignedIn;
  let peer: SignedIn;
  let outsider: SignedIn;
  let leadership: Team;
  let product: Team;
  let platform: Team;
  let peers: Team;
  let cycle: Cycle;

  beforeAll(async () => {
    t = await createTestApp(engine);
    const organization = await createOrganization(t.app, {
      owner: 'ceo',
      people: { productLead: 'member', platformLead: 'member', peer: 'member', outsider: 'member' },
      teams: {
        Leadership: { leads: ['owner'], isLeadership: true },
        Product: { leads: ['productLead'] },
        Platform: { leads: ['platformLead'] },
        Design: { leads: ['peer'] },
      },
    });
    ceo = organization.owner;
    ({ productLead, platformLead, peer, outsider } = organization.people);
    ({ Leadership: leadership, Product: product, Platform: platform, Design: peers } = organization.teams);
    cycle = (await createCalendar(ceo, 2031)).quarter;
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  const ask = (
    by: SignedIn,
    customer: Team,
    performer: Team,
    title: string,
    extra: Record<string, unknown> = {},
  ) =>
    by.client.post<PromiseDetail>('/api/v1/promises', {
      cycleId: cycle.id,
      customer: { type: 'team', id: customer.id },
      performers: [{ type: 'team', id: performer.id }],
      title,
      dueDate: cycle.endDate,
      open: 'request',
      ...extra,
    });

  it('lays out the timeline: direction 4 weeks before, drafts 2 weeks before, approval at the start', async () => {
    const timeline = (await ceo.client.get<CycleTimeline>(`/api/v1/cycles/${cycle.id}/timeline`)).body;
    expect(timeline.milestones.map((m) => [m.key, m.due])).toEqual([
      ['direction', '2030-12-04'],
      ['drafts', '2030-12-18'],
      ['approval', '2031-01-01'],
    ]);
    expect(timeline.milestones.every((m) => m.status === 'upcoming')).toBe(true);
  });

  it('lets leadership draft and publish the direction, keeping every version; others comment', async () => {
    const refused = await productLead.client.put(`/api/v1/cycles/${cycle.id}/direction`, {
      markdown: '# Mine',
    });
    expect(refused.status).toBe(403);
    await ceo.client.put(`/api/v1/cycles/${cycle.id}/direction`, {
      markdown: '# Grow\n\nWin the mid-market.',
    });
    const hidden = (await productLead.client.get<DirectionDocument>(`/api/v1/cycles/${cycle.id}/direction`))
      .body;
    expect(hidden).toMatchObject({ draft: null, versions: [], canWrite: false });
    const first = await ceo.client.post<DirectionDocument>(`/api/v1/cycles/${cycle.id}/direction/publish`);
    expect(first.status).toBe(201);
    await ceo.client.put(`/api/v1/cycles/${cycle.id}/direction`, {
      markdown: '# Grow\n\nWin the mid-market. <script>alert(1)</script>',
    });
    const second = (await ceo.client.post<DirectionDocument>(`/api/v1/cycles/${cycle.id}/direction/publish`))
      .body;
    expect(second.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(second.versions[1]?.markdown).toBe('# Grow\n\nWin the mid-market.');
    const again = await ceo.client.post(`/api/v1/cycles/${cycle.id}/direction/publish`);
    expect(again.status).toBe(409);
    const commented = await productLead.client.post<DirectionDocument>(
      `/api/v1/cycles/${cycle.id}/direction/comments`,
      {
        text: 'Does mid-market include public sector?',
      },
    );
    expect(commented.body.comments.map((c) => [c.text, c.versionId])).toEqual([
      ['Does mid-market include public sector?', second.versions[0]!.id],
    ]);
    const timeline = (await ceo.client.get<CycleTimeline>(`/api/v1/cycles/${cycle.id}/timeline`)).body;
    expect(timeline.milestones[0]?.status).toMatch(/^done/);
  });

  it('runs the round trip: draft, ask a supplier, capacity, review, question, answer, approval, board', async () => {
    const direction = (
      await productLead.client.get<DirectionDocument>(`/api/v1/cycles/${cycle.id}/direction`)
    ).body;
    // The product team drafts its own promise, citing the direction.
    const draft = await productLead.client.post<PromiseDetail>('/api/v1/promises', {
      cycleId: cycle.id,
      customer: { type: 'team', id: leadership.id },
      performers: [{ type: 'team', id: product.id }],
      title: 'Self-serve onboarding for mid-market',
      dueDate: cycle.endDate,
      open: 'draft',
      draftedBy: 'performer',
      directionVersionId: direction.versions[0]!.id,
    });
    expect(draft.status).toBe(201);
    expect(draft.body.citesDirection).toMatchObject({ version: 2, cycleName: cycle.name });
    expect((await peer.client.get(`/api/v1/promises/${draft.body.id}`)).status).toBe(404);

    // It asks the platform team for two things; the platform declares a capacity of one promise.
    await platformLead.client.put(`/api/v1/teams/${platform.id}/capacity`, { cycleId: cycle.id, amount: 1 });
    const sso = (await ask(productLead, product, platform, 'Single sign-on')).body;
    const exports = (await ask(productLead, product, platform, 'Bulk exports')).body;
    await productLead.client.post('/api/v1/dependencies', {
      promiseId: draft.body.id,
      supplierPromiseId: sso.id,
    });
    const load = (
      await platformLead.client.get<TeamCapacity>(`/api/v1/teams/${platform.id}/capacity?cycleId=${cycle.id}`)
    ).body;
    expect(load).toMatchObject({
      capacity: { unit: 'promises', amount: 1 },
      load: { accepted: 0, pending: 2 },
    });
    expect(load.wouldBeOverCapacity).toBe(true);
    const asked = (await platformLead.client.get<NotificationList>('/api/v1/notifications')).body;
    expect(
      asked.notifications
        .filter((n) => n.kind === 'ask-received')
        .map((n) => n.promiseId)
        .sort(),
    ).toEqual([sso.id, exports.id].sort());

    await platformLead.client.post(`/api/v1/promises/${sso.id}/moves`, {
      act: 'promise',
      version: sso.version,
    });
    await platformLead.client.post(`/api/v1/promises/${exports.id}/moves`, {
      act: 'decline',
      version: exports.version,
      reason: { code: 'capacity', text: 'Single sign-on takes the quarter' },
    });
    const saidNo = (
      await productLead.client.get<TeamCapacity>(`/api/v1/teams/${platform.id}/capacity?cycleId=${cycle.id}`)
    ).body;
    expect(saidNo.load).toEqual({ accepted: 1, pending: 0 });
    expect(saidNo.declined.map((d) => [d.title, d.reason])).toEqual([
      ['Bulk exports', { code: 'capacity', text: 'Single sign-on takes the quarter' }],
    ]);

    // The draft is shared with a peer and with its supplier (suggested from the dependency).
    const suggested = (
      await productLead.client.get<PromiseReviews>(`/api/v1/promises/${draft.body.id}/reviews`)
    ).body;
    expect(suggested.suggested).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ role: 'supplier', reviewer: expect.objectContaining({ id: platform.id }) }),
      ]),
    );
    await productLead.client.post(`/api/v1/promises/${draft.body.id}/reviews`, {
      reviewer: { type: 'team', id: peers.id },
      role: 'peer',
    });
    const shared = await productLead.client.post<PromiseReviews>(
      `/api/v1/promises/${draft.body.id}/reviews`,
      {
        reviewer: { type: 'team', id: platform.id },
        role: 'supplier',
      },
    );
    expect(shared.body.roundTrip).toMatchObject({ isComplete: false, pendingReviews: 2 });
    expect((await peer.client.get(`/api/v1/promises/${draft.body.id}`)).status).toBe(200);
    expect((await outsider.client.get(`/api/v1/promises/${draft.body.id}`)).status).toBe(404);

    // The peer comments and raises a question; nobody but the sides can change the promise.
    const comment = await peer.client.post<PromiseDetail>(`/api/v1/promises/${draft.body.id}/moves`, {
      act: 'comment',
      version: draft.body.version,
      text: 'Looks right',
    });
    expect(comment.body.history.at(-1)).toMatchObject({ act: 'comment', by: 'reviewer' });
    expect(
      (
        await peer.client.patch(`/api/v1/promises/${draft.body.id}`, {
          version: draft.body.version,
          title: 'Mine',
        })
      ).status,
    ).toBe(403);
    const questioned = (
      await peer.client.post<PromiseReviews>(`/api/v1/promises/${draft.body.id}/questions`, {
        text: 'Who supports customers during onboarding?',
      })
    ).body;
    const question = questioned.questions[0]!;
    const raised = (await productLead.client.get<NotificationList>('/api/v1/notifications')).body;
    expect(
      raised.notifications.some((n) => n.kind === 'question-raised' && n.promiseId === draft.body.id),
    ).toBe(true);
    // Leadership is the draft's customer but not its drafting side: the private draft does not reach it.
    const ceoBell = (await ceo.client.get<NotificationList>('/api/v1/notifications')).body;
    expect(ceoBell.notifications.some((n) => n.promiseId === draft.body.id)).toBe(false);
    expect((await peer.client.post(`/api/v1/questions/${question.id}/answer`, { text: 'Me' })).status).toBe(
      403,
    );
    await productLead.client.post(`/api/v1/questions/${question.id}/answer`, {
      text: 'Support, with a new playbook',
    });
    await peer.client.post(`/api/v1/questions/${question.id}/resolve`);
    for (const request of questioned.requests) {
      const reviewer = request.reviewer.id === peers.id ? peer : platformLead;
      expect((await reviewer.client.post(`/api/v1/reviews/${request.id}/complete`)).status).toBe(200);
    }
    const done = (await productLead.client.get<PromiseReviews>(`/api/v1/promises/${draft.body.id}/reviews`))
      .body;
    expect(done.roundTrip).toEqual({
      isComplete: true,
      reviewedBy: ['peer', 'supplier'],
      pendingReviews: 0,
      openQuestions: 0,
    });

    // The board shows every team, the draft with its round trip done, and what is still unanswered.
    const board = (await ceo.client.get<PlanningBoard>(`/api/v1/cycles/${cycle.id}/board`)).body;
    const productRow = board.teams.find((row) => row.team.id === product.id)!;
    expect(productRow.drafts).toEqual({ total: 0, promises: [] }); // the draft is private to Product: the CEO sees no title
    const productBoard = (await productLead.client.get<PlanningBoard>(`/api/v1/cycles/${cycle.id}/board`))
      .body;
    const own = productBoard.teams.find((row) => row.team.id === product.id)!;
    expect(own.drafts.promises.map((d) => d.title)).toEqual(['Self-serve onboarding for mid-market']);
    expect(own.unreviewed).toEqual([]);
    const platformRow = board.teams.find((row) => row.team.id === platform.id)!;
    expect(platformRow.agreed.promises.map((p) => p.title)).toEqual(['Single sign-on']);
    expect(platformRow.declined.promises.map((p) => p.title)).toEqual(['Bulk exports']);
    expect(platformRow.capacity).toEqual({ unit: 'promises', amount: 1 });
    expect(board.direction.publishedVersion).toBe(2);

    // A page of teams at a time, each column counted whole and listed up to `perColumn`.
    const paged = (
      await ceo.client.get<PlanningBoard>(`/api/v1/cycles/${cycle.id}/board?limit=1&offset=1&perColumn=1`)
    ).body;
    expect(paged).toMatchObject({ total: board.teams.length, limit: 1, offset: 1 });
    expect(paged.teams.map((row) => row.team.id)).toEqual([board.teams[1]!.team.id]);
    const onlyPlatform = (
      await ceo.client.get<PlanningBoard>(`/api/v1/cycles/${cycle.id}/board?teamId=${platform.id}`)
    ).body;
    expect(onlyPlatform.teams.map((row) => row.team.name)).toEqual(['Platform']);
    expect(onlyPlatform.total).toBe(1);
    const named = (await ceo.client.get<PlanningBoard>(`/api/v1/cycles/${cycle.id}/board?q=PLATF`)).body;
    expect(named.teams.map((row) => row.team.id)).toEqual([platform.id]);

    // The end-of-cycle review of one team: what it promised, and what it said no to and why.
    const review = (
      await ceo.client.get<CycleReview>(`/api/v1/cycles/${cycle.id}/review?teamId=${platform.id}`)
    ).body;
    expect(review.team).toEqual({ id: platform.id, name: 'Platform' });
    expect(review.kept.map((k) => k.promise.title)).toEqual(['Single sign-on']);
    expect(review.ended.map((e) => [e.promise.title, e.reason?.code])).toEqual([
      ['Bulk exports', 'capacity'],
    ]);

    // The plan is approved with the draft still in Q1: it is listed as unsettled, not dropped.
    expect(
      (await productLead.client.post(`/api/v1/cycles/${cycle.id}/transitions`, { to: 'active' })).status,
    ).toBe(403);
    expect((await ceo.client.post(`/api/v1/cycles/${cycle.id}/transitions`, { to: 'closed' })).status).toBe(
      409,
    );
    const approved = await ceo.client.post<{ state: string; unsettled: Array<{ id: string }> }>(
      `/api/v1/cycles/${cycle.id}/transitions`,
      { to: 'active' },
    );
    expect(approved.body.state).toBe('active');
    expect(approved.body.unsettled.map((u) => u.id)).toContain(draft.body.id);
    const timeline = (await ceo.client.get<CycleTimeline>(`/api/v1/cycles/${cycle.id}/timeline`)).body;
    expect(timeline.events.map((e) => [e.from, e.to, e.person.id])).toEqual([
      ['planning', 'active', ceo.personId],
    ]);
    expect(timeline.events[0]?.unsettled.map((u) => u.id)).toContain(draft.body.id);
    expect(timeline.milestones.find((m) => m.key === 'approval')?.completedAt).not.toBeNull();
  });

  it('tells dependents when a promise they need is withdrawn, and the dependent when a dependency is declined', async () => {
    const supplier = (await ask(productLead, product, platform, 'Audit log')).body;
    await platformLead.client.post(`/api/v1/promises/${supplier.id}/moves`, {
      act: 'promise',
      version: supplier.version,
    });
    const dependent = (await ask(ceo, leadership, product, 'Compliance report')).body;
    await ceo.client.post('/api/v1/dependencies', {
      promiseId: dependent.id,
      supplierPromiseId: supplier.id,
    });
    await productLead.client.post(`/api/v1/promises/${supplier.id}/moves`, {
      act: 'withdraw',
      version: supplier.version + 1,
      reason: { text: 'Re-prioritised' },
    });
    const told = (await ceo.client.get<NotificationList>('/api/v1/notifications')).body;
    expect(told.notifications.some((n) => n.kind === 'promise-ended' && n.promiseId === supplier.id)).toBe(
      true,
    );

    const teamDependency = await ceo.client.post<{ id: string }>('/api/v1/dependencies', {
      promiseId: dependent.id,
      supplierTeamId: platform.id,
    });
    await platformLead.client.post(`/api/v1/dependencies/${teamDependency.body.id}/answer`, {
      answer: 'decline',
      reason: 'No capacity',
    });
    const declined = (await ceo.client.get<NotificationList>('/api/v1/notifications')).body;
    const note = declined.notifications.find((n) => n.kind === 'dependency-declined');
    expect(note?.promiseId).toBe(dependent.id);
    expect(declined.unread).toBeGreaterThan(1);
    const read = (await ceo.client.post<NotificationList>(`/api/v1/notifications/${note!.id}/read`)).body;
    expect(read.unread).toBe(declined.unread - 1);
    expect((await productLead.client.post(`/api/v1/notifications/${note!.id}/read`)).status).toBe(404);
    expect((await ceo.client.post<NotificationList>('/api/v1/notifications/read-all')).body.unread).toBe(0);
  });

  it('puts a missed milestone in the inbox and notifications of those who owe it', async () => {
    const later = await createCalendar(ceo, 2033);
    // Sessions of today have long expired by then: ask the services as the lead's session would.
    const platformActor = actorOf(platformLead);
    // Two weeks before 2033-01-01 the drafts are due; on 2032-12-28 they are missed for a team lead.
    t.clock.set('2032-12-28T09:00:00.000Z');
    const inbox = await getInbox(t.ctx, platformActor);
    const cycles = [later.year.id, later.quarter.id];
    const owed = inbox.milestones.filter((m) => cycles.includes(m.cycle.id));
    expect(owed).toContainEqual(
      expect.objectContaining({
        key: 'drafts',
        status: 'missed',
        team: { id: platform.id, name: 'Platform' },
      }),
    );
    // The bell rings when the milestones job runs, not when someone looks.
    const scope = { organizationIds: [platformActor.organizationId] };
    await notifyPlanningMilestones(t.ctx, t.clock.now(), scope);
    const bell = await listNotifications(t.ctx, platformActor);
    expect(
      bell.notifications.some((n) => n.kind === 'milestone-missed' && cycles.includes(n.cycleId ?? '')),
    ).toBe(true);
    await notifyPlanningMilestones(t.ctx, t.clock.now(), scope);
    const again = await listNotifications(t.ctx, platformActor);
    expect(again.notifications.length).toBe(bell.notifications.length);
    // Two days before the drafts are due, the lead is reminded that they are near.
    t.clock.set('2032-12-16T09:00:00.000Z');
    await notifyPlanningMilestones(t.ctx, t.clock.now(), scope);
    const near = await listNotifications(t.ctx, platformActor);
    expect(
      near.notifications.some((n) => n.kind === 'milestone-near' && cycles.includes(n.cycleId ?? '')),
    ).toBe(true);
    t.clock.reset();
    const ceoInbox = (await ceo.client.get<Inbox>('/api/v1/inbox')).body;
    expect(Array.isArray(ceoInbox.milestones)).toBe(true);
  });

  it('refuses bad round-trip input clearly', async () => {
    const bad: Array<[Promise<{ status: number; body: unknown }>, number]> = [
      [ceo.client.put('/api/v1/settings/planning', { directionWeeksBefore: 1, draftsWeeksBefore: 3 }), 400],
      [
        productLead.client.put('/api/v1/settings/planning', {
          directionWeeksBefore: 6,
          draftsWeeksBefore: 3,
        }),
        403,
      ],
      [outsider.client.put(`/api/v1/teams/${platform.id}/capacity`, { cycleId: cycle.id, amount: 3 }), 403],
      [ceo.client.put(`/api/v1/teams/${platform.id}/capacity`, { cycleId: cycle.id, amount: -1 }), 400],
      [ceo.client.post(`/api/v1/cycles/${cycle.id}/transitions`, { to: 'someday' }), 400],
      [ceo.client.get('/api/v1/cycles/nope/board'), 404],
      [ceo.client.get(`/api/v1/cycles/${cycle.id}/board?limit=0`), 400],
      [ceo.client.get(`/api/v1/cycles/${cycle.id}/board?perColumn=51`), 400],
      [ceo.client.get(`/api/v1/cycles/${cycle.id}/board?offset=-1`), 400],
      [ceo.client.get(`/api/v1/cycles/${cycle.id}/board?q=${'x'.repeat(121)}`), 400],
      [ceo.client.post('/api/v1/questions/nope/answer', { text: 'x' }), 404],
    ];
    for (const [response, status] of bad) {
      const settled = await response;
      expect(settled.status).toBe(status);
      expect((settled.body as ErrorResponse).error.message.length).toBeGreaterThan(5);
    }
    const settings = await ceo.client.put('/api/v1/settings/planning', {
      directionWeeksBefore: 6,
      draftsWeeksBefore: 3,
    });
    expect(settings.body).toEqual({ directionWeeksBefore: 6, draftsWeeksBefore: 3 });
    const moved = (await ceo.client.get<CycleTimeline>(`/api/v1/cycles/${cycle.id}/timeline`)).body;
    expect(moved.milestones.map((m) => [m.key, m.due])).toEqual([
      ['direction', '2030-11-20'],
      ['drafts', '2030-12-11'],
      ['approval', '2031-01-01'],
    ]);
    await ceo.client.put('/api/v1/settings/planning', { directionWeeksBefore: 4, draftsWeeksBefore: 2 });
  });
});
