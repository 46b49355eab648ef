/**
 * Why a policy refused an action. The code says what kind of obstacle it is, so the server can
 * answer with the right status and a client knows what would help:
 * - `read-only`: the viewer's role only reads (a viewer);
 * - `not-permitted`: someone else does this (another side, a lead, an owner or admin);
 * - `not-now`: the resource is not in a state where this is done (a closed cycle, a kept promise);
 * - `incomplete`: something must happen first (answer the question before resolving it).
 */
export const policyRefusalCodes = ['read-only', 'not-permitted', 'not-now', 'incomplete'] as const;

export type PolicyRefusalCode = (typeof policyRefusalCodes)[number];

export interface PolicyRefusal {
  readonly code: PolicyRefusalCode;
  /** A sentence a person can act on: who may do it, or what must change first. */
  readonly message: string;
}

export type Decision = { readonly ok: true } | { readonly ok: false; readonly refusal: PolicyRefusal };

/** One condition of an action: null when it holds, otherwise the refusal to give. */
export type Check<F> = (facts: F) => PolicyRefusal | null;

type Message<F> = string | ((facts: F) => string);

export function check<F>(
  code: PolicyRefusalCode,
  holds: (facts: F) => boolean,
  message: Message<F>,
): Check<F> {
  return (facts) =>
    holds(facts) ? null : { code, message: typeof message === 'string' ? message : message(facts) };
}

/** The action is the viewer's to do only when `holds`. */
export const who = <F>(holds: (facts: F) => boolean, message: Message<F>): Check<F> =>
  check('not-permitted', holds, message);

/** The action is possible only while the resource is as `holds` says. */
export const when = <F>(holds: (facts: F) => boolean, message: Message<F>): Check<F> =>
  check('not-now', holds, message);

/** The action waits until `holds`: something the viewer or another must do first. */
export const after = <F>(holds: (facts: F) => boolean, message: Message<F>): Check<F> =>
  check('incomplete', holds, message);
