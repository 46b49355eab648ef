import { SCIM_SCHEMAS, type ScimGroupBody, type ScimPatchOperation } from '../../../contract/scim.js';
import { lockOrganization } from '../../store/locks.js';
import type { Page } from '../../store/pages.js';
import * as scim from '../../store/scim.js';
import * as teams from '../../store/teams.js';
import { inTransaction, iso, type ServiceContext } from '../context.js';
import { groupBy } from '../group-by.js';
import { invalidPath, invalidValue, ScimError, scimNotFound } from './errors.js';
import { parseFilter, parsePath } from './paths.js';
import { type ScimActor, scimBaseUrl } from './tokens.js';

/*
 * A SCIM group is a team. Its members are kept in step with the provider's (a lead the provider
 * lists stays a lead); deleting the group archives the team, which keeps everything it had.
 */

interface GroupModel {
  displayName: string;
  externalId: string | null;
  memberIds: Set<string>;
}

function presentGroup(ctx: ServiceContext, row: scim.ScimGroupRow, members: teams.TeamMemberRow[] | null) {
  return {
    schemas: [SCIM_SCHEMAS.group],
    id: row.id,
    displayName: row.name,
    ...(row.external_id === null ? {} : { externalId: row.external_id }),
    ...(members === null
      ? {}
      : {
          members: members.map((m) => ({
            value: m.person_id,
            display: m.name,
            $ref: `${scimBaseUrl(ctx)}/Users/${m.person_id}`,
          })),
        }),
    meta: {
      resourceType: 'Group',
      created: row.created_at,
      lastModified: row.updated_at ?? row.created_at,
      location: `${scimBaseUrl(ctx)}/Groups/${row.id}`,
    },
  };
}

const excludesMembers = (excluded: string | undefined) =>
  (excluded ?? '')
    .split(',')
    .map((a) => a.trim().toLowerCase())
    .includes('members');

export async function getGroup(ctx: ServiceContext, actor: ScimActor, id: string, excluded?: string) {
  const row = await scim.findScimGroup(ctx.db, actor.organizationId, id);
  if (!row) throw scimNotFound('Group', id);
  const members = excludesMembers(excluded)
    ? null
    : await teams.listTeamMembers(ctx.db, actor.organizationId, [id]);
  return presentGroup(ctx, row, members);
}

function groupFilterOf(filter: string | undefined): scim.ScimGroupFilter {
  const result: scim.ScimGroupFilter = {};
  for (const { attribute, value } of filter ? parseFilter(filter) : []) {
    if (typeof value !== 'string') {
      throw new ScimError(400, `Accord filters ${attribute} on a string value`, 'invalidFilter');
    }
    if (attribute === 'displayname') result.displayName = value;
    else if (attribute === 'externalid') result.externalId = value;
    else if (attribute === 'id') result.teamId = value;
    else if (attribute === 'members' || attribute === 'members.value') result.memberId = value;
    else {
      throw new ScimError(
        400,
        `Accord filters groups on displayName, externalId, id or members; not on ${attribute}`,
        'invalidFilter',
      );
    }
  }
  return result;
}

export async function listGroups(
  ctx: ServiceContext,
  actor: ScimActor,
  query: { filter?: string | undefined; excludedAttributes?: string | undefined },
  page: Page,
) {
  const { rows, total } = await scim.pageScimGroups(
    ctx.db,
    actor.organizationId,
    groupFilterOf(query.filter),
    page,
  );
  const members = excludesMembers(query.excludedAttributes)
    ? null
    : groupBy(
        await teams.listTeamMembers(
          ctx.db,
          actor.organizationId,
          rows.map((r) => r.id),
        ),
        (m) => m.team_id,
      );
  return {
    resources: rows.map((row) => presentGroup(ctx, row, members ? (members.get(row.id) ?? []) : null)),
    total,
  };
}

/* PATCH on members and names. */

function memberIdsOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((member) => {
    const id = typeof member === 'object' && member !== null ? (member as { value?: unknown }).value : member;
    if (typeof id !== 'string' || id.length === 0 || id.length > 64) {
      throw invalidValue('Each member must be an object with the value of a user id');
    }
    return id;
  });
}

function textOf(value: unknown, what: string, required: boolean): string {
  if (typeof value === 'string' && value.trim().length <= 120 && (!required || value.trim().length > 0)) {
    return value.trim();
  }
  throw invalidValue(`${what} must be ${required ? 'non-empty ' : ''}text of at most 120 characters`);
}

function applyGroupAt(model: GroupModel, path: string, value: unknown, op: ScimPatchOperation['op']): void {
  const at = parsePath(path);
  if (at.attribute === 'members') {
    if (at.filter) {
      // `members[value eq "id"]`: the one member the filter names.
      if (at.filter.attribute !== 'value' || typeof at.filter.value !== 'string') {
        throw invalidPath('Accord filters members on value eq "user id"');
      }
      if (op !== 'remove') throw invalidPath('Add or replace members with path "members"');
      model.memberIds.delete(at.filter.value);
      return;
    }
    if (op === 'replace') model.memberIds = new Set();
    if (op === 'remove' && (value === undefined || value === null)) {
      model.memberIds = new Set();
      return;
    }
    for (const id of memberIdsOf(value)) {
      if (op === 'remove') model.memberIds.delete(id);
      else model.memberIds.add(id);
    }
    return;
  }
  if (at.attribute === 'displayname') {
    if (op === 'remove')
      throw new ScimError(400, 'displayName is required and cannot be removed', 'mutability');
    model.displayName = textOf(value, 'displayName', true);
    return;
  }
  if (at.attribute === 'externalid') {
    model.externalId = op === 'remove' || value === null ? null : textOf(value, 'externalId', false);
  }
  // Anything else (id, schemas, meta, attributes Accord does not keep) is accepted and ignored.
}

function applyGroupPatch(model: GroupModel, operations: readonly ScimPatchOperation[]): GroupModel {
  const next = { ...model, memberIds: new Set(model.memberIds) };
  for (const operation of operations) {
    if (operation.path) {
      applyGroupAt(next, operation.path, operation.value, operation.op);
      continue;
    }
    if (operation.op === 'remove') throw new ScimError(400, 'A remove operation needs a path', 'noTarget');
    const value = operation.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw invalidValue('An operation without a path needs an object of attributes as its value');
    }
    for (const [key, attribute] of Object.entries(value)) applyGroupAt(next, key, attribute, operation.op);
  }
  return next;
}

/* Writing. */

/** Brings the team's members to `wanted`: new ones join as members, a lead kept stays a lead. */
async function syncMembers(tx: ServiceContext, organizationId: string, teamId: string, wanted: Set<string>) {
  const current = new Set(await scim.listTeamMemberIds(tx.db, organizationId, teamId));
  const added = [...wanted].filter((id) => !current.has(id));
  const known = await scim.currentMemberIds(tx.db, organizationId, added);
  const unknown = added.find((id) => !known.has(id));
  if (unknown) throw invalidValue(`The member ${unknown} is not an active user of this organization`);
  const now = iso(tx.now());
  for (const personId of added) {
    await teams.upsertTeamMember(tx.db, {
      organization_id: organizationId,
      team_id: teamId,
      person_id: personId,
      role: 'member',
      added_at: now,
    });
  }
  for (const personId of current) {
    if (!wanted.has(personId)) await teams.deleteTeamMember(tx.db, organizationId, teamId, personId);
  }
  if (added.length > 0 || [...current].some((id) => !wanted.has(id))) {
    tx.changes.publish({
      kind: 'membership-changed',
      organizationId,
      personIds: [...added, ...[...current].filter((id) => !wanted.has(id))],
    });
  }
}

async function refuseTakenName(tx: ServiceContext, organizationId: string, name: string, teamId?: string) {
  const { rows } = await scim.pageScimGroups(
    tx.db,
    organizationId,
    { displayName: name },
    { limit: 2, offset: 0 },
  );
  if (rows.some((row) => row.id !== teamId)) {
    throw new ScimError(409, `A group named ${name} already exists`, 'uniqueness');
  }
}

export async function createGroup(ctx: ServiceContext, actor: ScimActor, body: ScimGroupBody) {
  const organizationId = actor.organizationId;
  const id = await inTransaction(ctx, async (tx) => {
    await lockOrganization(tx.db, tx.dialect, organizationId);
    await refuseTakenName(tx, organizationId, body.displayName);
    const now = iso(tx.now());
    const teamId = tx.newId();
    await teams.insertTeam(tx.db, {
      organization_id: organizationId,
      id: teamId,
      name: body.displayName,
      description: '',
      created_at: now,
      archived_at: null,
      is_leadership: 0,
    });
    await scim.upsertScimGroup(tx.db, {
      organization_id: organizationId,
      team_id: teamId,
      external_id: body.externalId ?? null,
      updated_at: now,
    });
    await syncMembers(tx, organizationId, teamId, new Set(memberIdsOf(body.members ?? [])));
    return teamId;
  });
  return getGroup(ctx, actor, id);
}

async function saveGroup(
  ctx: ServiceContext,
  actor: ScimActor,
  id: string,
  next: (current: GroupModel) => GroupModel,
) {
  const organizationId = actor.organizationId;
  await inTransaction(ctx, async (tx) => {
    await lockOrganization(tx.db, tx.dialect, organizationId);
    const row = await scim.findScimGroup(tx.db, organizationId, id);
    if (!row) throw scimNotFound('Group', id);
    const current: GroupModel = {
      displayName: row.name,
      externalId: row.external_id,
      memberIds: new Set(await scim.listTeamMemberIds(tx.db, organizationId, id)),
    };
    const model = next(current);
    if (model.displayName !== row.name) {
      await refuseTakenName(tx, organizationId, model.displayName, id);
      await teams.updateTeam(tx.db, organizationId, id, { name: model.displayName });
      tx.changes.publish({ kind: 'plan-changed', organizationId });
    }
    await scim.upsertScimGroup(tx.db, {
      organization_id: organizationId,
      team_id: id,
      external_id: model.externalId,
      updated_at: iso(tx.now()),
    });
    await syncMembers(tx, organizationId, id, model.memberIds);
  });
}

export async function replaceGroup(ctx: ServiceContext, actor: ScimActor, id: string, body: ScimGroupBody) {
  await saveGroup(ctx, actor, id, () => ({
    displayName: body.displayName,
    externalId: body.externalId ?? null,
    memberIds: new Set(memberIdsOf(body.members ?? [])),
  }));
  return getGroup(ctx, actor, id);
}

/** PATCH answers 204 (RFC 7644 §3.5.2): Entra and Okta read the group again when they need it. */
export async function patchGroup(
  ctx: ServiceContext,
  actor: ScimActor,
  id: string,
  operations: readonly ScimPatchOperation[],
): Promise<void> {
  await saveGroup(ctx, actor, id, (current) => applyGroupPatch(current, operations));
}

/** Deleting a group archives its team: its promises and history stay, under its name. */
export async function deleteGroup(ctx: ServiceContext, actor: ScimActor, id: string): Promise<void> {
  const organizationId = actor.organizationId;
  await inTransaction(ctx, async (tx) => {
    const row = await scim.findScimGroup(tx.db, organizationId, id);
    if (!row) throw scimNotFound('Group', id);
    await teams.updateTeam(tx.db, organizationId, id, { archived_at: iso(tx.now()) });
    await scim.deleteScimGroup(tx.db, organizationId, id);
    tx.changes.publish({ kind: 'plan-changed', organizationId });
  });
}
