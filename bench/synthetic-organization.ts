import { performance } from 'node:perf_hooks';
import { v7 as uuidv7 } from 'uuid';
import type { Condition } from '../contract/promises.js';
import { defaultHorizons } from '../core/planning/index.js';
import { randomSecret, sha256 } from '../server/security/secrets.js';
import type { CyclesTable, Database } from '../server/store/schema.js';
import type { BulkWriter, TableName } from './bulk-writer.js';
import { type OrganizationSize, shareOf } from './sizes.js';
import { addDays, instantOf, mondayWeeksBefore, seededRandom } from './synthetic-calendar.js';
import { checkInsOf } from './synthetic-check-ins.js';
import {
  type BuiltPromise,
  buildPromise,
  type CyclePlan,
  conditionsFor,
  type Party,
  type PromisePlan,
  type Scenario,
} from './synthetic-promises.js';

/**
 * Each team's quarter promises repeat this pattern: nine in past quarters (mostly kept, one ended at
 * its close), nine in the current one (mostly being kept, some still negotiated), and four being
 * planned for the next (one of them a discarded draft).
 */
const PATTERN: ReadonlyArray<{ when: 'past' | 'current' | 'next'; scenario: Scenario }> = [
  { when: 'past', scenario: 'satisfied' },
  { when: 'past', scenario: 'satisfied' },
  { when: 'past', scenario: 'satisfied' },
  { when: 'past', scenario: 'reworked' },
  { when: 'past', scenario: 'satisfied' },
  { when: 'past', scenario: 'revoked' },
  { when: 'past', scenario: 'withdrawn' },
  { when: 'past', scenario: 'declined' },
  { when: 'past', scenario: 'ended' },
  { when: 'current', scenario: 'promised' },
  { when: 'current', scenario: 'promised-by-offer' },
  { when: 'current', scenario: 'promised' },
  { when: 'current', scenario: 'promised' },
  { when: 'current', scenario: 'stale' },
  { when: 'current', scenario: 'renegotiating' },
  { when: 'current', scenario: 'reported' },
  { when: 'current', scenario: 'countered' },
  { when: 'current', scenario: 'requested' },
  { when: 'next', scenario: 'draft' },
  { when: 'next', scenario: 'offered' },
  { when: 'next', scenario: 'requested' },
  { when: 'next', scenario: 'discarded' },
];

const TOPICS = [
  'Faster onboarding',
  'Self-serve billing',
  'Reliable deploys',
  'Search that finds',
  'Mobile check-in',
  'Partner integrations',
  'Lower support load',
  'Data export',
  'Accessibility pass',
  'Usage analytics',
  'Pricing experiment',
];

export interface BenchUser {
  personId: string;
  name: string;
  email: string;
  /** The API token's secret, sent as `Authorization: Bearer <token>`. */
  token: string;
}

/** Someone who may check in on a promise being kept, with the values a check-in sends. */
export interface BenchWriter extends BenchUser {
  promiseId: string;
  values: Array<{ conditionId: string; value: string } | { conditionId: string; done: boolean }>;
}

export interface SyntheticOrganization {
  organizationId: string;
  size: OrganizationSize;
  cycles: Record<'threeYears' | 'year' | 'first' | 'previous' | 'current' | 'next', CyclePlan>;
  /** The owner (the CEO, lead of the leadership team), a team lead, and one of that team's members. */
  owner: BenchUser;
  lead: BenchUser;
  member: BenchUser;
  writers: BenchWriter[];
  /** A promise the lead asked of the member in the current quarter, being kept. */
  promiseId: string;
  /** The lead's team. */
  teamId: string;
  /** Rows written per table. */
  counts: Partial<Record<TableName | 'key_results', number>>;
}

export interface GenerateOptions {
  now: Date;
  /** One argon2 hash, shared by every synthetic person: the password is the caller's to print. */
  passwordHash: string;
  /** A line per phase with its counts and elapsed time. */
  log?: (line: string) => void;
  seed?: number;
}

interface Person {
  id: string;
  name: string;
  email: string;
}

/**
 * Builds a whole organization of `size` through `writer`: people and teams, nested cycles (three
 * years, the year, its quarters), promises in every state with their move logs, key results,
 * check-ins over the weeks they were kept, assessments, contributions and dependencies between
 * teams, and API tokens for the benchmark's users.
 */
export async function generateOrganization(
  writer: BulkWriter,
  size: OrganizationSize,
  options: GenerateOptions,
): Promise<SyntheticOrganization> {
  const log = options.log ?? (() => {});
  const random = seededRandom(options.seed ?? 9);
  const newId = pooledUuidv7();
  const nowIso = options.now.toISOString();
  const started = performance.now();
  let phaseStarted = started;
  const phase = (name: string, tables: TableName[]) => {
    const at = performance.now();
    const elapsed = name ? `${((at - phaseStarted) / 1000).toFixed(1).padStart(6)} s` : ' '.repeat(8);
    const counts = tables.map((t) => `${writer.count(t).toLocaleString('en')} ${t}`).join(', ');
    log(`  ${name.padEnd(30)} ${elapsed}   ${counts}`);
    phaseStarted = at;
  };

  // Organization, people and teams.
  const organizationId = newId();
  writer.push('organizations', {
    id: organizationId,
    name: `Bench ${size.name}`,
    slug: `bench-${size.name.toLowerCase()}-${organizationId.slice(-12)}`,
    created_at: instantOf(addDays(nowIso.slice(0, 10), -400)),
    direction_weeks_before: 4,
    drafts_weeks_before: 2,
    time_zone: 'UTC',
  });
  const joinedAt = instantOf(addDays(nowIso.slice(0, 10), -380));
  const perTeam = Math.floor(size.people / size.teams);
  const people: Person[] = Array.from({ length: size.people }, (_, i) => {
    const id = newId();
    return {
      id,
      name: `Person ${i + 1}`,
      email: `person${i + 1}.${organizationId.slice(-12)}@bench.example`,
    };
  });
  for (const [i, person] of people.entries()) {
    writer.push('people', { ...person, password_hash: options.passwordHash, created_at: joinedAt });
    writer.push('memberships', {
      organization_id: organizationId,
      person_id: person.id,
      role: i === 0 ? 'owner' : 'member',
      title: i % perTeam === 0 ? 'Team lead' : '',
      joined_at: joinedAt,
      removed_at: null,
    });
  }
  const teams = Array.from({ length: size.teams }, (_, t) => ({
    id: newId(),
    name: t === 0 ? 'Leadership' : `Team ${t}`,
    // People left over by the division join the last team.
    members: people.slice(t * perTeam, t === size.teams - 1 ? size.people : (t + 1) * perTeam),
  }));
  for (const [t, team] of teams.entries()) {
    writer.push('teams', {
      organization_id: organizationId,
      id: team.id,
      name: team.name,
      description: `${team.name} of the benchmark organization`,
      created_at: joinedAt,
      archived_at: null,
      is_leadership: t === 0 ? 1 : 0,
    });
    for (const [i, person] of team.members.entries()) {
      writer.push('team_members', {
        organization_id: organizationId,
        team_id: team.id,
        person_id: person.id,
        role: i === 0 ? 'lead' : 'member',
        added_at: joinedAt,
      });
    }
  }
  const leadOf = (t: number) => teams[t]!.members[0]!;
  const tokenFor = (person: Person): BenchUser => {
    const secret = `accord_${randomSecret()}`;
    writer.push('api_tokens', {
      organization_id: organizationId,
      id: newId(),
      person_id: person.id,
      name: 'benchmark',
      prefix: secret.slice(0, 14),
      token_hash: sha256(secret),
      created_at: nowIso,
      last_used_at: null,
      revoked_at: null,
    });
    return { personId: person.id, name: person.name, email: person.email, token: secret };
  };
  phase('people and teams', ['people', 'memberships', 'teams', 'team_members']);

  // Horizons and nested cycles: three years holding the year, the year holding four quarters.
  const horizonIds = new Map<string, string>();
  for (const horizon of defaultHorizons) {
    const id = newId();
    horizonIds.set(horizon.key, id);
    writer.push('horizons', {
      organization_id: organizationId,
      id,
      key: horizon.key,
      name: horizon.name,
      months: 'months' in horizon ? (horizon.months ?? null) : null,
      days: 'days' in horizon ? (horizon.days ?? null) : null,
      is_default: 1,
      created_at: joinedAt,
    });
  }
  const currentStart = mondayWeeksBefore(options.now, 10);
  const yearStart = addDays(currentStart, -182);
  const label = yearStart.slice(0, 4);
  const cycleRow = (
    key: string,
    name: string,
    start: string,
    end: string,
    parent: CyclePlan | null,
    state: CyclesTable['state'],
    cadence: CyclesTable['check_in_cadence'],
  ): CyclePlan => {
    const plan = { id: newId(), name, start, end };
    writer.push('cycles', {
      organization_id: organizationId,
      id: plan.id,
      name,
      horizon_id: horizonIds.get(key)!,
      parent_id: parent?.id ?? null,
      start_date: start,
      end_date: end,
      state,
      check_in_cadence: cadence,
      created_at: joinedAt,
      archived_at: null,
    });
    return plan;
  };
  const threeYears = cycleRow(
    '3y',
    `${label}–${Number(label) + 2}`,
    yearStart,
    addDays(yearStart, 3 * 364 - 1),
    null,
    'active',
    'monthly',
  );
  const year = cycleRow(
    '1y',
    `Year ${label}`,
    yearStart,
    addDays(yearStart, 363),
    threeYears,
    'active',
    'monthly',
  );
  const quarter = (n: number, state: CyclesTable['state']) =>
    cycleRow(
      'quarter',
      `${label} Q${n}`,
      addDays(yearStart, (n - 1) * 91),
      addDays(yearStart, n * 91 - 1),
      year,
      state,
      'weekly',
    );
  const cycles = {
    threeYears,
    year,
    first: quarter(1, 'closed'),
    previous: quarter(2, 'reviewing'),
    current: quarter(3, 'active'),
    next: quarter(4, 'planning'),
  };
  for (const cycle of [cycles.current, cycles.next]) {
    writer.push('direction_versions', {
      organization_id: organizationId,
      id: newId(),
      cycle_id: cycle.id,
      version: 1,
      markdown: `# Direction for ${cycle.name}\n\nGrow active teams; halve reopened tickets; keep uptime.`,
      published_by: leadOf(0).id,
      published_at: instantOf(addDays(cycle.start, -28)),
    });
    for (const team of teams) {
      writer.push('team_capacities', {
        organization_id: organizationId,
        team_id: team.id,
        cycle_id: cycle.id,
        unit: 'promises',
        amount: 12,
        updated_by: team.members[0]!.id,
        updated_at: instantOf(addDays(cycle.start, -21)),
      });
    }
  }
  phase('horizons and cycles', ['cycles', 'direction_versions', 'team_capacities']);

  // Promises, their moves, check-ins and links, team by team.
  const quarterCount = Math.max(0, Math.round((size.promises - 2) / size.teams) - 1);
  const ids = teams.map(() => ({
    year: newId(),
    quarter: Array.from({ length: quarterCount }, () => newId()),
  }));
  const organizationYear = newId();
  const organizationThreeYears = newId();
  const cycleOf = { past: [cycles.previous, cycles.first], current: [cycles.current], next: [cycles.next] };
  // Enough promises being kept for 64 writers, most of them different people; only their ids
  // and conditions are kept, so that L does not hold every promise in memory.
  let keyResults = 0;
  const writerCandidates: Array<{ person: Person; promiseId: string; conditions: readonly Condition[] }> = [];
  let sample: { promiseId: string; member: Person } | undefined;
  const lead = size.teams > 1 ? 1 : 0;

  // When each team first performed a promise of each cycle, as creating a promise records it.
  const firstDrafts = new Map<string, Database['team_first_drafts']>();
  for (const [t, team] of teams.entries()) {
    const built: Array<{ plan: PromisePlan; built: BuiltPromise; checkInPeople: Person[] }> = [];
    const make = (plan: PromisePlan, checkInPeople: Person[]) => {
      const promise = buildPromise(plan, nowIso, newId);
      keyResults += plan.conditions.length;
      built.push({ plan, built: promise, checkInPeople });
      writer.push('promises', promise.row);
      writer.push('promise_performers', {
        organization_id: organizationId,
        promise_id: plan.id,
        party_type: plan.performer.type,
        party_id: plan.performer.id,
        position: 0,
      });
      if (plan.performer.type === 'team') {
        const key = `${promise.row.cycle_id}:${plan.performer.id}`;
        const known = firstDrafts.get(key);
        if (!known || promise.row.created_at < known.first_at)
          firstDrafts.set(key, {
            organization_id: organizationId,
            cycle_id: promise.row.cycle_id,
            team_id: plan.performer.id,
            first_at: promise.row.created_at,
          });
      }
      for (const tag of plan.tags)
        writer.push('promise_tags', { organization_id: organizationId, promise_id: plan.id, tag });
      writer.push('promise_moves', ...promise.moves);
      return promise;
    };
    const contribute = (from: string, to: string, at: string) =>
      writer.push('contributions', {
        organization_id: organizationId,
        id: newId(),
        from_promise_id: from,
        to_promise_id: to,
        weight: 1,
        created_by: leadOf(t).id,
        created_at: at,
        removed_at: null,
        removed_by: null,
      });
    const base = {
      organizationId,
      tags: [] as string[],
      size: null,
    };
    if (t === 0) {
      for (const [id, cycle, title] of [
        [organizationThreeYears, cycles.threeYears, 'Become the tool teams plan with'],
        [organizationYear, cycles.year, 'Double the teams that plan with us'],
      ] as const) {
        make(
          {
            ...base,
            id,
            cycle,
            customer: { type: 'person', id: leadOf(0).id },
            performer: { type: 'team', id: team.id },
            customerPerson: leadOf(0).id,
            performerPerson: leadOf(0).id,
            title,
            dueDate: cycle.end,
            scenario: 'promised',
            draftedAt: instantOf(addDays(cycle.start, -20)),
            trackUntil: nowIso,
            conditions: conditionsFor(2, 0, newId),
          },
          team.members,
        );
      }
      contribute(organizationYear, organizationThreeYears, instantOf(addDays(cycles.year.start, -10)));
    }
    make(
      {
        ...base,
        id: ids[t]!.year,
        cycle: cycles.year,
        customer: { type: 'person', id: leadOf(0).id },
        performer: { type: 'team', id: team.id },
        customerPerson: leadOf(0).id,
        performerPerson: leadOf(t).id,
        title: `${team.name}: the year's contribution`,
        dueDate: cycles.year.end,
        scenario: 'promised',
        draftedAt: instantOf(addDays(cycles.year.start, -14), random() * 5),
        trackUntil: nowIso,
        conditions: conditionsFor(2, t, newId),
      },
      team.members,
    );
    contribute(ids[t]!.year, organizationYear, instantOf(addDays(cycles.year.start, -7)));

    const members = team.members.length > 1 ? team.members.slice(1) : team.members;
    for (let k = 0; k < quarterCount; k += 1) {
      const { when, scenario } = PATTERN[k % PATTERN.length]!;
      const repeat = Math.floor(k / PATTERN.length);
      const cycle = cycleOf[when][repeat % cycleOf[when].length]!;
      const other = (t + 1) % size.teams;
      const member = members[k % members.length]!;
      let customer: Party = { type: 'person', id: leadOf(t).id };
      let customerPerson = leadOf(t).id;
      let performer: Party = { type: 'person', id: member.id };
      let performerPerson = member.id;
      let checkInPeople = [member];
      if (k % 7 === 3) {
        // Another team's lead asks this team for something.
        customer = { type: 'person', id: leadOf(other).id };
        customerPerson = leadOf(other).id;
        performer = { type: 'team', id: team.id };
        performerPerson = leadOf(t).id;
        checkInPeople = team.members;
      } else if (k % 11 === 5) {
        customer = { type: 'team', id: teams[other]!.id };
        customerPerson = leadOf(other).id;
      }
      const draftedAt =
        when === 'next'
          ? new Date(options.now.getTime() - (3 + random() * 8) * 86_400_000).toISOString()
          : instantOf(addDays(cycle.start, -14), random() * 5);
      const trackUntil =
        when === 'past'
          ? instantOf(addDays(cycle.end, -4))
          : new Date(options.now.getTime() - (scenario === 'stale' ? 20 : 0.5) * 86_400_000).toISOString();
      const promiseId = ids[t]!.quarter[k]!;
      const promise = make(
        {
          ...base,
          id: promiseId,
          cycle,
          customer,
          performer,
          customerPerson,
          performerPerson,
          title: `${team.name}: ${TOPICS[k % TOPICS.length]} ${repeat + 1}`,
          dueDate: k % 3 === 0 && when !== 'next' ? addDays(cycle.end, -14) : cycle.end,
          scenario,
          draftedAt,
          trackUntil,
          conditions: conditionsFor(1 + (k % 5), k, newId),
          tags: k % 2 === 1 ? ['investment'] : k % 5 === 0 ? ['customer', 'quality'] : [],
          size: performer.type === 'team' ? 3 : null,
        },
        checkInPeople,
      );
      if (when !== 'next' && scenario !== 'declined') {
        contribute(promiseId, ids[t]!.year, draftedAt);
        if (k % 7 === 3 && other !== t) contribute(promiseId, ids[other]!.year, draftedAt);
      }
      if (promise.state.status === 'promised' && performer.type === 'person') {
        if (writerCandidates.length < 512) {
          writerCandidates.push({ person: member, promiseId, conditions: promise.state.terms.conditions });
        }
        if (t === lead && !sample && scenario === 'promised') sample = { promiseId, member };
      }
      if (scenario === 'draft') {
        writer.push('review_requests', {
          organization_id: organizationId,
          id: newId(),
          promise_id: promiseId,
          reviewer_type: 'team',
          reviewer_id: teams[other]!.id,
          role: 'peer',
          requested_by: customerPerson,
          requested_at: new Date(Date.parse(draftedAt) + 3_600_000).toISOString(),
          reviewed_by: null,
          reviewed_at: null,
        });
      }
    }

    // Dependencies on other teams: one acknowledged, one still proposed, one on a team, one declined.
    const dependency = (
      k: number,
      supplier: { team: number; k?: number },
      state: 'proposed' | 'acknowledged' | 'declined',
    ) => {
      if (k >= quarterCount || (supplier.k !== undefined && supplier.k >= quarterCount)) return;
      const at = instantOf(addDays(cycles.current.start, -10));
      const answered = state !== 'proposed';
      writer.push('dependencies', {
        organization_id: organizationId,
        id: newId(),
        promise_id: ids[t]!.quarter[k]!,
        supplier_promise_id: supplier.k !== undefined ? ids[supplier.team]!.quarter[supplier.k]! : null,
        supplier_team_id: supplier.k === undefined ? teams[supplier.team]!.id : null,
        state,
        note: 'We need this to ship ours',
        reason: state === 'declined' ? 'Not this quarter' : null,
        created_by: leadOf(t).id,
        created_at: at,
        answered_by: answered ? leadOf(supplier.team).id : null,
        answered_at: answered ? instantOf(addDays(cycles.current.start, -5)) : null,
        reply_by: null,
        removed_at: null,
        removed_by: null,
      });
    };
    dependency(8, { team: (t + 1) % size.teams, k: 10 }, 'acknowledged');
    dependency(11, { team: (t + 2) % size.teams, k: 16 }, 'proposed');
    dependency(12, { team: (t + 3) % size.teams }, 'proposed');
    dependency(28, { team: (t + 4) % size.teams, k: 15 }, 'declined');

    // This team's share of the check-ins, spread over its promises by how long each was kept.
    const budget = shareOf(size.checkIns, size.teams, t);
    const tracked = built.filter((b) => b.built.tracked !== null);
    const weights = tracked.map((b) =>
      Math.max(1, Date.parse(b.built.tracked!.until) - Date.parse(b.built.tracked!.from)),
    );
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    let cumulative = 0;
    for (const b of built) {
      let count = 0;
      const index = tracked.indexOf(b);
      if (index >= 0) {
        const before = Math.round((budget * cumulative) / totalWeight);
        cumulative += weights[index]!;
        count = Math.round((budget * cumulative) / totalWeight) - before;
      }
      const rows = checkInsOf(b.built, {
        count,
        cycle: b.plan.cycle,
        checkInPeople: b.checkInPeople.map((p) => p.id),
        customerPerson: b.plan.customerPerson,
        now: nowIso,
        random,
        newId,
      });
      writer.push('check_ins', ...rows.checkIns);
      writer.push('check_in_values', ...rows.values);
      writer.push('check_in_answers', ...rows.answers);
      writer.push('assessments', ...rows.assessments);
    }
    await writer.flushIfFull();
    if (size.teams >= 20 && (t + 1) % Math.round(size.teams / 10) === 0 && t + 1 < size.teams) {
      log(
        `    … ${t + 1} of ${size.teams} teams, ${writer.count('check_ins').toLocaleString('en')} check-ins, ${((performance.now() - started) / 1000).toFixed(0)} s`,
      );
    }
  }
  writer.push('team_first_drafts', ...firstDrafts.values());
  await writer.flush();
  // Promises, links and check-ins are made together, team by team: one phase, three lines of counts.
  phase('promises, links, check-ins', ['promises', 'promise_moves', 'promise_performers', 'promise_tags']);
  log(
    `  ${''.padEnd(39)} ${keyResults.toLocaleString('en')} key results (conditions in the promises' terms)`,
  );
  phase('', ['contributions', 'dependencies', 'review_requests']);
  phase('', ['check_ins', 'check_in_values', 'check_in_answers', 'assessments']);

  // The benchmark's users and their tokens.
  if (!sample) throw new Error('the synthetic organization has no promise for the benchmark to read');
  const owner = tokenFor(leadOf(0));
  const leadUser = tokenFor(leadOf(lead));
  const memberUser = tokenFor(sample.member);
  const tokens = new Map<string, BenchUser>([
    [owner.personId, owner],
    [leadUser.personId, leadUser],
    [memberUser.personId, memberUser],
  ]);
  // Up to 64 writers, each on a promise of its own, different people first.
  const seen = new Set<string>();
  const ordered = [
    ...writerCandidates.filter((c) => !seen.has(c.person.id) && seen.add(c.person.id)),
    ...writerCandidates,
  ];
  const writers: BenchWriter[] = [];
  const used = new Set<string>();
  for (const candidate of ordered) {
    if (writers.length >= 64) break;
    if (used.has(candidate.promiseId)) continue;
    used.add(candidate.promiseId);
    let user = tokens.get(candidate.person.id);
    if (!user) {
      user = tokenFor(candidate.person);
      tokens.set(user.personId, user);
    }
    writers.push({
      ...user,
      promiseId: candidate.promiseId,
      values: candidate.conditions.map((c) =>
        c.keyResult?.kind === 'milestone'
          ? { conditionId: c.id, done: false }
          : { conditionId: c.id, value: c.keyResult?.kind === 'metric' ? c.keyResult.start : '0' },
      ),
    });
  }
  await writer.flush();
  phase('benchmark users and tokens', ['api_tokens']);
  log(`  ${'total'.padEnd(30)} ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`);

  const counts: SyntheticOrganization['counts'] = {
    ...Object.fromEntries(writer.written),
    key_results: keyResults,
  };
  return {
    organizationId,
    size,
    cycles,
    owner,
    lead: leadUser,
    member: memberUser,
    writers,
    promiseId: sample.promiseId,
    teamId: teams[lead]!.id,
    counts,
  };
}

/**
 * UUIDv7s as the app makes them, with their random bits drawn from a pool filled 4,096 ids at a time:
 * millions of ids, each asking the system for 16 random bytes, were a tenth of the generator's time.
 */
function pooledUuidv7(): () => string {
  const pool = new Uint8Array(16 * 4096);
  let next = pool.length;
  return () => {
    if (next === pool.length) {
      crypto.getRandomValues(pool);
      next = 0;
    }
    const random = pool.subarray(next, next + 16);
    next += 16;
    return uuidv7({ random });
  };
}
