/**
 * Instants travel as ISO 8601 text in UTC ("2027-01-04T09:00:00.000Z"), as the store returns them from
 * both engines. A date alone ("2027-03-31") means midnight UTC. A date-time must carry its offset: without
 * one, JavaScript reads it in the machine's local zone, and the same data would score differently on
 * another server.
 */
export type IsoInstant = string;

const isoInstant = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** Milliseconds since the epoch; throws RangeError for anything but an ISO date or zoned date-time. */
export function instantMs(text: IsoInstant): number {
  const match = isoInstant.exec(text);
  const ms = Date.parse(text);
  if (match === null || Number.isNaN(ms)) throw new RangeError(`"${text}" is not an ISO 8601 instant`);
  // Date.parse rolls "2027-02-30" over to March; a calendar day that does not exist is a mistake.
  const [, year, month, day] = match.map(Number);
  const calendarDay = new Date(Date.UTC(year!, month! - 1, day!));
  if (calendarDay.getUTCMonth() !== month! - 1 || calendarDay.getUTCDate() !== day) {
    throw new RangeError(`"${text}" names a day that does not exist`);
  }
  return ms;
}

export function isoFromMs(ms: number): IsoInstant {
  return new Date(ms).toISOString();
}
