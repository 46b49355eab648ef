/**
 * The organization's wall clock, for what goes out at a set local hour (the daily summary, the
 * weekly digest). Organizations keep no time zone yet, so every one is on UTC; the zone is a
 * parameter so that one stored later is all it takes.
 */
export const ORGANIZATION_TIME_ZONE = 'UTC';

export interface LocalMoment {
  /** The local date, YYYY-MM-DD. */
  date: string;
  hour: number;
  /** 1 for Monday … 7 for Sunday. */
  isoWeekday: number;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function localMoment(now: Date, timeZone = ORGANIZATION_TIME_ZONE): LocalMoment {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
    weekday: 'short',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    hour: Number(part('hour')),
    isoWeekday: WEEKDAYS.indexOf(part('weekday')) + 1,
  };
}

/** The instant the local `date` reaches `hour` in the zone (to the hour: a half-hour zone is off by 30 minutes). */
export function instantAt(date: string, hour: number, timeZone = ORGANIZATION_TIME_ZONE): Date {
  const guess = new Date(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);
  const seen = localMoment(guess, timeZone);
  const seenAt = Date.parse(`${seen.date}T${String(seen.hour).padStart(2, '0')}:00:00Z`);
  return new Date(guess.getTime() - (seenAt - guess.getTime()));
}

/** The local date `days` after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}
