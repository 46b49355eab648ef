import type { CalendarDate } from '../../../contract/common.js';
import { replyByDateRefusal } from '../../../core/promises/index.js';

/**
 * Why the day typed in a "Reply by" field cannot be sent, or null: the protocol's rule (no day gone
 * by), read against the reader's today. Empty asks for no date, which is fine.
 */
export function replyByProblem(replyBy: string, today: CalendarDate): string | null {
  if (replyBy === '') return null;
  return replyByDateRefusal(replyBy, today);
}
