import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CalendarDate, Timestamp } from './common.js';

describe('the two kinds of time on the wire', () => {
  it('keep their OpenAPI formats: date for a calendar date, date-time for an instant', () => {
    expect(z.toJSONSchema(CalendarDate)).toMatchObject({ type: 'string', format: 'date' });
    expect(z.toJSONSchema(Timestamp)).toMatchObject({ type: 'string', format: 'date-time' });
  });

  it('accept only their own kind of text', () => {
    expect(CalendarDate.safeParse('2026-12-31').success).toBe(true);
    expect(CalendarDate.safeParse('2026-12-31T00:00:00.000Z').success).toBe(false);
    expect(CalendarDate.safeParse('2027-02-29').success).toBe(false);
    expect(Timestamp.safeParse('2026-12-31T03:30:00.000Z').success).toBe(true);
    expect(Timestamp.safeParse('2026-12-31').success).toBe(false);
  });
});
