import { type CalendarDate, daysBetween } from '../calendar-date.js';
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
): Finding<'unanswered-ask'>[] {
  return asks.flatMap((ask): Finding<'unanswered-ask'>[] => {
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
