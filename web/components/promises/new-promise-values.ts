import type { ConditionDraft } from './condition-draft.js';

/** How a new promise is opened: asked for by its customer, offered by its performer, or drafted first. */
export type Opening = 'request' | 'offer' | 'draft';

/** What the new-promise form holds, shared by the form and its field groups. */
export interface NewPromiseValues {
  open: Opening;
  draftedBy: 'customer' | 'performer';
  cycleId: string | null;
  customer: string | null;
  performers: string[];
  title: string;
  description: string;
  conditions: ConditionDraft[];
  dueDate: string;
  tags: string[];
  /** The day the other side is asked to answer by ('' for none): with a request or an offer. */
  replyBy: string;
}
