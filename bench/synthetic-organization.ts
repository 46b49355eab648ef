import { createContribution } from '../server/services/alignment.js';
import type { MemberActor } from '../server/services/authorization.js';
import { createCheckIn } from '../server/services/check-ins.js';
import type { ServiceContext } from '../server/services/context.js';
import { createDefaultHorizons } from '../server/services/cycles/cycles.js';
import { createPromise } from '../server/services/promises/create-promise.js';
import { makeMove } from '../server/services/promises/make-move.js';
import * as planning from '../server/store/cycles.js';
import * as organizations from '../server/store/organizations.js';
import * as people from '../server/store/people.js';
import * as teams from '../server/store/teams.js';

export interface SyntheticOrganization {
  organizationId: string;
  actors: MemberActor[];
  promiseIds: string[];
  yearId: string;
  quarterId: string;
}

/**
 * A company of `teamCount` teams of five, each performer promising `promisesPerPerson` quarter
 * promises to its lead, each kept with two check-ins and contributing to the lead's year promise.
 * Rows go in through the services, so the data is what real use makes.
 */
export async function createSyntheticOrganization(
  ctx: ServiceContext,
  size: { teamCount: number; promisesPerPerson: number },
  onProgress: (done: number, total: number) => void = () => {},
): Promise<SyntheticOrganization> {
  const organizationId = ctx.newId();
  const now = new Date().toISOString();
  await organizations.insertOrganization(ctx.db, {
    id: organizationId,
    name: `Bench ${organizationId.slice(-6)}`,
    slug: `bench-${organizationId}`,
    created_at: now,
    direction_weeks_before: 4,
    drafts_weeks_before: 2,
  });
  const horizons = await createDefaultHorizons(ctx, organizationId);
  const horizon = (key: string) => horizons.find((h) => h.key === key)!.id;
  const cycle = async (name: string, key: string, start: string, end: string, parent: string | null) => {
    const id = ctx.newId();
    await planning.insertCycle(ctx.db, {
      organization_id: organizationId,
      id,
      name,
      horizon_id: horizon(key),
      parent_id: parent,
      start_date: start,
      end_date: end,
      state: 'active',
      check_in_cadence: 'weekly',
      created_at: now,
    });
    return id;
  };
  const yearId = await cycle('FY2030', '1y', '2030-01-01', '2030-12-31', null);
  const quarterId = await cycle('FY2030-Q1', 'quarter', '2030-01-01', '2030-03-31', yearId);

  const actors: MemberActor[] = [];
  const promiseIds: string[] = [];
  const total = size.teamCount;
  for (let t = 0; t < size.teamCount; t += 1) {
    const teamId = ctx.newId();
    await teams.insertTeam(ctx.db, {
      organization_id: organizationId,
      id: teamId,
      name: `Team ${t}`,
      description: '',
      created_at: now,
      archived_at: null,
      is_leadership: 0,
    });
    const members: MemberActor[] = [];
    for (let p = 0; p < 5; p += 1) {
      const personId = ctx.newId();
      const email = `p${t}-${p}-${personId}@bench.example`;
      // A fixed, non-verifiable hash: benchmarks never sign in, and argon2 would dominate the setup.
      await people.insertPerson(ctx.db, {
        id: personId,
        email,
        name: `Person ${t}.${p}`,
        password_hash: 'x',
        created_at: now,
      });
      await people.insertMembership(ctx.db, {
        organization_id: organizationId,
        person_id: personId,
        role: 'member',
        title: '',
        joined_at: now,
        removed_at: null,
      });
      await teams.upsertTeamMember(ctx.db, {
        organization_id: organizationId,
        team_id: teamId,
        person_id: personId,
        role: p === 0 ? 'lead' : 'member',
        added_at: now,
      });
      members.push({
        personId,
        name: `Person ${t}.${p}`,
        email,
        organizationId,
        role: 'member',
        via: 'session',
      });
    }
    actors.push(...members);
    const lead = members[0]!;
    const year = await createPromise(ctx, lead, {
      cycleId: yearId,
      customer: { type: 'person', id: lead.personId },
      performers: [{ type: 'team', id: teamId }],
      title: `Team ${t} year`,
      description: '',
      conditions: [],
      dueDate: '2030-12-31',
      tags: [],
      open: 'request',
    });
    promiseIds.push(year.id);
    for (const performer of members.slice(1)) {
      for (let k = 0; k < size.promisesPerPerson; k += 1) {
        const promise = await createPromise(ctx, lead, {
          cycleId: quarterId,
          customer: { type: 'person', id: lead.personId },
          performers: [{ type: 'person', id: performer.personId }],
          title: `Quarter promise ${t}.${k}`,
          description: 'Synthetic',
          conditions: [
            {
              text: 'Metric',
              keyResult: {
                kind: 'metric',
                unitKind: 'number',
                unit: '',
                start: '0',
                direction: 'increase',
                target: '100',
              },
            },
          ],
          dueDate: '2030-03-31',
          tags: k % 2 ? ['investment'] : [],
          open: 'request',
        });
        await makeMove(ctx, performer, promise.id, { act: 'promise', version: promise.version });
        const conditionId = promise.terms.conditions[0]!.id;
        for (const value of ['30', '60']) {
          await createCheckIn(ctx, performer, promise.id, {
            values: [{ conditionId, value }],
            confidence: 7,
            status: 'on-track',
            note: '',
            blockers: '',
          });
        }
        await createContribution(ctx, lead, { fromPromiseId: promise.id, toPromiseId: year.id, weight: 1 });
        promiseIds.push(promise.id);
      }
    }
    onProgress(t + 1, total);
  }
  return { organizationId, actors, promiseIds, yearId, quarterId };
}
