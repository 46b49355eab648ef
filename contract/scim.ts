import { z } from 'zod';
import { Id, RequiredText, Timestamp } from './common.js';
import { MAX_PAGE_SIZE, PageQuery, pageOf } from './pages.js';

/*
 * SCIM 2.0 provisioning (RFC 7643, 7644). The token an organization's admins make for their identity
 * provider is an ordinary endpoint; the SCIM protocol itself is served under /scim/v2 by
 * server/routes/scim.ts with the request schemas below, which let through what providers add
 * (meta, locale, schemas of their own) and name what Accord reads.
 */

export const ScimToken = z
  .object({
    id: Id,
    name: z.string(),
    prefix: z.string().describe('The first characters of the token, to recognise it'),
    createdAt: Timestamp,
    lastUsedAt: Timestamp.nullable(),
  })
  .meta({ id: 'ScimToken' });
export type ScimToken = z.infer<typeof ScimToken>;

export const CreateScimTokenBody = z.object({ name: RequiredText(120) });

export const CreatedScimToken = z.object({
  token: ScimToken,
  secret: z.string().describe("The identity provider's bearer token; shown once"),
  baseUrl: z.string().describe("The SCIM base URL to give the identity provider (its 'tenant URL')"),
});
export type CreatedScimToken = z.infer<typeof CreatedScimToken>;

export const ScimTokenList = pageOf('tokens', ScimToken).extend({
  baseUrl: z.string().describe('The SCIM base URL of this instance'),
});
export type ScimTokenList = z.infer<typeof ScimTokenList>;
export const ScimTokensQuery = PageQuery(50);

/* The SCIM protocol's own vocabulary. */

export const SCIM_SCHEMAS = {
  user: 'urn:ietf:params:scim:schemas:core:2.0:User',
  enterpriseUser: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
  group: 'urn:ietf:params:scim:schemas:core:2.0:Group',
  listResponse: 'urn:ietf:params:scim:api:messages:2.0:ListResponse',
  patchOp: 'urn:ietf:params:scim:api:messages:2.0:PatchOp',
  error: 'urn:ietf:params:scim:api:messages:2.0:Error',
  serviceProviderConfig: 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig',
  resourceType: 'urn:ietf:params:scim:schemas:core:2.0:ResourceType',
  schema: 'urn:ietf:params:scim:schemas:core:2.0:Schema',
} as const;

/** The most resources one SCIM list answers, whatever `count` asks. */
export const SCIM_MAX_COUNT = MAX_PAGE_SIZE;

/** Entra ID has sent booleans as the strings "True" and "False". */
export const ScimBoolean = z.union([
  z.boolean(),
  z
    .string()
    .regex(/^(true|false)$/i, 'must be true or false')
    .transform((value) => value.toLowerCase() === 'true'),
]);

const ScimText = z.string().max(1000, 'must be at most 1000 characters');

export const ScimName = z.looseObject({
  givenName: ScimText.nullish(),
  familyName: ScimText.nullish(),
  formatted: ScimText.nullish(),
});

export const ScimEmail = z.looseObject({
  value: ScimText,
  type: z.string().max(100).nullish(),
  primary: ScimBoolean.nullish(),
});

/** The manager: `{ value: id }`, or Entra's bare id. */
export const ScimManager = z.union([
  z.looseObject({ value: z.string().max(64).nullish() }),
  z.string().max(64),
]);

export const ScimUserBody = z.looseObject({
  userName: z.string({ error: 'is required' }).min(1, 'is required').max(320),
  externalId: ScimText.nullish(),
  name: ScimName.nullish(),
  displayName: ScimText.nullish(),
  emails: z.array(ScimEmail).max(20).nullish(),
  active: ScimBoolean.nullish(),
  [SCIM_SCHEMAS.enterpriseUser]: z.looseObject({ manager: ScimManager.nullish() }).nullish(),
});
export type ScimUserBody = z.infer<typeof ScimUserBody>;

export const ScimMember = z.looseObject({ value: z.string().min(1).max(64) });

export const ScimGroupBody = z.looseObject({
  displayName: z.string({ error: 'is required' }).trim().min(1, 'is required').max(120),
  externalId: ScimText.nullish(),
  members: z.array(ScimMember).max(10_000).nullish(),
});
export type ScimGroupBody = z.infer<typeof ScimGroupBody>;

export const ScimPatchOperation = z.looseObject({
  op: z
    .string()
    .transform((op) => op.toLowerCase())
    .pipe(z.enum(['add', 'remove', 'replace'], { error: 'must be add, remove or replace' })),
  path: z.string().max(1000).nullish(),
  value: z.unknown().optional(),
});
export type ScimPatchOperation = z.infer<typeof ScimPatchOperation>;

export const ScimPatchBody = z.looseObject({
  schemas: z.array(z.string()).nullish(),
  Operations: z.array(ScimPatchOperation).min(1, 'must hold an operation').max(1000),
});

export const ScimListQuery = z.looseObject({
  filter: z.string().max(1000).optional(),
  startIndex: z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').optional(),
  count: z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').optional(),
  excludedAttributes: z.string().max(1000).optional(),
  attributes: z.string().max(1000).optional(),
});
