import { z } from 'zod';
import { Id, RequiredText, Timestamp } from './common.js';
import { PageQuery, pageOf } from './pages.js';

export const ApiToken = z
  .object({
    id: Id,
    name: z.string(),
    prefix: z.string().describe('The first characters of the token, to recognise it'),
    organizationId: Id,
    createdAt: Timestamp,
    lastUsedAt: Timestamp.nullable(),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof ApiToken>;

export const CreateTokenBody = z.object({ name: RequiredText(120) });

export const CreatedToken = z.object({
  token: ApiToken,
  secret: z.string().describe('Use as `Authorization: Bearer <secret>`; shown once'),
});
export type CreatedToken = z.infer<typeof CreatedToken>;

export const TokenList = pageOf('tokens', ApiToken);
export const TokensQuery = PageQuery(50);
