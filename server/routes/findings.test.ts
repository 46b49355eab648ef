import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Dependency } from '../../contract/alignment.js';
import type { FindingList, FindingView } from '../../contract/findings.js';
import type { Inbox } from '../../contract/inbox.js';
import type { PromiseDetail } from '../../contract/promises.js';
import { trackFindings } from '../jobs/track-findings.js';
import {
  addMember,
  type Calendar,
  createCalendar,
  keptPromise,
  promiseIn,
  type SignedIn,
  signUpOwner,
} from '../test/factories.js';
import { createTestApp, type TestApp, testEngines } from '../test/harness.js';

/**
 * The strategy debugger over HTTP: one organization builds several kinds of finding on purpose, and
 * the endpoint reports exactly those, routes them to their parties, forgets them once the suggested
 * move is made, and keeps dismissals. Its cycles are in 2028, so no planning deadline has passed.
 */
const SET_UP_AT = '2026-12-10T09:00:00.000Z';

describe.each(testEngines())('the strategy debugger on %s', (engine) => {
  let t: TestApp;
  let ceo: SignedIn;
  let cto: SignedIn;
  let engineer: SignedIn;
  let calendar: Calendar;
  let year: PromiseDetail;
  let checkout: PromiseDetail;
  let api: PromiseDetail;
  let dependency: Dependency;

  beforeAll(async () => {
    // Findings are recomputed after each change, as a server does, and read once that pass is done.
    t = await createTestApp(engine, { findingsDelayMs: 0 });
    t.clock.set(SET_UP_AT);
    ceo = await signUpOwner(t.app, 'ceo');
    cto = await addMember(t.app, ceo, 'member', 'cto');
    engineer = await addMember(t.app, ceo, 'member', 'engineer');
    calendar = await createCalendar(ceo, 2028);
    year = await promiseIn('promised', {
      customer: ceo,
      performer: cto,
      cycle: calendar.year,
      body: { title: 'Modern stack' },
    });
    checkout = await promiseIn('promised', {
      customer: ceo,
      performer: cto,
      cycle: calendar.quarter,
      body: { title: 'Faster checkout', dueDate: '2028-02-28' },
    });
    api = await promiseIn('promised', {
      customer: cto,
      performer: engineer,
      cycle: calendar.quarter,
      body: { title: 'Payments API' },
    });
    const linked = await cto.client.post('/api/v1/contributions', {
      fromPromiseId: checkout.id,
      toPromiseId: year.id,
    });
    expect(linked.status).toBe(201);
    const depended = await cto.client.post<Dependency>('/api/v1/dependencies', {
      promiseId: checkout.id,
      supplierPromiseId: api.id,
    });
    expect(depended.status).toBe(201);
    dependency = depended.body;
    await settled();
  });
  afterEach(() => t.clock.reset());
  afterAll(() => t.close());

  const settled = async () => {
    if (!t.app.findingsRefresher) throw new Error('the findings refresher is off');
    await t.app.findingsRefresher.idle();
  };
  const list = async (by: SignedIn, query = '') => {
    const response = await by.client.get<FindingList>(`/api/v1/findings${query}`);
    expect(response.status).toBe(200);
    return response.body;
  };
  const keys = (page: FindingList) => page.findings.map((f) => f.key).sort();
  const codes = (page: FindingList) => page.findings.map((f) => f.code).sort();
  const keyOf = async (code: string) => {
    const [finding] = (await list(ceo, `?code=${code}`)).findings;
    if (!finding) throw new Error(`no ${code} finding`);
    return finding.key;
  };
  const path = (key: string) => `/api/v1/findings/${encodeURIComponent(key)}/dismiss`;

  it('reports exactly the findings the plan holds, each with its parties and a next move', async () => {
    const page = await list(ceo);
    expect(keys(page)).toContain(`contributes-to-nothing:${api.id}`);
    expect(keys(page)).toContain(`unacknowledged-dependency:${dependency.id}`);
    expect(codes(page)).toEqual([
      'contributes-to-nothing',
      'supplier-due-after-dependent',
      'unacknowledged-dependency',
    ]);
    // Two ids make this key too long for a path: it is the code and a stable digest instead.
    expect(page.findings.find((f) => f.code === 'supplier-due-after-dependent')?.key).toMatch(
      /^supplier-due-after-dependent:#[0-9a-f]{16}$/,
    );
    expect(keys(await list(ceo))).toEqual(keys(page));
    expect(page.counts).toEqual({
      'contributes-to-nothing': 1,
      'supplier-due-after-dependent': 1,
      'unacknowledged-dependency': 1,
    });
    expect(page.total).toBe(3);
    const late = page.findings.find((f) => f.code === 'supplier-due-after-dependent');
    expect(late).toMatchObject({
      severity: 'problem',
      status: 'open',
      promiseIds: [checkout.id, api.id],
      personIds: [cto.personId, engineer.personId],
      parties: {
        from: [{ type: 'person', id: cto.personId }],
        to: [{ type: 'person', id: engineer.personId }],
      },
      suggestedMove: { act: 'renegotiate', promiseId: api.id },
      canDismiss: false,
    });
    expect(late?.message).toContain('"Faster checkout" is due on 2028-02-28 but depends on "Payments API"');
  });

  it("lists in each person's inbox the open findings they are a party to, cut at the limit with a total", async () => {
    const inbox = await engineer.client.get<Inbox>('/api/v1/inbox?limit=1');
    expect(inbox.status).toBe(200);
    expect(inbox.body.findings).toHaveLength(1);
    expect(inbox.body.totals.findings).toBe(3);
    const ceoInbox = (await ceo.client.get<Inbox>('/api/v1/inbox')).body;
    expect([ceoInbox.findings, ceoInbox.totals.findings]).toEqual([[], 0]);
  });

  it('filters by code, severity, person and cycle (nested cycles included), and pages', async () => {
    expect((await list(ceo, '?code=contributes-to-nothing')).total).toBe(1);
    expect((await list(ceo, '?severity=problem')).total).toBe(1);
    expect((await list(ceo, `?personId=${ceo.personId}`)).total).toBe(0);
    expect((await list(ceo, `?personId=${engineer.personId}`)).total).toBe(3);
    expect((await list(ceo, `?cycleId=${calendar.year.id}`)).total).toBe(3);
    const page = await list(ceo, '?limit=2&offset=2');
    expect([page.findings.length, page.total, page.limit, page.offset]).toEqual([1, 3, 2, 2]);
  });

  it('refuses bad filters and an empty reason with a 400', async () => {
    expect((await ceo.client.get('/api/v1/findings?status=gone')).status).toBe(400);
    expect((await ceo.client.get('/api/v1/findings?limit=0')).status).toBe(400);
    expect((await ceo.client.get('/api/v1/findings?since=yesterday')).status).toBe(400);
    const key = `contributes-to-nothing:${api.id}`;
    expect((await cto.client.post(path(key), { reason: '  ' })).status).toBe(400);
    expect((await list(ceo, '?status=dismissed')).total).toBe(0);
  });

  it('lets one of its parties dismiss a finding with a reason, and undo it; nobody else', async () => {
    const key = `contributes-to-nothing:${api.id}`;
    expect((await ceo.client.post(path(key), { reason: 'Not mine' })).status).toBe(403);
    expect((await cto.client.post(path('contributes-to-nothing:nothing'), { reason: 'x' })).status).toBe(404);
    const dismissed = await cto.client.post<FindingView>(path(key), {
      reason: 'Platform work, linked next week',
    });
    expect(dismissed.status).toBe(200);
    expect(dismissed.body.dismissal).toMatchObject({
      by: cto.personId,
      reason: 'Platform work, linked next week',
    });
    expect((await cto.client.post(path(key), { reason: 'again' })).status).toBe(409);
    expect(keys(await list(ceo))).not.toContain(key);
    expect(keys(await list(ceo, '?status=dismissed'))).toEqual([key]);
    const undone = await engineer.client.request<FindingView>('DELETE', path(key));
    expect(undone.status).toBe(200);
    expect(undone.body.status).toBe('open');
    expect(keys(await list(ceo))).toContain(key);
    expect((await engineer.client.request('DELETE', path(key))).status).toBe(409);
  });

  it('resolves a finding once its suggested move is made, and tells what changed since', async () => {
    // The pass after the set-up saw it first; a pass again at that time changes nothing.
    const opened = new Date(SET_UP_AT);
    await trackFindings(t.ctx, opened, { organizationIds: [ceo.organizationId] });
    const key = `unacknowledged-dependency:${dependency.id}`;
    const finding = (await list(ceo)).findings.find((f) => f.key === key);
    expect(finding?.suggestedMove).toEqual({ act: 'acknowledge', promiseId: checkout.id, prefill: {} });
    // Opened by the pass after the set-up, which the test's clock places just after SET_UP_AT.
    const openedAt = Date.parse(finding?.openedAt ?? '');
    expect(openedAt).toBeGreaterThanOrEqual(opened.getTime());
    expect(openedAt).toBeLessThan(opened.getTime() + 60_000);

    const later = t.clock.set('2026-12-11T09:00:00.000Z');
    const answered = await engineer.client.post(`/api/v1/dependencies/${dependency.id}/answer`, {
      answer: 'acknowledge',
    });
    expect(answered.status).toBe(200);
    await settled();
    expect(keys(await list(ceo))).not.toContain(key);
    await trackFindings(t.ctx, later, { organizationIds: [ceo.organizationId] });
    const resolved = await list(ceo, `?status=resolved&since=${encodeURIComponent(later.toISOString())}`);
    expect(resolved.findings.map((f) => f.key)).toEqual([key]);
    // Resolved by the pass that followed the answer, just after `later`.
    const resolvedAt = Date.parse(resolved.findings[0]?.resolvedAt ?? '');
    expect(resolvedAt - later.getTime()).toBeGreaterThanOrEqual(0);
    expect(resolvedAt - later.getTime()).toBeLessThan(60_000);
    expect(resolved.findings[0]?.resolution).toMatch(/no longer found/i);
    expect((await list(ceo, `?since=${encodeURIComponent(later.toISOString())}`)).total).toBe(0);
    // Opened since the first pass: what it first saw (a finding remembered from before keeps its own time).
    const since = codes(await list(ceo, `?since=${encodeURIComponent(opened.toISOString())}`));
    expect(since).toContain('supplier-due-after-dependent');
    expect(since).not.toContain('unacknowledged-dependency');
  });

  it("never shows another organization's findings, nor lets it dismiss them", async () => {
    const stranger = await signUpOwner(t.app, 'stranger');
    expect((await list(stranger)).total).toBe(0);
    const key = await keyOf('supplier-due-after-dependent');
    expect((await stranger.client.post(path(key), { reason: 'Not ours' })).status).toBe(404);
  });

  it('never names a private draft, to anyone', async () => {
    const draft = await promiseIn('draft', {
      customer: engineer,
      performer: engineer,
      cycle: calendar.quarter,
      body: { title: 'Secret side project' },
    });
    await settled();
    for (const person of [ceo, cto, engineer]) {
      const page = await list(person, '?limit=200');
      expect(page.findings.flatMap((f) => f.promiseIds)).not.toContain(draft.id);
      expect(page.findings.map((f) => f.message).join(' ')).not.toContain('Secret side project');
    }
  });
  it('opens a new finding when a dismissed one changes its situation: the key says the situation', async () => {
    const owner = await signUpOwner(t.app, 'owner');
    const lead = await addMember(t.app, owner, 'member', 'lead');
    const supplier = await addMember(t.app, owner, 'member', 'supplier');
    const cycles = await createCalendar(owner, 2028);
    const dependent = await promiseIn('promised', {
      customer: owner,
      performer: lead,
      cycle: cycles.quarter,
    });
    const { promise: api } = await keptPromise({
      customer: lead,
      performer: supplier,
      cycle: cycles.quarter,
      checkIns: [{ status: 'at-risk', confidence: 4 }],
    });
    const depended = await lead.client.post<Dependency>('/api/v1/dependencies', {
      promiseId: dependent.id,
      supplierPromiseId: api.id,
    });
    await supplier.client.post(`/api/v1/dependencies/${depended.body.id}/answer`, { answer: 'acknowledge' });
    await settled();
    const atRisk = (await list(owner, '?code=risk-from-supplier')).findings;
    expect(atRisk.map((f) => f.severity)).toEqual(['warning']);
    const key = atRisk[0]?.key ?? '';
    expect((await lead.client.post(path(key), { reason: 'They will catch up' })).status).toBe(200);
    expect((await list(owner, '?code=risk-from-supplier')).total).toBe(0);

    const { version } = (await supplier.client.get<PromiseDetail>(`/api/v1/promises/${api.id}`)).body;
    const revoked = await supplier.client.post(`/api/v1/promises/${api.id}/moves`, {
      act: 'revoke',
      version,
      reason: { text: 'The team was split' },
    });
    expect(revoked.status).toBe(201);
    await settled();
    const reopened = (await list(owner, '?code=risk-from-supplier')).findings;
    expect(reopened.map((f) => [f.severity, f.status, f.key === key])).toEqual([['problem', 'open', false]]);
    expect(reopened[0]?.message).toContain('was revoked by its performer');
    expect(
      (await list(owner, '?status=resolved&code=risk-from-supplier')).findings.map((f) => f.key),
    ).toEqual([key]);
  });
});
