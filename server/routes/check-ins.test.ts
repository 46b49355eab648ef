import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../contract/assessments.js';
import type { CheckIn, Progress } from '../../contract/check-ins.js';
import type { ErrorResponse } from '../../contract/common.js';
import type { CycleReview } from '../../contract/cycle-review.js';
import type { Dashboard } from '../../contract/dashboard.js';
import type { Inbox } from '../../contract/inbox.js';
import type { PromiseDetail } from '../../contract/promises.js';
import { getDashboard } from '../services/dashboard.js';
import { getInbox } from '../services/inbox.js';
import {
  actorOf,
  addMember,
  type Calendar,
  createCalendar,
  keptPromise,
  promiseIn,
  type SignedIn,
  signUpOwner,
} from '../test/factories.js';
import { createTestApp, type TestApp, testEngines } from '../test/harness.js';

/** Two weeks before the quarter (FY2027-Q1) begins: sessions made now last until 2027-01-13. */
const TODAY = '2026-12-14T09:00:00.000Z';

describe.each(testEngines())('key results, check-ins and assessment on %s', (engine) => {
  let t: TestApp;
  let customer: SignedIn;
  let performer: SignedIn;
  let bystander: SignedIn;
  let calendar: Calendar;

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.clock.set(TODAY);
    customer = await signUpOwner(t.app, 'kr-customer');
    performer = await addMember(t.app, customer, 'member', 'kr-performer');
    bystander = await addMember(t.app, customer, 'member', 'kr-bystander');
    calendar = await createCalendar(customer);
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.set(TODAY));

  const promised = async (): Promise<PromiseDetail> =>
    (await keptPromise({ customer, performer, cycle: calendar.quarter })).promise;
  const ids = (promise: PromiseDetail) => promise.terms.conditions.map((c) => c.id);
  const checkIn = (who: SignedIn, id: string, body: Record<string, unknown>) =>
    who.client.post<CheckIn & ErrorResponse>(`/api/v1/promises/${id}/check-ins`, body);

  it('scores key results from check-ins, weighted, with the values over time', async () => {
    const promise = await promised();
    const [signups, cost, pricing] = ids(promise);
    const fresh = (await customer.client.get<Progress>(`/api/v1/promises/${promise.id}/progress`)).body;
    expect(fresh.score).toBe(0);
    expect(fresh.keyResults).toHaveLength(3);

    const first = await checkIn(performer, promise.id, {
      values: [
        { conditionId: signups, value: '40' },
        { conditionId: cost, value: '900.50' },
      ],
      confidence: 6,
      status: 'at-risk',
      note: 'Ads are slow',
      blockers: 'Waiting on legal',
    });
    expect(first.status).toBe(201);
    expect(first.body.values).toEqual(
      expect.arrayContaining([{ conditionId: cost, value: '900.50', done: null }]),
    );
    await checkIn(performer, promise.id, {
      values: [
        { conditionId: signups, value: '70' },
        { conditionId: pricing, done: true },
      ],
      confidence: 8,
      status: 'on-track',
    });

    const progress = (await customer.client.get<Progress>(`/api/v1/promises/${promise.id}/progress`)).body;
    const bySignups = progress.keyResults.find((k) => k.conditionId === signups)!;
    expect(bySignups.series.map((s) => s.value)).toEqual(['40', '70']);
    expect(bySignups.progress).toBeCloseTo(0.7);
    const byCost = progress.keyResults.find((k) => k.conditionId === cost)!;
    expect(byCost.current).toBe('900.50');
    expect(byCost.progress).toBeCloseTo(0.4975);
    // Weighted mean: (0.7 * 1 + 0.4975 * 2 + 1 * 1) / 4
    expect(progress.score).toBeCloseTo((0.7 + 0.4975 * 2 + 1) / 4);
    expect(progress.confidence.map((c) => [c.confidence, c.status])).toEqual([
      [6, 'at-risk'],
      [8, 'on-track'],
    ]);
    const summary = (await customer.client.get<PromiseDetail>(`/api/v1/promises/${promise.id}`)).body;
    expect(summary).toMatchObject({ checkInStatus: 'on-track', isStale: false });
    expect(summary.score).toBeCloseTo(progress.score!);
  });

  it('refuses bad check-ins clearly and stores nothing', async () => {
    const promise = await promised();
    const [signups, , pricing, plain] = ids(promise);
    const cases: Array<[SignedIn, Record<string, unknown>, number]> = [
      [performer, { values: [{ conditionId: signups, value: 12 }], confidence: 5, status: 'on-track' }, 400],
      [
        performer,
        { values: [{ conditionId: signups, value: '1e5' }], confidence: 5, status: 'on-track' },
        400,
      ],
      [performer, { values: [], confidence: 11, status: 'on-track' }, 400],
      [performer, { values: [], confidence: 5, status: 'fine' }, 400],
      [performer, { values: [{ conditionId: pricing, value: '3' }], confidence: 5, status: 'on-track' }, 400],
      [performer, { values: [{ conditionId: plain, value: '3' }], confidence: 5, status: 'on-track' }, 400],
      [performer, { values: [{ conditionId: 'nope', value: '3' }], confidence: 5, status: 'on-track' }, 400],
      [bystander, { values: [{ conditionId: signups, value: '3' }], confidence: 5, status: 'on-track' }, 403],
      [customer, { values: [{ conditionId: signups, value: '3' }], confidence: 5, status: 'on-track' }, 403],
    ];
    for (const [who, body, status] of cases) {
      const response = await checkIn(who, promise.id, body);
      expect({ body, status: response.status }).toEqual({ body, status });
      expect(response.body.error.message.length).toBeGreaterThan(5);
    }
    const list = await customer.client.get<{ checkIns: CheckIn[] }>(
      `/api/v1/promises/${promise.id}/check-ins`,
    );
    expect(list.body.checkIns).toEqual([]);
  });

  it('refuses a check-in on a promise that is not being kept', async () => {
    const promise = await promiseIn('satisfied', { customer, performer, cycle: calendar.quarter });
    const response = await checkIn(performer, promise.id, { values: [], confidence: 5, status: 'on-track' });
    expect(response.status).toBe(409);
    expect(response.body.error.message).toMatch(/satisfied/);
  });

  it('lets the customer answer a check-in, which the performer sees in the inbox', async () => {
    const promise = await promised();
    const made = await checkIn(performer, promise.id, {
      values: [],
      confidence: 4,
      status: 'off-track',
      blockers: 'No budget',
    });
    const customerInbox = (await customer.client.get<Inbox>('/api/v1/inbox')).body;
    expect(customerInbox.awaitingMe.some((i) => i.kind === 'check-in' && i.promise.id === promise.id)).toBe(
      true,
    );
    expect(
      (await performer.client.post(`/api/v1/check-ins/${made.body.id}/answers`, { kind: 'acknowledge' }))
        .status,
    ).toBe(403);
    const wordless = await customer.client.post<ErrorResponse>(`/api/v1/check-ins/${made.body.id}/answers`, {
      kind: 'comment',
      text: '  ',
    });
    expect(wordless.status).toBe(400);
    expect(wordless.body.error).toMatchObject({
      code: 'validation_failed',
      message: 'body: text cannot be empty for a comment or an offer of help',
    });
    const answered = await customer.client.post<CheckIn>(`/api/v1/check-ins/${made.body.id}/answers`, {
      kind: 'offer-help',
      text: 'I will find budget',
    });
    expect(answered.status).toBe(201);
    expect(answered.body.answers.map((a) => [a.kind, a.text])).toEqual([
      ['offer-help', 'I will find budget'],
    ]);
    const performerInbox = (await performer.client.get<Inbox>('/api/v1/inbox')).body;
    expect(
      performerInbox.awaitingMe.some((i) => i.kind === 'check-in-answer' && i.promise.id === promise.id),
    ).toBe(true);
    const after = (await customer.client.get<Inbox>('/api/v1/inbox')).body;
    expect(after.awaitingMe.some((i) => i.kind === 'check-in' && i.promise.id === promise.id)).toBe(false);
  });

  it('marks a promise stale when its cadence passes without a check-in', async () => {
    const promise = await promised();
    const actor = actorOf(performer);
    // Check-ins fall due weekly from the start of the cycle (2027-01-01): by the 10th one is overdue.
    const later = '2027-01-10T00:00:00.000Z';
    t.clock.set(later);
    const inbox = await getInbox(t.ctx, actor);
    const stale = inbox.awaitingMe.find((i) => i.kind === 'stale' && i.promise.id === promise.id);
    expect(stale?.promise.isStale).toBe(true);
    t.clock.set(TODAY);
    const now = await getInbox(t.ctx, actor);
    expect(now.awaitingMe.some((i) => i.kind === 'stale' && i.promise.id === promise.id)).toBe(false);

    // A monthly cadence gives the performer until the end of January: no longer stale on the 10th.
    const monthly = await customer.client.patch(`/api/v1/cycles/${calendar.quarter.id}`, {
      checkInCadence: 'monthly',
    });
    expect(monthly.body).toMatchObject({ checkInCadence: 'monthly' });
    t.clock.set(later);
    const relaxed = await getInbox(t.ctx, actor);
    expect(relaxed.awaitingMe.some((i) => i.kind === 'stale' && i.promise.id === promise.id)).toBe(false);
    expect(
      (await performer.client.patch(`/api/v1/cycles/${calendar.quarter.id}`, { checkInCadence: 'weekly' }))
        .status,
    ).toBe(403);
    await customer.client.patch(`/api/v1/cycles/${calendar.quarter.id}`, { checkInCadence: 'weekly' });
  });

  it('keeps the assessment: final values and scores, satisfaction, and both retrospectives', async () => {
    const promise = await promised();
    const [signups] = ids(promise);
    await checkIn(performer, promise.id, {
      values: [{ conditionId: signups, value: '100' }],
      confidence: 9,
      status: 'on-track',
    });
    await performer.client.post(`/api/v1/promises/${promise.id}/moves`, {
      act: 'report-complete',
      version: promise.version,
    });
    const empty = await customer.client.post<ErrorResponse>(`/api/v1/promises/${promise.id}/retrospectives`, {
      wentWell: ' ',
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error).toMatchObject({
      code: 'validation_failed',
      message: 'body: body write what went well, what to change, or both',
    });
    await customer.client.post(`/api/v1/promises/${promise.id}/moves`, {
      act: 'declare-satisfied',
      version: promise.version + 1,
      text: 'Signups hit the target',
    });
    await customer.client.post(`/api/v1/promises/${promise.id}/retrospectives`, {
      wentWell: 'Clear target',
      toChange: '',
    });
    const written = await performer.client.post<Assessment>(`/api/v1/promises/${promise.id}/retrospectives`, {
      wentWell: 'Ads worked',
      toChange: 'Start cost work earlier',
    });
    expect(written.status).toBe(201);
    expect(
      (await bystander.client.post(`/api/v1/promises/${promise.id}/retrospectives`, { wentWell: 'x' }))
        .status,
    ).toBe(403);
    const assessment = (await customer.client.get<Assessment>(`/api/v1/promises/${promise.id}/assessment`))
      .body;
    expect(assessment.satisfaction).toMatchObject({ satisfied: true, note: 'Signups hit the target' });
    expect(assessment.satisfaction?.keyResults.find((k) => k.conditionId === signups)).toMatchObject({
      final: '100',
      score: 1,
    });
    expect(assessment.retrospectives.map((r) => r.side)).toEqual(['customer', 'performer']);

    const review = (await customer.client.get<CycleReview>(`/api/v1/cycles/${calendar.year.id}/review`)).body;
    const entry = review.kept.find((k) => k.promise.id === promise.id);
    expect(entry?.satisfaction?.satisfied).toBe(true);
    expect(entry?.retrospectives).toHaveLength(2);
  });

  it('lists what was declined in the review, with the reason', async () => {
    const opened = await customer.client.post<PromiseDetail>('/api/v1/promises', {
      cycleId: calendar.quarter.id,
      customer: { type: 'person', id: customer.personId },
      performers: [{ type: 'person', id: performer.personId }],
      title: 'Too much this quarter',
      dueDate: calendar.quarter.endDate,
      open: 'request',
    });
    await performer.client.post(`/api/v1/promises/${opened.body.id}/moves`, {
      act: 'decline',
      version: opened.body.version,
      reason: { code: 'capacity', text: 'Full' },
    });
    const review = (await customer.client.get<CycleReview>(`/api/v1/cycles/${calendar.quarter.id}/review`))
      .body;
    expect(review.ended.find((e) => e.promise.id === opened.body.id)?.reason).toEqual({
      code: 'capacity',
      text: 'Full',
    });
  });

  it('negotiates key results as terms: changing one once promised is a renegotiation', async () => {
    const promise = await promised();
    const [signups, cost, pricing, plain] = promise.terms.conditions;
    const reopened = await performer.client.post<PromiseDetail>(`/api/v1/promises/${promise.id}/moves`, {
      act: 'renegotiate',
      version: promise.version,
      changes: {
        conditions: [
          { ...signups, keyResult: { ...signups!.keyResult, target: '80' } },
          cost,
          pricing,
          plain,
        ],
      },
    });
    expect(reopened.status).toBe(201);
    expect(reopened.body.phase).toBe('negotiate');
    expect(reopened.body.proposal?.differences).toEqual([
      expect.objectContaining({ field: 'conditions', change: 'changed', conditionId: signups!.id }),
    ]);
    const badTarget = await performer.client.post<ErrorResponse>(`/api/v1/promises/${promise.id}/moves`, {
      act: 'counter',
      version: reopened.body.version,
      changes: {
        conditions: [
          {
            text: 'Broken',
            keyResult: {
              kind: 'metric',
              unitKind: 'currency',
              unit: '',
              start: '1',
              direction: 'increase',
              target: '2',
            },
          },
        ],
      },
    });
    expect(badTarget.status).toBe(400);
  });

  it('shows a dashboard of the cycle, a team or a person, with progress over time', async () => {
    const promise = await promised();
    await checkIn(performer, promise.id, { values: [], confidence: 3, status: 'at-risk' });
    const dashboard = (
      await customer.client.get<Dashboard>(`/api/v1/dashboard?cycleId=${calendar.quarter.id}`)
    ).body;
    expect(dashboard.cycle?.id).toBe(calendar.quarter.id);
    expect(dashboard.byPhase.execute).toBeGreaterThan(0);
    expect(dashboard.atRisk.map((p) => p.id)).toContain(promise.id);
    // The quarter has not begun: there is no progress over time to show yet.
    expect(dashboard.progressOverTime).toEqual([]);

    // In March the sessions of December have expired: ask the service as the customer's session would.
    const actor = actorOf(customer);
    t.clock.set('2027-03-01T12:00:00.000Z');
    // Without a cycle, the dashboard takes the shortest one running: the quarter, not its year.
    const defaulted = await getDashboard(t.ctx, actor, {});
    expect(defaulted.cycle?.id).toBe(calendar.quarter.id);
    const march = await getDashboard(t.ctx, actor, { cycleId: calendar.quarter.id });
    expect(march.progressOverTime[0]?.date).toBe(calendar.quarter.startDate);
    // A point a week, and today's.
    expect(march.progressOverTime.at(-2)?.date).toBe('2027-02-26');
    expect(march.progressOverTime.at(-1)?.date).toBe('2027-03-01');
    expect(march.progressOverTime).toHaveLength(10);
    t.clock.set(TODAY);
    const mine = (
      await customer.client.get<Dashboard>(
        `/api/v1/dashboard?cycleId=${calendar.quarter.id}&personId=${bystander.personId}`,
      )
    ).body;
    expect(mine.atRisk).toEqual([]);
    expect((await customer.client.get('/api/v1/dashboard?teamId=nope')).status).toBe(404);
  });
});
