/**
 * The sections of a promise's page, each addressable by URL (`/promises/:id#history`), so the inbox,
 * the notifications and the palette link straight to the right place. No imports: the inbox's first
 * load uses it.
 */
export const promiseSections = [
  { id: 'overview', label: 'Overview' },
  { id: 'key-results', label: 'Key results and check-ins' },
  { id: 'links', label: 'Links' },
  { id: 'review', label: 'Review' },
  { id: 'history', label: 'History' },
] as const;

/** A tab's section, or the check-in form inside "Key results and check-ins". */
export type PromiseSectionId = (typeof promiseSections)[number]['id'] | 'check-in';

/** The path of a promise's page, opened at one of its sections when one is given. */
export function promisePath(promiseId: string, section?: PromiseSectionId | null): string {
  return `/promises/${encodeURIComponent(promiseId)}${section ? `#${section}` : ''}`;
}
