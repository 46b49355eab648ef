import { type IsoInstant, instantMs } from './instant.js';
import { clampUnit } from './unit-interval.js';

/**
 * The share of the span from `startDate` to `dueDate` elapsed at `at`, in [0, 1]: 0 up to the start, 1
 * from the due date on. A span that is empty or runs backwards jumps from 0 to 1 at the due date.
 */
export function elapsedFraction(startDate: IsoInstant, dueDate: IsoInstant, at: IsoInstant): number {
  const startMs = instantMs(startDate);
  const dueMs = instantMs(dueDate);
  const atMs = instantMs(at);
  // Epoch milliseconds are below 2^53, so these differences are exact.
  if (dueMs <= startMs) return atMs >= dueMs ? 1 : 0;
  return clampUnit((atMs - startMs) / (dueMs - startMs));
}

/**
 * The share of a kept promise's time used at `at`: from the later of its agreement and its cycle's start
 * to the end of its due day (`dueEnd`, the start of the next day). The pace of a promise is judged on the
 * time it has had: one accepted today has used none of it, whatever the cycle's calendar says.
 */
export function timeUsedAt(
  span: { cycleStart: IsoInstant; agreedAt: IsoInstant; dueEnd: IsoInstant },
  at: IsoInstant,
): number {
  const start = instantMs(span.agreedAt) > instantMs(span.cycleStart) ? span.agreedAt : span.cycleStart;
  return elapsedFraction(start, span.dueEnd, at);
}

/**
 * The "ideal line" of a key result chart: the value a metric would have at `at` if it moved in a straight
 * line from `start` at `startDate` to `target` at `dueDate`. Before the start it is `start`, after the due
 * date `target`, exactly. Works for rising and falling lines; for a stay-within metric, draw the band.
 * A plain date is the midnight (UTC) that starts it; a due date that includes its whole day, like a
 * promise's `dueDate`, is reached at the start of the next day, so pass that day.
 */
export function expectedProgressAt(
  start: number,
  target: number,
  startDate: IsoInstant,
  dueDate: IsoInstant,
  at: IsoInstant,
): number {
  const fraction = elapsedFraction(startDate, dueDate, at);
  if (fraction === 0) return start;
  if (fraction === 1) return target;
  // Interpolating as a blend stays finite for any finite ends; the clamp absorbs rounding past them.
  const value = start * (1 - fraction) + target * fraction;
  return Math.min(Math.max(start, target), Math.max(Math.min(start, target), value));
}
