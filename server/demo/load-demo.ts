import { firstFreeSlug, slugify } from '../../core/organization/slug.js';
import { conflict } from '../errors.js';
import { createPerson } from '../services/accounts.js';
import { inTransaction, iso, type ServiceContext } from '../services/context.js';
import type { ProgressReporter } from '../services/jobs.js';
import * as organizations from '../store/organizations.js';
import * as people from '../store/people.js';
import * as teams from '../store/teams.js';
import { DEMO_ORGANIZATION, DEMO_PASSWORD, type DemoKey, demoPeople, demoTeams } from './organization.js';

export interface DemoResult {
  organizationId: string;
  signInAs: string;
  password: string;
}

/** Loads the demo organization in one transaction: it appears whole or not at all. */
export async function loadDemo(ctx: ServiceContext, report: ProgressReporter): Promise<DemoResult> {
  const total = 1 + demoPeople.length + demoTeams.length;
  let done = 0;
  const step = async (label: string) => {
    done += 1;
    await report({ done, total, step: label });
  };
  return inTransaction(ctx, async (tx) => {
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
    });
    await step(`Created ${DEMO_ORGANIZATION}`);

    const ids = new Map<DemoKey, string>();
    for (const person of demoPeople) {
      const row = await createPerson(tx, { name: person.name, email: person.email, password: DEMO_PASSWORD });
      ids.set(person.key, row.id);
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

    for (const team of demoTeams) {
      const teamId = tx.newId();
      await teams.insertTeam(tx.db, {
        organization_id: organizationId,
        id: teamId,
        name: team.name,
        description: team.description,
        created_at: now,
        archived_at: null,
      });
      for (const [keys, role] of [
        [team.leads, 'lead'],
        [team.members, 'member'],
      ] as const) {
        for (const key of keys) {
          await teams.upsertTeamMember(tx.db, {
            organization_id: organizationId,
            team_id: teamId,
            person_id: ids.get(key)!,
            role,
            added_at: now,
          });
        }
      }
      await step(`Formed the ${team.name} team`);
    }
    return { organizationId, signInAs: demoPeople[0]!.email, password: DEMO_PASSWORD };
  });
}
