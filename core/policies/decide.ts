import type { Facts, Resource } from './facts.js';
import type { Check, Decision } from './refusal.js';
import { type ActionOf, policies } from './table.js';

type Rows<R extends Resource> = Readonly<Record<string, readonly Check<Facts[R]>[]>>;

function rowsOf<R extends Resource>(resource: R): Rows<R> {
  const table: { readonly [K in Resource]: Rows<K> } = policies;
  return table[resource];
}

function decideRow<F>(checks: readonly Check<F>[], facts: F): Decision {
  for (const check of checks) {
    const refusal = check(facts);
    if (refusal) return { ok: false, refusal };
  }
  return { ok: true };
}

/** Whether the viewer the facts describe may do `action` on the resource, or why not. */
export function decide<R extends Resource>(resource: R, action: ActionOf<R>, facts: Facts[R]): Decision {
  return decideRow(rowsOf(resource)[action] ?? [], facts);
}

function answerEach<R extends Resource>(
  resource: R,
  answer: (checks: readonly Check<Facts[R]>[]) => boolean,
): Record<ActionOf<R>, boolean> {
  const answers: Record<string, boolean> = {};
  for (const [action, checks] of Object.entries(rowsOf(resource))) answers[action] = answer(checks);
  // The keys are exactly the row's actions, which is what ActionOf<R> names.
  return answers as Record<ActionOf<R>, boolean>;
}

/** Every action of the resource, and whether the viewer may do it now: the `can` the API sends with it. */
export function can<R extends Resource>(resource: R, facts: Facts[R]): Record<ActionOf<R>, boolean> {
  return answerEach(resource, (checks) => decideRow(checks, facts).ok);
}

/** Every action of the resource, none allowed: for a resource shown as it was, which nobody changes. */
export function cannot<R extends Resource>(resource: R): Record<ActionOf<R>, boolean> {
  return answerEach(resource, () => false);
}
