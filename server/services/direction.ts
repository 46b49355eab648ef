import type { DirectionDocument } from '../../contract/direction.js';
import { can, type DirectionFacts } from '../../core/policies/index.js';
import { AppError, notFound } from '../errors.js';
import * as directionStore from '../store/direction.js';
import * as teamStore from '../store/teams.js';
import type { MemberActor } from './authorization.js';
import { inTransaction, iso, type ServiceContext } from './context.js';
import { getCycle } from './cycles/cycles.js';
import { notifyMentions } from './mentions.js';
import { enforce } from './policies.js';

/** Leadership is any team the organization marks as such; its members write the direction. */
export async function isLeadershipMember(ctx: ServiceContext, actor: MemberActor): Promise<boolean> {
  const places = await teamStore.listTeamPlaces(ctx.db, actor.organizationId, [actor.personId]);
  return places.some((place) => place.isLeadership);
}

/** What a policy needs to know of a cycle's direction document and the viewer. */
async function directionFacts(
  ctx: ServiceContext,
  actor: MemberActor,
  cycleId: string,
): Promise<DirectionFacts> {
  const [isLeadership, versions] = await Promise.all([
    isLeadershipMember(ctx, actor),
    directionStore.listDirectionVersions(ctx.db, actor.organizationId, [cycleId]),
  ]);
  return { role: actor.role, isLeadershipMember: isLeadership, hasPublishedVersion: versions.length > 0 };
}

export async function getDirection(
  ctx: ServiceContext,
  actor: MemberActor,
  cycleId: string,
): Promise<DirectionDocument> {
  await getCycle(ctx, actor.organizationId, cycleId);
  const allowed = can('direction', await directionFacts(ctx, actor, cycleId));
  const [draft, versions, comments] = await Promise.all([
    // The draft is leadership's until published: only who may edit it reads it.
    allowed.edit
      ? directionStore.findDirectionDraft(ctx.db, actor.organizationId, cycleId)
      : Promise.resolve(undefined),
    directionStore.listDirectionVersions(ctx.db, actor.organizationId, [cycleId]),
    directionStore.listDirectionComments(ctx.db, actor.organizationId, cycleId),
  ]);
  return {
    cycleId,
    draft: draft
      ? {
          markdown: draft.markdown,
          updatedAt: draft.updated_at,
          updatedBy: { id: draft.updated_by, name: draft.person_name },
        }
      : null,
    versions: versions.map((v) => ({
      id: v.id,
      version: v.version,
      markdown: v.markdown,
      publishedBy: { id: v.published_by, name: v.person_name },
      publishedAt: v.published_at,
    })),
    comments: comments.map((c) => ({
      id: c.id,
      versionId: c.version_id,
      person: { id: c.person_id, name: c.person_name },
      text: c.text,
      at: c.at,
    })),
    canWrite: allowed.edit,
    can: allowed,
  };
}

export async function saveDirectionDraft(
  ctx: ServiceContext,
  actor: MemberActor,
  cycleId: string,
  markdown: string,
) {
  enforce('direction', 'edit', await directionFacts(ctx, actor, cycleId));
  await getCycle(ctx, actor.organizationId, cycleId);
  await directionStore.saveDirectionDraft(ctx.db, {
    organization_id: actor.organizationId,
    cycle_id: cycleId,
    markdown,
    updated_by: actor.personId,
    updated_at: iso(ctx.now()),
  });
  return getDirection(ctx, actor, cycleId);
}

/** Publishing keeps every version: teams' drafts cite the one they read. */
export async function publishDirection(ctx: ServiceContext, actor: MemberActor, cycleId: string) {
  enforce('direction', 'publish', await directionFacts(ctx, actor, cycleId));
  await inTransaction(ctx, async (tx) => {
    await getCycle(tx, actor.organizationId, cycleId);
    const draft = await directionStore.findDirectionDraft(tx.db, actor.organizationId, cycleId);
    if (!draft?.markdown.trim()) {
      throw new AppError('validation_failed', 'Write the direction before publishing it');
    }
    const versions = await directionStore.listDirectionVersions(tx.db, actor.organizationId, [cycleId]);
    if (versions[0]?.markdown === draft.markdown) {
      throw new AppError(
        'conflict',
        `Version ${versions[0].version} already says this; change the draft first`,
      );
    }
    await directionStore.insertDirectionVersion(tx.db, {
      organization_id: actor.organizationId,
      id: tx.newId(),
      cycle_id: cycleId,
      version: (versions[0]?.version ?? 0) + 1,
      markdown: draft.markdown,
      published_by: actor.personId,
      published_at: iso(tx.now()),
    });
    // Published, the direction is every member's to read: who it mentions is told, once a cycle
    // (a draft, leadership's alone, tells nobody; a later version does not tell them again).
    await notifyMentions(
      tx,
      actor,
      draft.markdown,
      { on: 'direction', cycleId, what: 'the direction' },
      `mention:direction:${cycleId}`,
    );
  });
  return getDirection(ctx, actor, cycleId);
}

export async function commentOnDirection(
  ctx: ServiceContext,
  actor: MemberActor,
  cycleId: string,
  input: { text: string; versionId?: string | undefined },
) {
  await getCycle(ctx, actor.organizationId, cycleId);
  enforce('direction', 'comment', await directionFacts(ctx, actor, cycleId));
  const versions = await directionStore.listDirectionVersions(ctx.db, actor.organizationId, [cycleId]);
  if (input.versionId && !versions.some((v) => v.id === input.versionId)) throw notFound('Direction version');
  await inTransaction(ctx, async (tx) => {
    const id = tx.newId();
    await directionStore.insertDirectionComment(tx.db, {
      organization_id: actor.organizationId,
      id,
      cycle_id: cycleId,
      version_id: input.versionId ?? versions[0]!.id,
      person_id: actor.personId,
      text: input.text,
      at: iso(tx.now()),
    });
    await notifyMentions(
      tx,
      actor,
      input.text,
      { on: 'direction', cycleId, what: 'a comment on the direction' },
      `mention:direction-comment:${id}`,
    );
  });
  return getDirection(ctx, actor, cycleId);
}

/** A promise cites a published version of its cycle's direction, or of an enclosing cycle's. */
export async function requireCitableVersion(ctx: ServiceContext, organizationId: string, versionId: string) {
  const version = await directionStore.findDirectionVersion(ctx.db, organizationId, versionId);
  if (!version) throw notFound('Direction version');
  return version;
}
