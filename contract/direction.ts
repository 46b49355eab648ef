import { z } from 'zod';
import { Id, RequiredText, Timestamp } from './common.js';
import { Can } from './policies.js';

export const DirectionVersion = z.object({
  id: Id,
  version: z.number().int(),
  markdown: z.string(),
  publishedBy: z.object({ id: Id, name: z.string() }),
  publishedAt: Timestamp,
});

export const DirectionComment = z.object({
  id: Id,
  versionId: Id.nullable(),
  person: z.object({ id: Id, name: z.string() }),
  text: z.string(),
  at: Timestamp,
});

export const DirectionDocument = z
  .object({
    cycleId: Id,
    draft: z
      .object({
        markdown: z.string(),
        updatedAt: Timestamp,
        updatedBy: z.object({ id: Id, name: z.string() }),
      })
      .nullable()
      .describe('Visible to leadership only'),
    versions: z.array(DirectionVersion).describe('Every published version, newest first'),
    comments: z.array(DirectionComment),
    canWrite: z.boolean().describe('Whether the signed-in person may edit the draft: the same as can.edit'),
    can: Can('direction', 'DirectionActions'),
  })
  .meta({ id: 'DirectionDocument' });
export type DirectionDocument = z.infer<typeof DirectionDocument>;

/**
 * The longest direction document, in characters: every member's browser renders it, so it is
 * bounded (README, "Markdown"). About 15,000 words.
 */
export const MAX_DIRECTION_LENGTH = 100_000;

export const SaveDirectionBody = z.object({
  markdown: z.string().max(MAX_DIRECTION_LENGTH, `must have at most ${MAX_DIRECTION_LENGTH} characters`),
});
export const MAX_DIRECTION_COMMENT_LENGTH = 5000;

export const CommentDirectionBody = z.object({
  text: RequiredText(MAX_DIRECTION_COMMENT_LENGTH),
  versionId: Id.optional(),
});
