/**
 * Dates for the synthetic organization, relative to the moment it is made so that every run sees
 * the same picture: the current quarter started ten weeks ago, on a Monday.
 */
const DAY_MS = 86_400_000;

/** A calendar date `YYYY-MM-DD` `days` after `date`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The instant `days` (fractional) after midnight UTC of `date`, as ISO text. */
export function instantOf(date: string, days = 0): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString();
}

export function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / DAY_MS;
}

/** The Monday on or before `now`'s day, `weeksBack` weeks earlier. */
export function mondayWeeksBefore(now: Date, weeksBack: number): string {
  const day = now.toISOString().slice(0, 10);
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday - weeksBack * 7);
}

/** The later of two ISO instants. */
export function later(a: string, b: string): string {
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

/** A small seeded generator (mulberry32): the same size makes the same organization. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
