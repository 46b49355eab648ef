import { z } from 'zod';
import { Timestamp } from './common.js';

/**
 * The weekly digest of an organization's progress as it would go out now: the same subject, HTML
 * and text every recipient gets (each with their own unsubscribe link), for admins to preview.
 */
export const DigestPreview = z
  .object({
    subject: z.string(),
    since: Timestamp.describe('The start of the week the digest covers (the last digest, or a week ago)'),
    until: Timestamp,
    html: z.string().describe('The HTML part, a whole document'),
    text: z.string().describe('The plain-text part'),
    isEmpty: z.boolean().describe('Whether there is nothing to tell: no digest goes out then'),
  })
  .meta({ id: 'DigestPreview' });
export type DigestPreview = z.infer<typeof DigestPreview>;
