import { ReviseDraftBody, type Terms } from '../../../contract/promises.js';
import { isSameData } from '../../../core/promises/same-data.js';
import { contractValidator } from '../forms/contract-validator.js';
import { conditionErrors } from './condition-draft.js';
import { changesFrom, type TermsDraft } from './terms-change.js';

/** The draft as it stands on the server: what an edit is compared with. */
export interface DraftAsSaved {
  version: number;
  terms: Terms;
  tags: string[];
}

/** What the edit-draft dialog holds. */
export interface DraftValues {
  terms: TermsDraft;
  tags: string[];
}

/** The request the dialog's values make: only what changed, against the version it was read at. */
export function toReviseDraftBody(draft: DraftAsSaved, values: DraftValues) {
  return {
    version: draft.version,
    ...changesFrom(draft.terms, values.terms),
    ...(isSameData(values.tags, draft.tags) ? {} : { tags: values.tags }),
  };
}

/**
 * The dialog shares its fields with the counter dialog, whose errors are keyed `changes.…`; a tag's
 * issue shows on the tags input. For the server's issues as well as the contract's.
 */
export function draftFieldOf(path: string): string {
  return path.startsWith('tags') ? 'changes.tags' : `changes.${path}`;
}

/** Before sending, a key result's problems are core's to say (see conditionErrors). */
const fieldOfContractIssue = (path: string) =>
  /^conditions\.\d+\.keyResult/.test(path) ? null : draftFieldOf(path);

/** The contract's rules for the revision, then the scoring rules for each key result. */
export function validateDraftRevision(draft: DraftAsSaved, values: DraftValues): Record<string, string> {
  const contract = contractValidator(
    ReviseDraftBody,
    (v: DraftValues) => toReviseDraftBody(draft, v),
    fieldOfContractIssue,
  );
  return { ...conditionErrors(values.terms.conditions, 'changes.conditions.'), ...contract(values) };
}
