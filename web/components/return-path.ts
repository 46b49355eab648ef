/**
 * Where to go after signing in: the page the guard turned the person away from, if it was a page of
 * this app, else home.
 */
export function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}
