import { type CalendarDate, daysBetween } from '../calendar-date.js';
import type { DependencyFacts } from './dependency-risks.js';
import { distinctIds, type Finding, type FindingOptions, idLabels, plural } from './finding.js';

/** What a pending ask is: the move that opened the conversation now awaiting its answer. */
export type PendingAskKind = 'request' | 'offer' | 'counter' | 'renegotiation';

/** A promise awaiting an answer that was asked for by a date. */
export interface PendingAsk {
  promiseId: string;
  ask: PendingAskKind;
  /** The team awaited (whose answer is late) and the team that asked, when they are teams. */
  awaitedTeamId: string | null;
  askerTeamId: string | null;
  replyBy: CalendarDate;
}

/** An unanswered ask; one made by a dependency (asking a supplier to supply) names the dependency. */
export interface UnansweredAskFinding extends Finding<'unanswered-ask'> {
  dependencyId?: string;
}

export interface UnansweredAskOptions extends FindingOptions {
  today: CalendarDate;
}

const askWords: Readonly<Record<PendingAskKind, string>> = {
  request: 'request',
  offer: 'offer',
  counter: 'counter-proposal',
  renegotiation: 'renegotiation',
};

/**
 * Asks still unanswered after the day their answer was asked by. The asker cannot plan on an answer
 * that does not come: a problem. The date is part of the key, so an ask made again with a new date
 * is a new situation (a dismissal of the old one does not hide it).
 */
export function findUnansweredAsks(
  asks: readonly PendingAsk[],
  { today, labels = idLabels }: UnansweredAskOptions,
): UnansweredAskFinding[] {
  return asks.flatMap((ask): UnansweredAskFinding[] => {
    const late = daysBetween(ask.replyBy, today);
    if (late <= 0) return [];
    const awaited = ask.awaitedTeamId === null ? 'The side asked' : labels.team(ask.awaitedTeamId);
    return [
      {
        code: 'unanswered-ask',
        severity: 'problem',
        key: `unanswered-ask:${ask.promiseId}:${ask.replyBy}`,
        promiseIds: [ask.promiseId],
        teamIds: distinctIds([ask.awaitedTeamId, ask.askerTeamId]),
        message:
          `The ${askWords[ask.ask]} on ${labels.promise(ask.promiseId)} asked for an answer by ${ask.replyBy}, ` +
          `${plural(late, 'day')} ago. ${awaited} has not answered: promise, counter or decline it, ` +
          'so the other side can plan.',
      },
    ];
  });
}

/** A dependency that asks its supplier for an answer by a date (absent or null: no date asked). */
export interface DependencyAsk extends DependencyFacts {
  replyBy?: CalendarDate | null;
}

/**
 * Dependencies still proposed after the day their supplier was asked to acknowledge or decline them
 * by: the dependent cannot plan on a supplier that does not say whether it will supply. A problem,
 * keyed by the dependency and its date like the asks on promises.
 */
export function findUnansweredDependencyAsks(
  dependencies: readonly DependencyAsk[],
  { today, labels = idLabels }: UnansweredAskOptions,
): UnansweredAskFinding[] {
  return dependencies.flatMap((dependency): UnansweredAskFinding[] => {
    const { replyBy } = dependency;
    if (dependency.state !== 'proposed' || !replyBy) return [];
    const late = daysBetween(replyBy, today);
    if (late <= 0) return [];
    const dependent = labels.promise(dependency.from);
    const supplier =
      dependency.supplierTeamId === null ? 'The supplier' : labels.team(dependency.supplierTeamId);
    const needs = dependency.to === null ? '' : ` on ${labels.promise(dependency.to)}`;
    return [
      {
        code: 'unanswered-ask',
        severity: 'problem',
        key: `unanswered-ask:dependency:${dependency.id}:${replyBy}`,
        dependencyId: dependency.id,
        promiseIds: distinctIds([dependency.from, dependency.to]),
        teamIds: distinctIds([dependency.supplierTeamId]),
        message:
          `The dependency of ${dependent}${needs} asked its supplier for an answer by ${replyBy}, ` +
          `${plural(late, 'day')} ago. ${supplier} has not answered: acknowledge or decline it, ` +
          `so ${dependent} can plan.`,
      },
    ];
  });
}
