import { z } from 'zod';
import { Id, Role, Timestamp } from './common.js';
import { PageQuery, pageOf } from './pages.js';
import { Can } from './policies.js';

export const PersonTeam = z.object({ id: Id, name: z.string(), isLead: z.boolean() });

export const Person = z
  .object({
    id: Id,
    name: z.string(),
    email: z.string(),
    role: Role,
    joinedAt: Timestamp,
    teams: z.array(PersonTeam),
    can: Can('member', 'MemberActions').extend({
      changeRoleTo: z
        .array(Role)
        .describe('The roles the signed-in person may give this member now, besides the one they have'),
    }),
  })
  .meta({ id: 'Person' });
export type Person = z.infer<typeof Person>;

export const PeopleQuery = z
  .object({
    q: z.string().trim().max(120).optional().describe('Case-insensitive match on name or email'),
  })
  .extend(PageQuery(50).shape);

export const PersonList = pageOf('people', Person);

export const UpdateMemberBody = z.object({ role: Role });
