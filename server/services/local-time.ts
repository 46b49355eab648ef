/**
 * The organization's wall clock, for what goes out at a set local hour (the daily summary, the
 * weekly digest): each organization keeps an IANA zone (organizations.time_zone, UTC unless an
 * owner or admin chose another), and every local hour and day here is in the zone passed.
 */

export interface LocalMoment {
  /** The local date, YYYY-MM-DD. */
  date: string;
  hour: number;
  /** 1 for Monday … 7 for Sunday. */
  isoWeekday: number;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function localMoment(now: Date, timeZone: string): LocalMoment {
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

/**
 * The instant the local `date` reaches `hour` in the zone (to the hour: a half-hour zone is off by 30
 * minutes). The zone's offset is read at a first guess, then again at the instant it gives: on the
 * day a zone changes its clocks the two differ, and the second is the one in force at that hour.
 */
export function instantAt(date: string, hour: number, timeZone: string): Date {
  const wanted = Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);
  let at = wanted;
  for (let pass = 0; pass < 2; pass += 1) {
    const seen = localMoment(new Date(at), timeZone);
    const offset = Date.parse(`${seen.date}T${String(seen.hour).padStart(2, '0')}:00:00Z`) - at;
    at = wanted - offset;
  }
  return new Date(at);
}

/** The local date `days` after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** The local date (YYYY-MM-DD) an ISO instant falls on in the zone: what an email shows. */
export function localDateOf(instant: string, timeZone: string): string {
  return localMoment(new Date(instant), timeZone).date;
}
