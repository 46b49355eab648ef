import { z } from 'zod';
import { Id, OptionalText, RequiredText, Timestamp } from './common.js';
import { PageQuery, pageOf } from './pages.js';
import { Can } from './policies.js';

export const TeamName = RequiredText(120);
export const TeamDescription = OptionalText(2000);

export const TeamMember = z.object({
  personId: Id,
  name: z.string(),
  email: z.string(),
  isLead: z.boolean(),
});
export type TeamMember = z.infer<typeof TeamMember>;

const TeamFields = z.object({
  id: Id,
  name: z.string(),
  description: z.string(),
  archivedAt: Timestamp.nullable(),
  isLeadership: z.boolean().describe('Leadership teams write the direction document'),
  createdAt: Timestamp,
  can: Can('team', 'TeamActions'),
});

/** A team with all its members: what the team's own page shows. */
export const Team = TeamFields.extend({ members: z.array(TeamMember) }).meta({ id: 'Team' });
export type Team = z.infer<typeof Team>;

/**
 * A team as a list shows it: its leads and how many members it has, not every member, so a page
 * of teams weighs the same whatever the teams' sizes.
 */
export const TeamSummary = TeamFields.extend({
  memberCount: z.number().int().nonnegative(),
  leads: z.array(z.object({ personId: Id, name: z.string() })).describe('By name'),
}).meta({ id: 'TeamSummary' });
export type TeamSummary = z.infer<typeof TeamSummary>;

/** Which teams a list shows: the active ones, the archived ones, or all. */
export const TeamFilter = z.enum(['false', 'true', 'all']);
export type TeamFilter = z.infer<typeof TeamFilter>;

export const TeamsQuery = z
  .object({
    archived: TeamFilter.default('false').describe('Which teams to list'),
    q: z.string().trim().max(120).optional().describe('Case-insensitive match on the name'),
  })
  .extend(PageQuery(50).shape);

export const TeamList = pageOf('teams', TeamSummary);

export const CreateTeamBody = z.object({
  name: TeamName,
  description: TeamDescription.default(''),
});

export const UpdateTeamBody = z
  .object({
    name: TeamName.optional(),
    description: TeamDescription.optional(),
    archived: z.boolean().optional().describe('false restores an archived team'),
    isLeadership: z.boolean().optional().describe('Mark the team as leadership: it writes the direction'),
  })
  .refine((body) => Object.keys(body).length > 0, 'name, description or archived is required');

export const TeamMemberParams = z.object({ id: Id, personId: Id });

export const PutTeamMemberBody = z.object({ isLead: z.boolean().default(false) });
