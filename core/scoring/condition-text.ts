import type { KeyResult } from './key-result.js';

/** The figures of a metric a condition's text may quote: its start, its target or its band. */
function figuresOf(keyResult: KeyResult | null): string[] {
  if (keyResult === null || keyResult.kind !== 'metric') return [];
  return keyResult.direction === 'stay-within'
    ? [keyResult.start, keyResult.band.low, keyResult.band.high]
    : [keyResult.start, keyResult.target];
}

const escapeForPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A condition's text after its key result changed: each figure the text quotes that the change moved
 * (a target from 300 to 400) is replaced by the new figure, so "p95 latency below 300 ms" does not
 * outlive a counter to 400 ms. Only whole numbers are replaced ("300" in "1300" or "300.5" is left
 * alone), all at once (a start and a target that swap stay swapped). Text that quotes no moved figure
 * is returned as it is.
 */
export function textFollowingKeyResult(
  text: string,
  before: KeyResult | null,
  after: KeyResult | null,
): string {
  const old = figuresOf(before);
  const next = figuresOf(after);
  if (old.length === 0 || old.length !== next.length) return text;
  const replacements = new Map<string, string>();
  old.forEach((figure, index) => {
    const moved = next[index]!;
    if (figure !== moved && !replacements.has(figure)) replacements.set(figure, moved);
  });
  if (replacements.size === 0) return text;
  const pattern = new RegExp(
    `(?<![\\d.,])(${[...replacements.keys()].map(escapeForPattern).join('|')})(?![\\d]|[.,]\\d)`,
    'g',
  );
  return text.replace(pattern, (figure) => replacements.get(figure) ?? figure);
}

/**
 * Conditions as proposed, each kept condition whose key result changed but whose text did not having
 * its text follow the key result. A text the proposer rewrote is theirs and is kept as written.
 */
export function conditionsFollowingKeyResults<
  C extends { readonly id: string; readonly text: string; readonly keyResult: KeyResult | null },
>(onTable: readonly C[], proposed: readonly C[]): C[] {
  const before = new Map(onTable.map((condition) => [condition.id, condition]));
  return proposed.map((condition) => {
    const was = before.get(condition.id);
    if (was === undefined || was.text !== condition.text) return condition;
    const text = textFollowingKeyResult(condition.text, was.keyResult, condition.keyResult);
    return text === condition.text ? condition : { ...condition, text };
  });
}
