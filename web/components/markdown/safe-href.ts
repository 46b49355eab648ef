/**
 * The address a link in a document may have: http, https or mailto, normalised; null for anything
 * else (javascript:, data:, vbscript:, a relative path), which leaves the link's words as plain text.
 */
export function safeHref(href: string): string | null {
  if (!/^(https?:\/\/|mailto:)/i.test(href.trim())) return null;
  try {
    const url = new URL(href.trim());
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
