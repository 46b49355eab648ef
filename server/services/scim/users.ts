import { Email } from '../../../contract/common.js';
import {
  SCIM_SCHEMAS,
  ScimBoolean,
  type ScimPatchOperation,
  type ScimUserBody,
} from '../../../contract/scim.js';
import { lockOrganization } from '../../store/locks.js';
import type { Page } from '../../store/pages.js';
import * as people from '../../store/people.js';
import type { ScimUsersTable } from '../../store/schema.js';
import * as scim from '../../store/scim.js';
import { tokenCacheKey } from '../accounts.js';
import { inTransaction, iso, type ServiceContext } from '../context.js';
import { invalidValue, ScimError, scimNotFound } from './errors.js';
import { type AttributePath, parseFilter, parsePath } from './paths.js';
import { type ScimActor, scimBaseUrl } from './tokens.js';

/** What Accord keeps of a SCIM user; PUT and PATCH both compute the next one and save it. */
export interface UserModel {
  userName: string;
  externalId: string | null;
  givenName: string;
  familyName: string;
  formatted: string;
  displayName: string;
  active: boolean;
  managerId: string | null;
}

const MAX_NAME = 120;

function emailOf(model: UserModel, emails: ScimUserBody['emails']): string {
  const candidates = [
    model.userName,
    ...(emails ?? []).filter((e) => e.primary === true).map((e) => e.value),
    ...(emails ?? []).map((e) => e.value),
  ];
  for (const candidate of candidates) {
    const parsed = Email.safeParse(candidate);
    if (parsed.success) return parsed.data;
  }
  throw invalidValue(`userName must be an email address; "${model.userName}" is not`);
}

const nameOf = (model: UserModel, email: string) =>
  (
    model.displayName.trim() ||
    model.formatted.trim() ||
    `${model.givenName} ${model.familyName}`.trim() ||
    email.split('@')[0]!
  ).slice(0, MAX_NAME);

const managerIdOf = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && 'value' in value) return managerIdOf((value as { value: unknown }).value);
  throw invalidValue('manager must be an id or an object with a value');
};

export function modelOfBody(body: ScimUserBody): UserModel {
  const manager = body[SCIM_SCHEMAS.enterpriseUser]?.manager;
  return {
    userName: body.userName,
    externalId: body.externalId ?? null,
    givenName: body.name?.givenName ?? '',
    familyName: body.name?.familyName ?? '',
    formatted: body.name?.formatted ?? '',
    displayName: body.displayName ?? '',
    active: body.active ?? true,
    managerId: managerIdOf(manager),
  };
}

function modelOfRow(row: scim.ScimUserRow): UserModel {
  const [given, ...family] = row.name.split(' ');
  return {
    userName: row.email,
    externalId: row.external_id,
    givenName: row.given_name ?? given ?? '',
    familyName: row.family_name ?? family.join(' '),
    formatted: row.formatted_name ?? row.name,
    displayName: row.display_name ?? row.name,
    active: row.removed_at === null,
    managerId: row.manager_id,
  };
}

export function presentUser(ctx: ServiceContext, row: scim.ScimUserRow) {
  const model = modelOfRow(row);
  const location = `${scimBaseUrl(ctx)}/Users/${row.person_id}`;
  return {
    schemas: [SCIM_SCHEMAS.user, SCIM_SCHEMAS.enterpriseUser],
    id: row.person_id,
    ...(model.externalId === null ? {} : { externalId: model.externalId }),
    userName: row.email,
    name: { givenName: model.givenName, familyName: model.familyName, formatted: model.formatted },
    displayName: model.displayName,
    emails: [{ value: row.email, type: 'work', primary: true }],
    active: model.active,
    [SCIM_SCHEMAS.enterpriseUser]:
      model.managerId === null
        ? {}
        : { manager: { value: model.managerId, $ref: `${scimBaseUrl(ctx)}/Users/${model.managerId}` } },
    meta: {
      resourceType: 'User',
      created: row.joined_at,
      lastModified: row.updated_at ?? row.joined_at,
      location,
    },
  };
}
export type ScimUserResource = ReturnType<typeof presentUser>;

/* PATCH: each operation applied to the model in turn. */

function text(value: unknown, what: string): string {
  if (typeof value === 'string' && value.length <= 1000) return value;
  if (typeof value === 'number') return String(value);
  throw invalidValue(`${what} must be text of at most 1000 characters`);
}

function bool(value: unknown, what: string): boolean {
  const parsed = ScimBoolean.safeParse(value);
  if (!parsed.success) throw invalidValue(`${what} must be true or false`);
  return parsed.data;
}

function objectOf(value: unknown, what: string): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return value as Record<string, unknown>;
  throw invalidValue(`${what} must be an object`);
}

function applyAt(model: UserModel, path: AttributePath, value: unknown, remove: boolean): void {
  switch (path.attribute) {
    case 'active':
      if (remove) throw new ScimError(400, 'active cannot be removed; set it to false', 'mutability');
      model.active = bool(value, 'active');
      return;
    case 'username':
      if (remove) throw new ScimError(400, 'userName is required and cannot be removed', 'mutability');
      model.userName = text(value, 'userName');
      return;
    case 'externalid':
      model.externalId = remove || value === null ? null : text(value, 'externalId');
      return;
    case 'displayname':
      model.displayName = remove || value === null ? '' : text(value, 'displayName');
      return;
    case 'name': {
      const parts = path.sub
        ? { [path.sub]: remove ? null : value }
        : remove
          ? { givenname: null, familyname: null, formatted: null }
          : Object.fromEntries(Object.entries(objectOf(value, 'name')).map(([k, v]) => [k.toLowerCase(), v]));
      for (const [part, v] of Object.entries(parts)) {
        const next = v === null || v === undefined ? '' : text(v, `name.${part}`);
        if (part === 'givenname') model.givenName = next;
        else if (part === 'familyname') model.familyName = next;
        else if (part === 'formatted') model.formatted = next;
      }
      return;
    }
    case 'enterprise': {
      if (path.sub === 'manager') model.managerId = remove ? null : managerIdOf(value);
      else if (!path.sub) {
        if (remove) model.managerId = null;
        else {
          const extension = objectOf(value, SCIM_SCHEMAS.enterpriseUser);
          if ('manager' in extension) model.managerId = managerIdOf(extension.manager);
        }
      }
      return;
    }
    default:
      // Attributes Accord does not keep (title, phoneNumbers, addresses, locale, emails beside
      // userName…) are accepted and ignored, as providers send whatever their mapping holds.
      return;
  }
}

export function applyUserPatch(current: UserModel, operations: readonly ScimPatchOperation[]): UserModel {
  const model = { ...current };
  for (const operation of operations) {
    const remove = operation.op === 'remove';
    if (operation.path) {
      applyAt(model, parsePath(operation.path), operation.value, remove);
      continue;
    }
    if (remove) throw new ScimError(400, 'A remove operation needs a path', 'noTarget');
    // Path-less: the value holds attributes by name (Entra may write `name.givenName` as one key).
    for (const [key, value] of Object.entries(objectOf(operation.value, 'value'))) {
      applyAt(model, parsePath(key), value, false);
    }
  }
  return model;
}

/* Reading. */

export async function getUser(ctx: ServiceContext, actor: ScimActor, id: string) {
  const row = await scim.findScimUser(ctx.db, actor.organizationId, id);
  if (!row) throw scimNotFound('User', id);
  return presentUser(ctx, row);
}

/** `filter` as the list's filter: userName, externalId, id or the email, with eq. */
export function userFilterOf(filter: string | undefined): scim.ScimUserFilter {
  const result: scim.ScimUserFilter = {};
  for (const { attribute, value } of filter ? parseFilter(filter) : []) {
    if (typeof value !== 'string') {
      throw new ScimError(400, `Accord filters ${attribute} on a string value`, 'invalidFilter');
    }
    if (attribute === 'username' || attribute === 'emails' || /^emails(\[.*\])?\.value$/.test(attribute)) {
      result.email = value.trim().toLowerCase();
    } else if (attribute === 'externalid') result.externalId = value;
    else if (attribute === 'id') result.personId = value;
    else {
      throw new ScimError(
        400,
        `Accord filters users on userName, externalId, id or emails; not on ${attribute}`,
        'invalidFilter',
      );
    }
  }
  return result;
}

export async function listUsers(
  ctx: ServiceContext,
  actor: ScimActor,
  filter: string | undefined,
  page: Page,
) {
  const { rows, total } = await scim.pageScimUsers(ctx.db, actor.organizationId, userFilterOf(filter), page);
  return { resources: rows.map((row) => presentUser(ctx, row)), total };
}

/* Writing. */

/** Deprovisioning: the membership is removed (its history kept) and the person's way in ends at once. */
async function endMembership(tx: ServiceContext, organizationId: string, personId: string): Promise<void> {
  const membership = await people.findActiveMembership(tx.db, organizationId, personId);
  if (!membership) return;
  if (membership.role === 'owner' && (await people.countOwners(tx.db, organizationId)) <= 1) {
    throw new ScimError(
      400,
      "This person is the organization's last owner; make someone else an owner in Accord first",
      'mutability',
    );
  }
  const now = iso(tx.now());
  await people.markMembershipRemoved(tx.db, organizationId, personId, now);
  const ended = await scim.endAccessInOrganization(tx.db, organizationId, personId, now);
  tx.changes.publish({ kind: 'membership-changed', organizationId, personIds: [personId] });
  for (const sessionId of ended.sessionIds)
    tx.changes.publish({ kind: 'session-changed', organizationId, sessionId });
  for (const hash of ended.tokenHashes) {
    tx.changes.publish({ kind: 'session-changed', organizationId, sessionId: tokenCacheKey(hash) });
  }
}

async function requireManager(
  tx: ServiceContext,
  organizationId: string,
  personId: string,
  managerId: string | null,
): Promise<void> {
  if (managerId === null) return;
  if (managerId === personId) throw invalidValue('A user cannot be their own manager');
  if (!(await people.findMembership(tx.db, organizationId, managerId))) {
    throw invalidValue(`The manager ${managerId} is not a user of this organization`);
  }
}

function scimRowOf(
  organizationId: string,
  personId: string,
  model: UserModel,
  ownsAccount: boolean,
  createdAt: string,
  now: string,
): ScimUsersTable {
  return {
    organization_id: organizationId,
    person_id: personId,
    external_id: model.externalId,
    given_name: model.givenName,
    family_name: model.familyName,
    formatted_name: model.formatted,
    display_name: model.displayName,
    manager_id: model.managerId,
    owns_account: ownsAccount ? 1 : 0,
    created_at: createdAt,
    updated_at: now,
  };
}

export async function createUser(ctx: ServiceContext, actor: ScimActor, body: ScimUserBody) {
  const model = modelOfBody(body);
  const email = emailOf(model, body.emails);
  const organizationId = actor.organizationId;
  const personId = await inTransaction(ctx, async (tx) => {
    await lockOrganization(tx.db, tx.dialect, organizationId);
    const now = iso(tx.now());
    let person = await people.findPersonByEmail(tx.db, email);
    const membership = person ? await people.findMembership(tx.db, organizationId, person.id) : undefined;
    if (person && membership) {
      const managed = await scim.findScimUserRow(tx.db, organizationId, person.id);
      if (membership.removed_at === null || managed) {
        throw new ScimError(409, `A user with userName ${email} already exists`, 'uniqueness');
      }
    }
    const ownsAccount = !person;
    if (!person) {
      // No password: the person signs in through the identity provider, or sets one by a reset.
      person = { id: tx.newId(), email, name: nameOf(model, email), password_hash: '', created_at: now };
      await people.insertPerson(tx.db, person);
    }
    await requireManager(tx, organizationId, person.id, model.managerId);
    const removedAt = model.active ? null : now;
    if (!membership) {
      await people.insertMembership(tx.db, {
        organization_id: organizationId,
        person_id: person.id,
        role: 'member',
        title: '',
        joined_at: now,
        removed_at: removedAt,
      });
    } else if (model.active) {
      await people.reviveMembership(tx.db, organizationId, person.id, 'member', now);
    }
    await scim.upsertScimUser(tx.db, scimRowOf(organizationId, person.id, model, ownsAccount, now, now));
    tx.changes.publish({ kind: 'membership-changed', organizationId, personIds: [person.id] });
    return person.id;
  });
  return getUser(ctx, actor, personId);
}

/** PUT and PATCH: the user becomes `next`, computed from what they are now. */
async function saveUser(
  ctx: ServiceContext,
  actor: ScimActor,
  id: string,
  next: (current: UserModel) => { model: UserModel; emails?: ScimUserBody['emails'] },
) {
  const organizationId = actor.organizationId;
  await inTransaction(ctx, async (tx) => {
    await lockOrganization(tx.db, tx.dialect, organizationId);
    const row = await scim.findScimUser(tx.db, organizationId, id);
    if (!row) throw scimNotFound('User', id);
    const { model, emails } = next(modelOfRow(row));
    const email = emailOf(model, emails);
    const managed = await scim.findScimUserRow(tx.db, organizationId, id);
    const ownsAccount = managed?.owns_account === 1;
    const name = nameOf(model, email);
    if (email !== row.email || (ownsAccount && name !== row.name)) {
      if (!ownsAccount) {
        throw new ScimError(
          400,
          'This account existed before the identity provider managed it, so its email stays as its owner set it',
          'mutability',
        );
      }
      const holder = email === row.email ? undefined : await people.findPersonByEmail(tx.db, email);
      if (holder) throw new ScimError(409, `A user with userName ${email} already exists`, 'uniqueness');
      await scim.updateProvisionedAccount(tx.db, id, { name, email });
    }
    await requireManager(tx, organizationId, id, model.managerId);
    const now = iso(tx.now());
    const wasActive = row.removed_at === null;
    if (wasActive && !model.active) await endMembership(tx, organizationId, id);
    if (!wasActive && model.active) {
      // Reactivated: the membership comes back as it was, with its role.
      await people.reviveMembership(tx.db, organizationId, id, row.role as 'member', now);
      tx.changes.publish({ kind: 'membership-changed', organizationId, personIds: [id] });
    }
    await scim.upsertScimUser(
      tx.db,
      scimRowOf(organizationId, id, model, ownsAccount, managed?.created_at ?? now, now),
    );
  });
  return getUser(ctx, actor, id);
}

export async function replaceUser(ctx: ServiceContext, actor: ScimActor, id: string, body: ScimUserBody) {
  return saveUser(ctx, actor, id, () => ({ model: modelOfBody(body), emails: body.emails }));
}

export async function patchUser(
  ctx: ServiceContext,
  actor: ScimActor,
  id: string,
  operations: readonly ScimPatchOperation[],
) {
  return saveUser(ctx, actor, id, (current) => ({ model: applyUserPatch(current, operations) }));
}

/** Deleting ends the membership at once and forgets the SCIM user; the person's history stays theirs. */
export async function deleteUser(ctx: ServiceContext, actor: ScimActor, id: string): Promise<void> {
  const organizationId = actor.organizationId;
  await inTransaction(ctx, async (tx) => {
    await lockOrganization(tx.db, tx.dialect, organizationId);
    const row = await scim.findScimUser(tx.db, organizationId, id);
    if (!row) throw scimNotFound('User', id);
    await endMembership(tx, organizationId, id);
    await scim.deleteScimUser(tx.db, organizationId, id);
  });
}
