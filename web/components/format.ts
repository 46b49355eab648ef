const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}

/** "Ada Okafor" → "Ada": a friendly greeting without guessing at name order beyond the first word. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}
