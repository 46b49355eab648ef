import type { ImportResult } from '../../../contract/imports.js';
import type { ImportPlan, PartyPlan, PlannedPromise } from '../../../core/imports/index.js';
import * as cyclesStore from '../../store/cycles.js';
import * as store from '../../store/imports.js';
import type { CyclesTable, HorizonsTable, ImportSourcesTable } from '../../store/schema.js';
import * as standings from '../../store/standings.js';
import type { MemberActor } from '../authorization.js';
import { inTransaction, iso, type ServiceContext } from '../context.js';
import type { ProgressReporter } from '../jobs.js';
import { buildImportedPromise, currentValuesOf, type ImportedParty } from './promise-rows.js';

/** Objectives written per transaction: short enough that people using Accord meanwhile barely wait. */
export const IMPORT_BATCH = 500;

const lower = (text: string) => text.trim().toLowerCase();

/** What an objective said when it was imported: a re-import of the same row changes nothing. */
function digestOf(promise: PlannedPromise): string {
  return JSON.stringify([
    promise.outcome,
    promise.progressStatus,
    promise.keyResults.map((kr) => (kr.kind === 'milestone' ? kr.done : kr.current)),
  ]);
}

interface Directory {
  personIds: Map<string, string>;
  teams: Map<string, { id: string; leadId: string | null }>;
  cycles: Map<string, { id: string; start: string; end: string }>;
}

/** People, teams with their members, horizons and cycles: everything the promises refer to, in one transaction. */
async function writeDirectory(ctx: ServiceContext, actor: MemberActor, plan: ImportPlan): Promise<Directory> {
  const organizationId = actor.organizationId;
  return inTransaction(ctx, async (tx) => {
    // Written in bulk, not moved: whatever counts the plan counts again.
    tx.changes.publish({ kind: 'plan-changed', organizationId: actor.organizationId });
    const now = iso(tx.now());
    const emails = new Set<string>([actor.email.toLowerCase()]);
    for (const person of plan.people) emails.add(person.email);
    for (const team of plan.teams)
      for (const email of [...team.leadEmails, ...team.memberEmails]) emails.add(email);
    for (const promise of plan.promises) {
      for (const party of [promise.performer, promise.customer])
        if (party.type === 'person') emails.add(party.email);
    }
    const found = await store.findPeopleByEmails(tx.db, organizationId, [...emails]);
    const personIds = new Map(found.map((person) => [person.email.toLowerCase(), person.id]));
    const members = new Set(found.filter((person) => person.role !== null).map((person) => person.id));
    const planned = new Map(plan.people.map((person) => [person.email, person]));
    const newPeople = [];
    const memberships = [];
    for (const email of emails) {
      let id = personIds.get(email);
      const person = planned.get(email);
      if (!id) {
        if (!person) continue;
        id = tx.newId();
        personIds.set(email, id);
        // No password: the person sets one through an invitation or a reset, or signs in with SSO.
        newPeople.push({ id, email, name: person.name.slice(0, 120), password_hash: '', created_at: now });
      }
      if (!members.has(id) && person) {
        memberships.push({
          organization_id: organizationId,
          person_id: id,
          role: person.isAdmin ? ('admin' as const) : ('member' as const),
          title: '',
          joined_at: now,
          removed_at: null,
        });
      }
    }
    await store.insertMany(tx.db, 'people', newPeople);
    await store.insertMany(tx.db, 'memberships', memberships);

    const existingTeams = await store.findTeamsByNames(
      tx.db,
      organizationId,
      plan.teams.map((team) => team.name),
    );
    const teams = new Map<string, { id: string; leadId: string | null }>();
    const newTeams = [];
    for (const team of plan.teams) {
      const existing = existingTeams.find((t) => lower(t.name) === lower(team.name));
      const id = existing?.id ?? tx.newId();
      if (!existing) {
        newTeams.push({
          organization_id: organizationId,
          id,
          name: team.name,
          description: '',
          created_at: now,
          archived_at: null,
          is_leadership: 0,
        });
      }
      const leadEmail = team.leadEmails.find((email) => personIds.has(email));
      teams.set(lower(team.name), { id, leadId: leadEmail ? personIds.get(leadEmail)! : null });
    }
    await store.insertMany(tx.db, 'teams', newTeams);
    const memberPairs = new Set(
      (
        await store.findTeamMembers(
          tx.db,
          organizationId,
          [...teams.values()].map((t) => t.id),
        )
      ).map((m) => `${m.team_id}:${m.person_id}`),
    );
    const teamMembers = [];
    for (const team of plan.teams) {
      const teamId = teams.get(lower(team.name))!.id;
      for (const [emails, role] of [
        [team.leadEmails, 'lead'],
        [team.memberEmails, 'member'],
      ] as const) {
        for (const email of emails) {
          const personId = personIds.get(email);
          if (!personId || memberPairs.has(`${teamId}:${personId}`)) continue;
          memberPairs.add(`${teamId}:${personId}`);
          teamMembers.push({
            organization_id: organizationId,
            team_id: teamId,
            person_id: personId,
            role,
            added_at: now,
          });
        }
      }
    }
    await store.insertMany(tx.db, 'team_members', teamMembers);

    const horizons = await cyclesStore.listHorizons(tx.db, organizationId);
    const newHorizons: HorizonsTable[] = [];
    const horizonOf = (horizon: ImportPlan['cycles'][number]['horizon']) => {
      const months = 'months' in horizon ? horizon.months : null;
      const days = 'days' in horizon ? horizon.days : null;
      const existing =
        horizons.find((h) => h.key === horizon.key) ??
        horizons.find((h) => (months !== null && h.months === months) || (days !== null && h.days === days));
      if (existing) return existing.id;
      const row: HorizonsTable = {
        organization_id: organizationId,
        id: tx.newId(),
        key: horizon.key,
        name: months !== null ? `${months} months` : `${days} days`,
        months,
        days,
        is_default: 0,
        created_at: now,
      };
      horizons.push(row);
      newHorizons.push(row);
      return row.id;
    };
    const existingCycles = await store.findCyclesByNames(
      tx.db,
      organizationId,
      plan.cycles.map((cycle) => cycle.name),
    );
    const cycles = new Map<string, { id: string; start: string; end: string }>();
    for (const cycle of existingCycles) {
      cycles.set(lower(cycle.name), { id: cycle.id, start: cycle.start_date, end: cycle.end_date });
    }
    const newCycles: CyclesTable[] = [];
    // Longest first, so that a cycle's parent is made before it.
    const byLength = [...plan.cycles].sort(
      (a, b) => a.start.localeCompare(b.start) || b.end.localeCompare(a.end),
    );
    for (const cycle of byLength) {
      if (cycles.has(cycle.key)) continue;
      const id = tx.newId();
      cycles.set(cycle.key, { id, start: cycle.start, end: cycle.end });
      newCycles.push({
        organization_id: organizationId,
        id,
        name: cycle.name,
        horizon_id: horizonOf(cycle.horizon),
        parent_id: cycle.parentKey ? (cycles.get(cycle.parentKey)?.id ?? null) : null,
        start_date: cycle.start,
        end_date: cycle.end,
        state: cycle.state,
        check_in_cadence: 'weekly',
        created_at: now,
        archived_at: null,
      });
    }
    await store.insertMany(tx.db, 'horizons', newHorizons);
    await store.insertMany(tx.db, 'cycles', newCycles);
    return { personIds, teams, cycles };
  });
}

/**
 * Writes a plan: what everything refers to first, then the objectives in batches of
 * `IMPORT_BATCH`, each batch one transaction (so that nobody using Accord waits long behind the
 * import), then the contributions between them. Each object remembers its source id, so that a
 * second run of the same file updates what the first wrote instead of writing it again.
 */
export async function writeImport(
  ctx: ServiceContext,
  actor: MemberActor,
  plan: ImportPlan,
  report: ProgressReporter,
): Promise<ImportResult> {
  const organizationId = actor.organizationId;
  const total = plan.promises.length + plan.contributions.length + 1;
  let done = 0;
  await report({ done, total, step: 'Adding people, teams and cycles' });
  const directory = await writeDirectory(ctx, actor, plan);
  done += 1;
  const partyOf = (party: PartyPlan): ImportedParty => {
    if (party.type === 'team') {
      const team = directory.teams.get(lower(party.name))!;
      return { type: 'team', id: team.id, personId: team.leadId ?? actor.personId };
    }
    const id = directory.personIds.get(party.email) ?? actor.personId;
    return { type: 'person', id, personId: id };
  };
  const personOf = (email: string | null) => (email ? (directory.personIds.get(email) ?? null) : null);

  let created = 0;
  let updated = 0;
  let unchanged = 0;
  const promiseIds = new Map<string, string>();
  for (let start = 0; start < plan.promises.length; start += IMPORT_BATCH) {
    const batch = plan.promises.slice(start, start + IMPORT_BATCH);
    await inTransaction(ctx, async (tx) => {
      // Written in bulk, not moved: whatever counts the plan counts again.
      tx.changes.publish({ kind: 'plan-changed', organizationId: actor.organizationId });
      const now = iso(tx.now());
      const known = new Map(
        (
          await store.findImportSources(
            tx.db,
            organizationId,
            plan.source,
            'promise',
            batch.map((p) => p.sourceId),
          )
        ).map((row) => [row.source_id, row]),
      );
      const knownConditions = new Map(
        (
          await store.findImportSources(
            tx.db,
            organizationId,
            plan.source,
            'condition',
            batch.flatMap((p) => p.keyResults.map((kr) => `${p.sourceId}/${kr.sourceId}`)),
          )
        ).map((row) => [row.source_id, row.object_id]),
      );
      const rows = {
        promises: [] as Parameters<typeof store.insertMany<'promises'>>[2][number][],
        performers: [] as Parameters<typeof store.insertMany<'promise_performers'>>[2][number][],
        tags: [] as Parameters<typeof store.insertMany<'promise_tags'>>[2][number][],
        moves: [] as Parameters<typeof store.insertMany<'promise_moves'>>[2][number][],
        checkIns: [] as Parameters<typeof store.insertMany<'check_ins'>>[2][number][],
        values: [] as Parameters<typeof store.insertMany<'check_in_values'>>[2][number][],
      };
      const sources: ImportSourcesTable[] = [];
      const source = (kind: string, sourceId: string, objectId: string, digest = '') =>
        sources.push({
          organization_id: organizationId,
          source: plan.source,
          kind,
          source_id: sourceId,
          object_id: objectId,
          digest,
          imported_at: now,
        });
      const touched: string[] = [];
      for (const planned of batch) {
        const digest = digestOf(planned);
        const existing = known.get(planned.sourceId);
        if (existing) {
          promiseIds.set(planned.sourceId, existing.object_id);
          if (existing.digest === digest) {
            unchanged += 1;
            continue;
          }
          // The terms of a promise change only through its conversation; what the source says anew
          // is its progress, recorded as a check-in.
          const conditionIds = new Map(
            planned.keyResults.flatMap((kr) => {
              const id = knownConditions.get(`${planned.sourceId}/${kr.sourceId}`);
              return id ? [[kr.sourceId, id] as const] : [];
            }),
          );
          const values = currentValuesOf(planned.keyResults, conditionIds);
          if (values.length > 0 && planned.outcome !== 'draft') {
            const checkInId = tx.newId();
            const performer = partyOf(planned.performer);
            rows.checkIns.push({
              organization_id: organizationId,
              id: checkInId,
              promise_id: existing.object_id,
              person_id: performer.personId,
              at: now,
              confidence: 8,
              status: planned.progressStatus ?? 'on-track',
              note: 'Imported again',
              blockers: '',
            });
            for (const value of values) {
              rows.values.push({
                organization_id: organizationId,
                check_in_id: checkInId,
                promise_id: existing.object_id,
                condition_id: value.conditionId,
                value: value.value,
                done: value.done,
              });
            }
            touched.push(existing.object_id);
          }
          source('promise', planned.sourceId, existing.object_id, digest);
          updated += 1;
          continue;
        }
        const cycle = directory.cycles.get(planned.cycleKey)!;
        const id = tx.newId();
        const built = buildImportedPromise({
          organizationId,
          id,
          newId: tx.newId,
          cycle,
          customer: partyOf(planned.customer),
          performer: partyOf(planned.performer),
          planned,
          now,
          personOf,
        });
        rows.promises.push(built.promise);
        rows.performers.push(...built.performers);
        rows.tags.push(...built.tags);
        rows.moves.push(...built.moves);
        rows.checkIns.push(...built.checkIns);
        rows.values.push(...built.values);
        promiseIds.set(planned.sourceId, id);
        touched.push(id);
        source('promise', planned.sourceId, id, digest);
        for (const [keyResultId, conditionId] of built.conditionIds) {
          source('condition', `${planned.sourceId}/${keyResultId}`, conditionId);
        }
        for (const [checkInSourceId, checkInId] of built.checkInIds)
          source('check-in', checkInSourceId, checkInId);
        created += 1;
      }
      await store.insertMany(tx.db, 'promises', rows.promises);
      await store.insertMany(tx.db, 'promise_performers', rows.performers);
      const made = new Map(rows.promises.map((p) => [p.id, p]));
      await cyclesStore.recordFirstDrafts(
        tx.db,
        organizationId,
        rows.performers.flatMap((p) => {
          const promise = made.get(p.promise_id);
          return p.party_type === 'team' && promise
            ? [{ cycleId: promise.cycle_id, teamId: p.party_id, at: promise.created_at }]
            : [];
        }),
      );
      await store.insertMany(tx.db, 'promise_tags', rows.tags);
      await store.insertMany(tx.db, 'promise_moves', rows.moves);
      await store.insertMany(tx.db, 'check_ins', rows.checkIns);
      await store.insertMany(tx.db, 'check_in_values', rows.values);
      await store.saveImportSources(tx.db, sources);
      await standings.refreshStandings(tx.db, tx.dialect, organizationId, touched);
    });
    done += batch.length;
    await report({
      done,
      total,
      step: `Imported ${Math.min(start + IMPORT_BATCH, plan.promises.length)} of ${plan.promises.length} objectives`,
    });
    // Let the requests that waited meanwhile run before the next batch.
    await new Promise((resolve) => setImmediate(resolve));
  }

  await inTransaction(ctx, async (tx) => {
    // Written in bulk, not moved: whatever counts the plan counts again.
    tx.changes.publish({ kind: 'plan-changed', organizationId: actor.organizationId });
    const now = iso(tx.now());
    // Objectives of this file imported in an earlier run, when this run did not see them again.
    const missing = plan.contributions
      .flatMap((c) => [c.fromSourceId, c.toSourceId])
      .filter((id) => !promiseIds.has(id));
    for (const row of await store.findImportSources(tx.db, organizationId, plan.source, 'promise', missing)) {
      promiseIds.set(row.source_id, row.object_id);
    }
    const existing = new Set(
      (
        await store.findContributionsFrom(tx.db, organizationId, [
          ...new Set(plan.contributions.map((c) => promiseIds.get(c.fromSourceId)!)),
        ])
      ).map((c) => `${c.from_promise_id}>${c.to_promise_id}`),
    );
    const contributions = [];
    for (const contribution of plan.contributions) {
      const from = promiseIds.get(contribution.fromSourceId);
      const to = promiseIds.get(contribution.toSourceId);
      if (!from || !to || existing.has(`${from}>${to}`)) continue;
      existing.add(`${from}>${to}`);
      contributions.push({
        organization_id: organizationId,
        id: tx.newId(),
        from_promise_id: from,
        to_promise_id: to,
        weight: contribution.weight,
        created_by: actor.personId,
        created_at: now,
        removed_at: null,
        removed_by: null,
      });
    }
    await store.insertMany(tx.db, 'contributions', contributions);
  });
  done += plan.contributions.length;
  await report({ done, total, step: 'Done' });
  return { created, updated, unchanged, skippedRows: plan.skippedRows, counts: plan.counts };
}
