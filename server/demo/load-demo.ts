import { firstFreeSlug, slugify } from '../../core/organization/slug.js';
import { termsOnTheTable } from '../../core/promises/index.js';
import { conflict } from '../errors.js';
import { createPerson } from '../services/accounts.js';
import { answerDependency, createContribution, createDependency } from '../services/alignment.js';
import type { MemberActor } from '../services/authorization.js';
import { setTeamCapacity } from '../services/capacity.js';
import { answerCheckIn, createCheckIn } from '../services/check-ins.js';
import { inTransaction, iso, type ServiceContext } from '../services/context.js';
import { createDefaultHorizons } from '../services/cycles/cycles.js';
import { publishDirection, saveDirectionDraft } from '../services/direction.js';
import { trackFindings } from '../services/findings/findings.js';
import type { ProgressReporter } from '../services/jobs.js';
import { createPromise } from '../services/promises/create-promise.js';
import { makeMove } from '../services/promises/make-move.js';
import { loadRecord } from '../services/promises/records.js';
import * as planning from '../store/cycles.js';
import * as organizations from '../store/organizations.js';
import * as people from '../store/people.js';
import type { CyclesTable } from '../store/schema.js';
import * as teams from '../store/teams.js';
import { DEMO_ORGANIZATION, DEMO_PASSWORD, type DemoKey, demoPeople, demoTeams } from './organization.js';
import {
  DEMO_DIRECTION,
  type DemoCycle,
  demoContributions,
  demoDependencies,
  demoPromises,
  partyOf,
} from './story.js';

export interface DemoResult {
  organizationId: string;
  signInAs: string;
  password: string;
}

const DAY_MS = 86_400_000;

/** The cycles around today: this three-year span, this year, and this year's quarters. */
function demoCycles(today: Date) {
  const year = today.getUTCFullYear();
  const quarter = Math.floor(today.getUTCMonth() / 3);
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
  const quarters = [0, 1, 2, 3].map((q) => ({
    name: `FY${year}-Q${q + 1}`,
    start: `${year}-${pad(q * 3 + 1)}-01`,
    end: `${year}-${pad(q * 3 + 3)}-${lastDay(year, q * 3 + 3)}`,
    state: q < quarter ? ('closed' as const) : q === quarter ? ('active' as const) : ('planning' as const),
    isCurrent: q === quarter,
  }));
  return {
    span: { name: `FY${year}-${year + 2}`, start: `${year}-01-01`, end: `${year + 2}-12-31` },
    year: { name: `FY${year}`, start: `${year}-01-01`, end: `${year}-12-31` },
    quarters,
    nextYear: { name: `FY${year + 1}`, start: `${year + 1}-01-01`, end: `${year + 1}-12-31` },
    nextYearFirstQuarter: { name: `FY${year + 1}-Q1`, start: `${year + 1}-01-01`, end: `${year + 1}-03-31` },
  };
}

/** Loads the demo organization in one transaction: it appears whole or not at all. */
export async function loadDemo(ctx: ServiceContext, report: ProgressReporter): Promise<DemoResult> {
  const total = 2 + demoPeople.length + demoTeams.length + demoPromises.length + 2;
  let done = 0;
  const step = async (label: string) => {
    done += 1;
    await report({ done, total, step: label });
  };
  const result = await inTransaction(ctx, async (tx) => {
    for (const person of demoPeople) {
      if (await people.findPersonByEmail(tx.db, person.email)) {
        throw conflict(`The demo organization is already loaded (${person.email} exists)`);
      }
    }
    const base = slugify(DEMO_ORGANIZATION);
    const organizationId = tx.newId();
    const now = iso(tx.now());
    await organizations.insertOrganization(tx.db, {
      id: organizationId,
      name: DEMO_ORGANIZATION,
      slug: firstFreeSlug(base, await organizations.slugsStartingWith(tx.db, base)),
      created_at: now,
      direction_weeks_before: 4,
      drafts_weeks_before: 2,
      time_zone: 'UTC',
    });
    await step(`Created ${DEMO_ORGANIZATION}`);

    const personIds = new Map<DemoKey, string>();
    const actors = new Map<DemoKey, MemberActor>();
    for (const person of demoPeople) {
      const row = await createPerson(tx, { name: person.name, email: person.email, password: DEMO_PASSWORD });
      personIds.set(person.key, row.id);
      actors.set(person.key, {
        personId: row.id,
        name: person.name,
        email: person.email,
        organizationId,
        role: person.role,
        via: 'session',
      });
      await people.insertMembership(tx.db, {
        organization_id: organizationId,
        person_id: row.id,
        role: person.role,
        title: person.title,
        joined_at: now,
        removed_at: null,
      });
      await step(`Added ${person.name}, ${person.title}`);
    }

    const teamIds = new Map<string, string>();
    for (const team of demoTeams) {
      const teamId = tx.newId();
      teamIds.set(team.name, teamId);
      await teams.insertTeam(tx.db, {
        organization_id: organizationId,
        id: teamId,
        name: team.name,
        description: team.description,
        created_at: now,
        archived_at: null,
        is_leadership: team.name === 'Leadership' ? 1 : 0,
      });
      for (const [keys, role] of [
        [team.leads, 'lead'],
        [team.members, 'member'],
      ] as const) {
        for (const key of keys) {
          await teams.upsertTeamMember(tx.db, {
            organization_id: organizationId,
            team_id: teamId,
            person_id: personIds.get(key)!,
            role,
            added_at: now,
          });
        }
      }
      await step(`Formed the ${team.name} team`);
    }

    const cycleIds = await createDemoCycles(tx, organizationId);
    await step('Laid out the cycles: three years, this year and its quarters');

    // The conversations happened over the past weeks: a clock that starts three weeks ago and
    // advances with every reading spaces the moves out, and never passes the real now.
    let tick = tx.now().getTime() - 21 * DAY_MS;
    const story: ServiceContext = {
      ...tx,
      now: () => {
        tick += 20 * 60_000;
        return new Date(tick);
      },
    };
    const promiseIds = new Map<string, string>();
    for (const demo of demoPromises) {
      const cycle = cycleIds[demo.cycle];
      const opener = actors.get(demo.open.by)!;
      const created = await createPromise(story, opener, {
        cycleId: cycle.id,
        customer: partyOf(demo.customer, personIds, teamIds),
        performers: [partyOf(demo.performer, personIds, teamIds)],
        title: demo.title,
        description: demo.description,
        conditions: demo.conditions.map((c) => (typeof c === 'string' ? { text: c } : c)),
        dueDate: cycle.end,
        tags: demo.tags ?? [],
        open: demo.open.as,
        draftedBy: demo.open.as === 'draft' ? 'customer' : undefined,
      });
      promiseIds.set(demo.key, created.id);
      const checkInAt = demo.checkInsAfterMove ?? demo.moves.length;
      for (const [index, move] of demo.moves.entries()) {
        if (index === checkInAt) await checkInOnDemo(story, actors, demo, created.id);
        const record = await loadRecord(story, organizationId, created.id);
        const onTable = termsOnTheTable(record.state);
        const changes = move.changes && {
          ...(move.changes.conditions
            ? {
                conditions: move.changes.conditions.map((text) => ({
                  ...(onTable.conditions.find((c) => c.text === text) ?? {}),
                  text,
                })),
              }
            : {}),
        };
        await makeMove(story, actors.get(move.by)!, created.id, {
          act: move.act,
          version: record.state.version,
          reason: move.reason,
          changes,
          text: move.text,
        });
      }
      if (checkInAt >= demo.moves.length) await checkInOnDemo(story, actors, demo, created.id);
      await step(`${demo.title}`);
    }

    for (const [from, to] of demoContributions) {
      await createContribution(story, actors.get('ceo')!, {
        fromPromiseId: promiseIds.get(from)!,
        toPromiseId: promiseIds.get(to)!,
        weight: 1,
      });
    }
    for (const dependency of demoDependencies) {
      const created = await createDependency(story, actors.get(dependency.by)!, {
        promiseId: promiseIds.get(dependency.promise)!,
        ...('promise' in dependency.on
          ? { supplierPromiseId: promiseIds.get(dependency.on.promise)! }
          : { supplierTeamId: teamIds.get(dependency.on.team)! }),
        note: dependency.note,
      });
      if (dependency.answer) {
        await answerDependency(story, actors.get(dependency.answer.by)!, created.id, {
          answer: dependency.answer.answer,
          reason: dependency.answer.reason,
        });
      }
    }
    await step('Linked contributions and dependencies');

    // The next round trip has begun: leadership has published its direction, and Engineering
    // declared what it can take on this quarter.
    const ceo = actors.get('ceo')!;
    await saveDirectionDraft(story, ceo, cycleIds.next.id, DEMO_DIRECTION);
    await publishDirection(story, ceo, cycleIds.next.id);
    await setTeamCapacity(story, actors.get('cto')!, teamIds.get('Engineering')!, {
      cycleId: cycleIds.quarter.id,
      unit: 'promises',
      amount: 2,
    });
    return { organizationId, signInAs: demoPeople[0]!.email, password: DEMO_PASSWORD };
  });
  // The strategy debugger shows what the story holds from the first visit, not after the next pass.
  await trackFindings(ctx, result.organizationId);
  await step('Found what the strategy debugger should say');
  return result;
}

async function createDemoCycles(ctx: ServiceContext, organizationId: string) {
  const horizons = await createDefaultHorizons(ctx, organizationId);
  const horizonId = (key: string) => horizons.find((h) => h.key === key)!.id;
  const layout = demoCycles(ctx.now());
  const insert = async (
    cycle: { name: string; start: string; end: string },
    horizon: string,
    parentId: string | null,
    state: CyclesTable['state'],
  ) => {
    const id = ctx.newId();
    await planning.insertCycle(ctx.db, {
      organization_id: organizationId,
      id,
      name: cycle.name,
      horizon_id: horizonId(horizon),
      parent_id: parentId,
      start_date: cycle.start,
      end_date: cycle.end,
      state,
      check_in_cadence: 'weekly',
      created_at: iso(ctx.now()),
      archived_at: null,
    });
    return { id, end: cycle.end };
  };
  const span = await insert(layout.span, '3y', null, 'active');
  const year = await insert(layout.year, '1y', span.id, 'active');
  let current = year;
  for (const quarter of layout.quarters) {
    const inserted = await insert(quarter, 'quarter', year.id, quarter.state);
    if (quarter.isCurrent) current = inserted;
  }
  const nextYear = await insert(layout.nextYear, '1y', span.id, 'planning');
  const next = await insert(layout.nextYearFirstQuarter, 'quarter', nextYear.id, 'planning');
  return {
    '3y': span,
    '1y': year,
    quarter: current,
    next,
  } satisfies Record<DemoCycle | 'next', { id: string; end: string }>;
}

/** The performer's check-ins on a demo promise, each answered by the customer when the story says so. */
async function checkInOnDemo(
  ctx: ServiceContext,
  actors: Map<DemoKey, MemberActor>,
  demo: (typeof demoPromises)[number],
  promiseId: string,
): Promise<void> {
  if (!demo.checkIns?.length) return;
  const record = await loadRecord(ctx, actors.get('ceo')!.organizationId, promiseId);
  const performer = 'person' in demo.performer ? demo.performer.person : undefined;
  const customer = 'person' in demo.customer ? demo.customer.person : undefined;
  if (!performer || !customer) return;
  const conditionId = (text: string) => record.state.terms.conditions.find((c) => c.text === text)!.id;
  for (const checkIn of demo.checkIns) {
    const made = await createCheckIn(ctx, actors.get(performer)!, promiseId, {
      values: Object.entries(checkIn.values).map(([text, value]) =>
        typeof value === 'boolean'
          ? { conditionId: conditionId(text), done: value }
          : { conditionId: conditionId(text), value },
      ),
      confidence: checkIn.confidence,
      status: checkIn.status,
      note: checkIn.note ?? '',
      blockers: checkIn.blockers ?? '',
    });
    if (checkIn.answer) await answerCheckIn(ctx, actors.get(customer)!, made.id, checkIn.answer);
  }
}
