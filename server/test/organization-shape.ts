import type { Role } from '../../contract/common.js';
import type { Team } from '../../contract/teams.js';

/** How one layer (HTTP or services) makes an organization's people and teams, as its owner. */
export interface OrganizationDriver<Person> {
  signUpOwner(label: string): Promise<Person>;
  addMember(owner: Person, role: Role, label: string): Promise<Person>;
  createTeam(owner: Person, name: string): Promise<Team>;
  putTeamMember(owner: Person, teamId: string, person: Person, isLead: boolean): Promise<Team>;
  markLeadership(owner: Person, teamId: string): Promise<Team>;
}

export interface TeamSpec<P extends string> {
  /** Who leads the team: labels of `people`, or 'owner'. */
  leads?: readonly NoInfer<P | 'owner'>[];
  members?: readonly NoInfer<P | 'owner'>[];
  /** A leadership team writes the direction. */
  isLeadership?: boolean;
}

/**
 * An organization as a test describes it: its owner's label, its people by label with their role,
 * and its teams by name. Labels name the people ("cto person") and keep their emails unique.
 */
export interface OrganizationSpec<P extends string, T extends string> {
  owner?: string;
  people?: Record<P, Role>;
  teams?: Record<T, TeamSpec<P>>;
}

export interface Organization<Person, P extends string, T extends string> {
  owner: Person;
  people: Record<P, Person>;
  /** Each team as it stands after its members joined. */
  teams: Record<T, Team>;
}

/** Makes the organization of `spec`: the owner signs up, invites each person, and forms the teams. */
export async function buildOrganization<Person, P extends string, T extends string>(
  driver: OrganizationDriver<Person>,
  spec: OrganizationSpec<P, T>,
): Promise<Organization<Person, P, T>> {
  const owner = await driver.signUpOwner(spec.owner ?? 'owner');
  const people = {} as Record<P, Person>;
  for (const [label, role] of Object.entries(spec.people ?? {}) as Array<[P, Role]>) {
    people[label] = await driver.addMember(owner, role, label);
  }
  const who = (label: P | 'owner') => (label === 'owner' ? owner : people[label]);
  const teams = {} as Record<T, Team>;
  for (const [name, team] of Object.entries(spec.teams ?? {}) as Array<[T, TeamSpec<P>]>) {
    let made = await driver.createTeam(owner, name);
    if (team.isLeadership) made = await driver.markLeadership(owner, made.id);
    for (const label of team.leads ?? []) made = await driver.putTeamMember(owner, made.id, who(label), true);
    for (const label of team.members ?? []) {
      made = await driver.putTeamMember(owner, made.id, who(label), false);
    }
    teams[name] = made;
  }
  return { owner, people, teams };
}
