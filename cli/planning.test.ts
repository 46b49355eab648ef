import { describe, expect, it } from 'vitest';
import type { TeamCapacity } from '../contract/capacity.js';
import type { MovedCycle } from '../contract/cycles.js';
import type { PromiseReviews } from '../contract/draft-reviews.js';
import type { MoveBody, PromiseDetail, PromiseList } from '../contract/promises.js';
import { createCalendar, createOrganization, type SignedIn } from '../server/test/factories.js';
import { testEngines } from '../server/test/harness.js';
import type { CycleOverview } from './planning-text.js';
import { cliServer } from './test/server.js';
import { printedId, rowWith, type Terminal } from './test/terminal.js';

/** Far enough ahead that every milestone of the quarter is still upcoming. */
const YEAR = 2035;
const QUARTER = `FY${YEAR}-Q1`;

/** The lines of the section under `heading`, up to the next blank line. */
function section(stdout: string, heading: string): string {
  const start = stdout.indexOf(`\n${heading}\n`);
  if (start === -1) throw new Error(`no ${heading} in:\n${stdout}`);
  return (stdout.slice(start + heading.length + 2).split('\n\n')[0] ?? '').trimEnd();
}

describe.each(testEngines())('planning from the command line, against a server on %s', (engine) => {
  // The board shows the findings the server recorded after each change, as in production.
  const server = cliServer(engine, { findingsDelayMs: 0 });

  /**
   * An organization planning FY2035-Q1: its owner leads Leadership and Product, one member leads
   * Platform and another Design. Each person sits at their own terminal.
   */
  async function planningOrganization() {
    const { owner, people, teams } = await createOrganization(server.app, {
      people: { platform: 'member', design: 'member' },
      teams: {
        Leadership: { leads: ['owner'], isLeadership: true },
        Product: { leads: ['owner'] },
        Platform: { leads: ['platform'] },
        Design: { leads: ['design'] },
      },
    });
    const { platform: platformLead, design: designLead } = people;
    await createCalendar(owner, YEAR);
    return {
      teams: {
        leadership: teams.Leadership,
        product: teams.Product,
        platform: teams.Platform,
        design: teams.Design,
      },
      owner: await server.atTerminal(owner),
      platformLead: await server.atTerminal(platformLead),
      designLead: await server.atTerminal(designLead),
    };
  }

  async function askPlatform(customer: Terminal, title: string, ...more: string[]): Promise<string> {
    const asked = await customer.accord('ask', 'Platform', '--cycle', QUARTER, '--title', title, ...more);
    expect(asked.stderr).toBe('');
    expect(asked.code).toBe(0);
    return printedId(asked.stdout);
  }

  /** The performer's promise through the API, as the team lead would click it. */
  async function answer(lead: SignedIn, id: string, move: Omit<MoveBody, 'version'>) {
    const { version } = (await lead.client.get<PromiseDetail>(`/api/v1/promises/${id}`)).body;
    const moved = await lead.client.post<PromiseDetail>(`/api/v1/promises/${id}/moves`, { ...move, version });
    expect(moved.status).toBe(201);
  }

  it('asks a team, sets its capacity, and shows what the team said no to for capacity', async () => {
    const { owner, platformLead, teams } = await planningOrganization();

    const asked = await owner.accord(
      'ask',
      'Platform',
      '--cycle',
      QUARTER,
      '--title',
      'Single sign-on',
      '--condition',
      'SAML with Okta',
    );
    expect(asked.code).toBe(0);
    expect(asked.stdout).toContain("You asked Platform for 'Single sign-on'.");
    expect(asked.stdout).toMatch(/Status +requested, awaiting the performer: Platform \(team\)/);
    expect(asked.stdout).toMatch(/Due +2035-03-31/);
    const sso = printedId(asked.stdout);
    const exports = await askPlatform(owner, 'Bulk exports', '--from', 'team:product', '--due', '2035-03-15');
    const fromProduct: PromiseDetail = JSON.parse(
      (await owner.accord('promises', 'show', exports, '--json')).stdout,
    );
    expect(fromProduct).toMatchObject({
      customer: { type: 'team', id: teams.product.id },
      performers: [{ type: 'team', id: teams.platform.id }],
      dueDate: '2035-03-15',
    });

    const set = await platformLead.accord('capacity', 'Platform', '--cycle', QUARTER, '1');
    expect(set.stderr).toBe('');
    expect(set.code).toBe(0);
    expect(set.stdout.split('\n')[0]).toBe(`Platform can take 1 promise in ${QUARTER}.`);
    expect(set.stdout).toMatch(/Load +0\/1 promises \(\+2 pending\)/);
    expect(set.stdout).toContain('Accepting every pending ask would put Platform over capacity.');
    expect(set.stdout).toContain(`Platform has said no to nothing in ${QUARTER}.`);

    await platformLead.accord('move', sso, 'promise');
    const declined = await platformLead.accord(
      'move',
      exports,
      'decline',
      '--reason',
      'Single sign-on takes the quarter',
      '--reason-code',
      'capacity',
    );
    expect(declined.code).toBe(0);

    const shown = await owner.accord('capacity', 'team:Platform', '--cycle', QUARTER);
    expect(shown.code).toBe(0);
    expect(shown.stdout.split('\n')[0]).toBe(`Platform in ${QUARTER}`);
    expect(shown.stdout).toMatch(/Capacity +1 promise\n/);
    expect(shown.stdout).toMatch(/Load +1\/1 promises\n/);
    const saidNo = section(shown.stdout, 'Said no to');
    expect(saidNo.split('\n')[0]).toMatch(/^ +TITLE +ASKED BY +REASON +ID$/);
    expect(rowWith(saidNo, 'Bulk exports')).toEqual([
      'Bulk exports',
      'Product',
      'capacity: Single sign-on takes the quarter',
      exports,
    ]);

    const json: TeamCapacity = JSON.parse(
      (await owner.accord('capacity', teams.platform.id, '--cycle', QUARTER, '--json')).stdout,
    );
    expect(json).toMatchObject({
      capacity: { unit: 'promises', amount: 1 },
      load: { accepted: 1, pending: 0 },
    });
    expect(json.declined.map((promise) => [promise.title, promise.reason])).toEqual([
      ['Bulk exports', { code: 'capacity', text: 'Single sign-on takes the quarter' }],
    ]);

    const points = await platformLead.accord('capacity', 'Platform', '--cycle', QUARTER, '12.5', '--points');
    expect(points.code).toBe(0);
    expect(points.stdout.split('\n')[0]).toBe(`Platform can take 12.5 points in ${QUARTER}.`);
    expect(points.stdout).toMatch(/Load +0\/12.5 points\n/);
  });

  it('shares an ask for review, and shows the reviewers, the open questions and the round trip', async () => {
    const { owner, designLead } = await planningOrganization();
    const id = await askPlatform(owner, 'Single sign-on');

    const none = await owner.accord('review', 'show', id);
    expect(none.code).toBe(0);
    expect(none.stdout.split('\n')[0]).toBe("Reviews of 'Single sign-on'");
    expect(none.stdout).toContain('Round trip  not started: nobody has been asked to review it');

    const requested = await owner.accord('review', 'request', id, '--team', 'Design');
    expect(requested.stderr).toBe('');
    expect(requested.code).toBe(0);
    expect(requested.stdout.split('\n')[0]).toBe(
      "You asked Design (team) to review 'Single sign-on' as peer.",
    );
    expect(requested.stdout).toContain('Round trip  not complete: 1 review pending, 0 open questions');
    expect(rowWith(section(requested.stdout, 'Reviewers'), 'Design')).toEqual([
      'Design (team)',
      'peer',
      expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d UTC$/),
      'not yet',
    ]);

    const byPerson = await owner.accord(
      'review',
      'request',
      id,
      '--person',
      designLead.email,
      '--role',
      'consumer',
    );
    expect(byPerson.code).toBe(0);
    expect(byPerson.stdout).toContain("You asked design person to review 'Single sign-on' as consumer.");

    const asked = await designLead.client.post<PromiseReviews>(`/api/v1/promises/${id}/questions`, {
      text: 'Which identity providers first?',
    });
    expect(asked.status).toBe(201);
    const open = await designLead.accord('review', 'show', id);
    expect(open.stdout).toContain('Round trip  not complete: 2 reviews pending, 1 open question');
    expect(rowWith(section(open.stdout, 'Open questions'), 'Which identity')).toEqual([
      'Which identity providers first?',
      'design person',
      '(unanswered)',
    ]);

    const [question] = asked.body.questions;
    await owner.client.post(`/api/v1/questions/${question!.id}/answer`, { text: 'Okta, then Azure AD' });
    await designLead.client.post(`/api/v1/questions/${question!.id}/resolve`);
    for (const request of asked.body.requests) {
      expect((await designLead.client.post(`/api/v1/reviews/${request.id}/complete`)).status).toBe(200);
    }
    const done = await owner.accord('review', 'show', id);
    expect(done.stdout).toContain('Round trip  complete: reviewed by peer, consumer');
    expect(section(done.stdout, 'Open questions').trim()).toBe('None.');
    const json: PromiseReviews = JSON.parse((await owner.accord('review', 'show', id, '--json')).stdout);
    expect(json.roundTrip).toEqual({
      isComplete: true,
      reviewedBy: ['peer', 'consumer'],
      pendingReviews: 0,
      openQuestions: 0,
    });
  });

  it('shows the cycle: its dates, milestones, every team on the board and the findings', async () => {
    const { owner, platformLead, teams } = await planningOrganization();
    const first = await askPlatform(owner, 'Single sign-on');
    const second = await askPlatform(owner, 'Audit log');
    await askPlatform(owner, 'Bulk exports', '--from', 'team:Product');
    await platformLead.accord('capacity', 'Platform', '--cycle', QUARTER, '1');
    await answer(platformLead, first, { act: 'promise' });
    await answer(platformLead, second, { act: 'promise' });
    await server.app.findingsRefresher?.idle();

    const shown = await owner.accord('cycle', 'show', QUARTER);
    expect(shown.stderr).toBe('');
    expect(shown.code).toBe(0);
    const lines = shown.stdout.split('\n');
    expect(lines[0]).toBe(QUARTER);
    expect(shown.stdout).toMatch(/Dates +2035-01-01 to 2035-03-31\n/);
    expect(shown.stdout).toMatch(/State +planning\n/);
    expect(shown.stdout).toMatch(/Direction +not published yet\n/);
    const timeline = section(shown.stdout, 'Timeline');
    expect(timeline.split('\n').map((line) => line.trim().split(/ {2,}/))).toEqual([
      ['MILESTONE', 'DUE', 'STATUS', 'WHAT'],
      ['direction', '2034-12-04', 'upcoming', 'leadership publishes the direction'],
      ['drafts', '2034-12-18', 'upcoming', 'every team shares its drafts'],
      ['approval', '2035-01-01', 'upcoming', 'the plan is approved'],
    ]);

    const board = section(shown.stdout, 'Teams');
    expect(board.split('\n')[0]).toMatch(
      /^ +TEAM +DRAFTS +PROPOSED +AGREED +DECLINED +UNREVIEWED +UNANSWERED +LOAD\/CAPACITY +LATE$/,
    );
    expect(rowWith(board, 'Platform')).toEqual([
      'Platform',
      '0',
      '1',
      '2',
      '0',
      '1',
      '1',
      '2/1 promises (+1 pending)',
    ]);
    expect(rowWith(board, 'Product')).toEqual([
      'Product',
      '0',
      '1',
      '0',
      '0',
      '1',
      '0',
      '0 accepted, no capacity set',
    ]);
    expect(rowWith(board, 'Leadership')[0]).toBe('Leadership (leadership)');
    expect(rowWith(board, 'Design')).toEqual([
      'Design',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0 accepted, no capacity set',
    ]);
    expect(rowWith(section(shown.stdout, 'Asks awaiting an answer'), 'Bulk exports')).toEqual([
      'Platform',
      'Bulk exports',
      'Product',
      expect.any(String),
    ]);
    // As the strategy debugger recorded it.
    expect(section(shown.stdout, 'Findings')).toMatch(
      /^ +problem +Platform has accepted 2 promises in \S+ \(and 1 more promise pending\), over its capacity of 1\./,
    );

    const json: CycleOverview = JSON.parse((await owner.accord('cycle', 'show', QUARTER, '--json')).stdout);
    expect(json.timeline.milestones.map((milestone) => milestone.key)).toEqual([
      'direction',
      'drafts',
      'approval',
    ]);
    expect(json.board.teams.map((row) => row.team.id)).toContain(teams.platform.id);
    expect(json.board.cycle).toMatchObject({ name: QUARTER, state: 'planning' });

    // As of a moment before the first ask was promised, nothing was agreed yet.
    const promisedAt = json.board.teams
      .find((row) => row.team.id === teams.platform.id)!
      .agreed.promises.map((p) => p.updatedAt)
      .sort()[0]!;
    const before = new Date(Date.parse(promisedAt) - 1).toISOString();
    const then = await owner.accord('cycle', 'show', QUARTER, '--at', before);
    expect(then.stderr).toBe('');
    expect(then.stdout.split('\n')[0]).toBe(`As it stood at ${before}`);
    const thenJson: CycleOverview = JSON.parse(
      (await owner.accord('cycle', 'show', QUARTER, '--at', before, '--json')).stdout,
    );
    const platformThen = thenJson.board.teams.find((row) => row.team.id === teams.platform.id)!;
    expect(platformThen.agreed).toEqual({ total: 0, promises: [] });
    expect(platformThen.proposed.promises.map((p) => p.title)).toContain('Single sign-on');

    // A team filter: only the teams whose name holds it, the page counted.
    const platformOnly = await owner.accord('cycle', 'show', QUARTER, '--team', 'platf', '--json');
    const filtered: CycleOverview = JSON.parse(platformOnly.stdout);
    expect(filtered.board.teams.map((row) => row.team.id)).toEqual([teams.platform.id]);
    expect(filtered.board.total).toBe(1);
    const firstPage = await owner.accord('cycle', 'show', QUARTER, '--limit', '1');
    expect(firstPage.stdout).toContain('Run again with --offset 1 for the next ones.');
  });

  it('approves the plan, listing the unsettled promises, then moves the cycle on', async () => {
    const { owner, platformLead } = await planningOrganization();
    const settled = await askPlatform(owner, 'Single sign-on');
    const unsettled = await askPlatform(owner, 'Bulk exports');
    await answer(platformLead, settled, { act: 'promise' });

    const notAllowed = await platformLead.accord('cycle', 'move', QUARTER, '--to', 'active');
    expect(notAllowed.code).toBe(1);
    expect(notAllowed.stderr).toMatch(/^accord: .+/);
    const skipping = await owner.accord('cycle', 'move', QUARTER, '--to', 'closed');
    expect(skipping.code).toBe(1);
    expect(skipping.stderr).toContain('cannot skip to closed');

    const approved = await owner.accord('cycle', 'move', QUARTER, '--to', 'active');
    expect(approved.stderr).toBe('');
    expect(approved.code).toBe(0);
    expect(approved.stdout.split('\n')[0]).toBe(`${QUARTER} is now active: its plan is approved.`);
    expect(approved.stdout).toContain('Still unsettled, kept as they are (1):');
    expect(rowWith(approved.stdout, unsettled)).toEqual([
      unsettled,
      'Bulk exports',
      'owner person → Platform',
      'negotiate',
      'requested',
      'performer',
      '2035-03-31',
    ]);
    expect(approved.stdout).not.toContain(settled);

    const shown = await owner.accord('cycle', 'show', QUARTER);
    expect(shown.stdout).toMatch(/State +active\n/);
    expect(rowWith(section(shown.stdout, 'Timeline'), 'approval')[2]).toMatch(/^done \d{4}-\d\d-\d\d$/);
    expect(section(shown.stdout, 'Moves')).toMatch(/planning → active {2}by owner person, 1 unsettled$/);

    const reviewing: MovedCycle = JSON.parse(
      (await owner.accord('cycle', 'move', QUARTER, '--to', 'reviewing', '--json')).stdout,
    );
    expect(reviewing).toEqual({ state: 'reviewing', unsettled: [] });
    const closed = await owner.accord('cycle', 'move', QUARTER, '--to', 'closed');
    expect(closed.stdout).toBe(`${QUARTER} is now closed (it was reviewing).\n`);
  });

  it('refuses bad input clearly: unknown teams and cycles, negative capacity, the wrong reviewer', async () => {
    const { owner, platformLead, designLead } = await planningOrganization();
    const id = await askPlatform(owner, 'Single sign-on');
    const base = ['--cycle', QUARTER, '--title', 'Anything'];

    const nowhere = await owner.accord('ask', 'Nowhere', ...base);
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toContain("accord: no team is called 'Nowhere'");
    expect(nowhere.stderr).toContain("Run 'accord teams list' to see the teams.");
    const person = await owner.accord('ask', designLead.email, ...base);
    expect(person.code).toBe(2);
    expect(person.stderr).toContain(`TEAM '${designLead.email}' is not a team`);
    const noCycle = await owner.accord('capacity', 'Platform', '--cycle', 'FY2099', '3');
    expect(noCycle.code).toBe(1);
    expect(noCycle.stderr).toContain("no cycle is called 'FY2099'");

    const negative = await platformLead.accord('capacity', 'Platform', '--cycle', QUARTER, '-1');
    expect(negative.code).toBe(2);
    expect(negative.stderr).toContain("accord: '-1' is not an option, and a number here cannot be negative");
    const afterDashes = await platformLead.accord('capacity', 'Platform', '--cycle', QUARTER, '--', '-1');
    expect(afterDashes.code).toBe(2);
    expect(afterDashes.stderr).toContain('AMOUNT must be a whole number from 0 to 100000');
    const notMine = await designLead.accord('capacity', 'Platform', '--cycle', QUARTER, '3');
    expect(notMine.code).toBe(1);
    expect(notMine.stderr).toContain(
      'accord: Only a lead of Platform (or an owner or admin) declares its capacity',
    );
    const unchanged: TeamCapacity = JSON.parse(
      (await owner.accord('capacity', 'Platform', '--cycle', QUARTER, '--json')).stdout,
    );
    expect(unchanged.capacity).toBeNull();

    const nobody = await owner.accord('review', 'request', id, '--team', 'Nowhere');
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toContain("no team is called 'Nowhere'");
    const twice = await owner.accord('review', 'request', id, '--team', 'Design');
    expect(twice.code).toBe(0);
    const again = await owner.accord('review', 'request', id, '--team', 'Design');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('accord: This reviewer was already asked');
    const unknown = await owner.accord('review', 'show', 'no-such-promise');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("accord: no promise has the id 'no-such-promise'");
    await answer(platformLead, id, { act: 'promise' });
    const agreed = await owner.accord('review', 'request', id, '--team', 'Leadership');
    expect(agreed.code).toBe(1);
    expect(agreed.stderr).toContain('Reviews are for drafts and open proposals; this promise is promised');

    const unknownCycle = await owner.accord('cycle', 'show', 'FY2099');
    expect(unknownCycle.code).toBe(1);
    expect(unknownCycle.stderr).toContain(`The cycles are: FY${YEAR}, ${QUARTER}.`);

    const list: PromiseList = JSON.parse((await owner.accord('promises', 'list', '--json')).stdout);
    expect(list.promises.map((promise) => promise.title)).toEqual(['Single sign-on']);
  });

  it('renames and redates a cycle in planning, refuses to archive it before it closes, deletes an empty one', async () => {
    const { owner, platformLead } = await planningOrganization();
    const edited = await owner.accord('cycle', 'edit', QUARTER, '--name', 'Spring', '--end', `${YEAR}-03-30`);
    expect(edited.stderr).toBe('');
    expect(edited.stdout).toBe(`Spring: ${YEAR}-01-01 to ${YEAR}-03-30, check-ins weekly.\n`);

    const early = await owner.accord('cycle', 'archive', 'Spring');
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('Only a closed cycle is archived; this one is planning');
    const withQuarter = await owner.accord('cycle', 'delete', `FY${YEAR}`);
    expect(withQuarter.code).toBe(1);
    expect(withQuarter.stderr).toContain(`FY${YEAR} has cycles within it (Spring)`);
    expect((await platformLead.accord('cycle', 'delete', 'Spring')).code).toBe(1);

    const deleted = await owner.accord('cycle', 'delete', 'Spring');
    expect(deleted.stdout).toBe('Deleted Spring.\n');
    const gone = await owner.accord('cycle', 'show', 'Spring');
    expect(gone.code).toBe(1);
  });
});
