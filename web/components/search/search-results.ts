import type { SearchResult } from '../../../contract/search.js';
import { statusLabels } from '../promises/labels.js';

/** Where a result opens: a promise's page, a person's dashboard, a team's page. */
export function resultPath(result: SearchResult): string {
  if (result.kind === 'promise') return `/promises/${result.id}`;
  if (result.kind === 'person') return `/dashboard?personId=${encodeURIComponent(result.id)}`;
  return `/teams/${result.id}`;
}

/** A result's kind and standing in words: "Promise · Requested", "Person · left the organization". */
export function resultDescription(result: SearchResult): string {
  if (result.kind === 'promise') return `Promise · ${result.status ? statusLabels[result.status] : ''}`;
  if (result.kind === 'person') return result.isRemoved ? 'Person · left the organization' : 'Person';
  return result.isArchived ? 'Team · archived' : 'Team';
}
