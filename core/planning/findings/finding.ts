/**
 * The strategy debugger's output. Findings are not errors: they point at a conversation to have
 * (a loop, a contradiction, a team asked for more than it can do). A 'problem' blocks delivery as
 * planned; a 'warning' is a risk worth a look.
 */
export const FINDING_SEVERITIES = ['warning', 'problem'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

/** Every kind of finding, in the order the strategy debugger shows them. */
export const FINDING_CODES = [
  'dependency-loop',
  'unacknowledged-dependency',
  'declined-dependency',
  'supplier-due-after-dependent',
  'risk-from-supplier',
  'contributes-to-nothing',
  'investment-without-justification',
  'uncovered-promise',
  'team-over-capacity',
  'team-over-capacity-if-pending-accepted',
  'opposite-targets',
  'stale-check-in',
  'unassessed-completion',
  'unanswered-ask',
  'declined-not-replanned',
  'direction-missed',
  'drafts-missed',
  'approval-missed',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export interface Finding<Code extends FindingCode = FindingCode> {
  code: Code;
  severity: FindingSeverity;
  /**
   * Stable identity: the same situation yields the same key on every run, so a finding can be
   * tracked, dismissed or diffed between runs. Starts with the code.
   */
  key: string;
  /** The promises involved, in the order the message names them. */
  promiseIds: string[];
  teamIds: string[];
  message: string;
}

/**
 * How messages name things. The core only sees ids; the server passes names ("Payments: Cut
 * checkout time") so a person can act on the message without looking anything up.
 */
export interface FindingLabels {
  promise(id: string): string;
  team(id: string): string;
  cycle(id: string): string;
}

export const idLabels: FindingLabels = {
  promise: (id) => `promise ${id}`,
  team: (id) => `team ${id}`,
  cycle: (id) => `cycle ${id}`,
};

export interface FindingOptions {
  labels?: FindingLabels;
}

/** Ids without repeats, in first-seen order, skipping the unknown (null) ones. */
export function distinctIds(ids: readonly (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  for (const id of ids) if (id != null) seen.add(id);
  return [...seen];
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
