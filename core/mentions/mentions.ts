/*
 * A mention is written into the text as `@[Name](person:ID)`: the id names the person for good (a
 * rename changes nothing it points to), the name is what a reader without the app sees, and the
 * shape is a markdown link, so a document rendered as markdown shows it as one.
 */

/** The longest name a mention carries; longer ones are cut when written. */
export const MAX_MENTION_NAME_LENGTH = 100;

/** At most this many people are told of one text: a list of the whole organization is not a mention. */
export const MAX_MENTIONS_PER_TEXT = 20;

const MENTION = /@\[([^\]\n]{1,100})\]\(person:([A-Za-z0-9_-]{1,64})\)/g;

/** A piece of a text: words as written, or a mention of a person. */
export type MentionPart = { text: string } | { mention: { personId: string; name: string } };

/** The text split into its words and its mentions, in order. */
export function mentionParts(text: string): MentionPart[] {
  const parts: MentionPart[] = [];
  let last = 0;
  for (const match of text.matchAll(MENTION)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ mention: { name: match[1] as string, personId: match[2] as string } });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** The ids of the people a text mentions, each once, in the order first mentioned, at most MAX_MENTIONS_PER_TEXT. */
export function mentionedIds(text: string): string[] {
  const ids = new Set<string>();
  for (const match of text.matchAll(MENTION)) {
    ids.add(match[2] as string);
    if (ids.size === MAX_MENTIONS_PER_TEXT) break;
  }
  return [...ids];
}

/** How a mention of this person is written into a text. */
export function mentionOf(person: { id: string; name: string }): string {
  const name =
    person.name
      .replace(/[[\]\n\r]/g, ' ')
      .trim()
      .slice(0, MAX_MENTION_NAME_LENGTH) || 'someone';
  return `@[${name}](person:${person.id})`;
}
