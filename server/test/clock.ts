/** How far to move the clock: the parts add up. */
export interface Duration {
  days?: number;
  hours?: number;
  minutes?: number;
  seconds?: number;
  milliseconds?: number;
}

const MS = { days: 86_400_000, hours: 3_600_000, minutes: 60_000, seconds: 1000, milliseconds: 1 } as const;

export function durationMs(duration: Duration): number {
  return Object.entries(MS).reduce(
    (total, [unit, ms]) => total + (duration[unit as keyof Duration] ?? 0) * ms,
    0,
  );
}

/**
 * The time the services see in a test (ServiceContext.now). It follows the wall clock until a test
 * sets it; from then on it moves only when the test advances it, so "a week later" needs no waiting
 * and every time written is one the test chose. Like the wall clock it never tells the same instant
 * twice: each reading is a millisecond after the last, so what happens in order is stored in order
 * (lists sorted by time stay deterministic on both engines).
 *
 * A file whose tests set the clock puts it back after each: `afterEach(() => t.clock.reset())`.
 * Sessions and invitations expire by this clock too: a test that jumps more than a few weeks past
 * the moment its people signed in calls the services directly, or signs people in after the jump.
 */
export class TestClock {
  private stoppedAt: number | null = null;

  /** The clock as ServiceContext wants it; safe to pass around unbound. */
  readonly now = (): Date => {
    if (this.stoppedAt === null) return new Date();
    const reading = new Date(this.stoppedAt);
    this.stoppedAt += 1;
    return reading;
  };

  /** Stops the clock at `at`, a timestamp such as '2027-01-10T09:00:00Z' (default: this moment). */
  set(at: string | Date = new Date()): Date {
    const time = typeof at === 'string' ? Date.parse(at) : at.getTime();
    if (Number.isNaN(time)) throw new Error(`Not a timestamp: ${String(at)}`);
    this.stoppedAt = time;
    return new Date(time);
  }

  /** Moves the clock forward (stopping it first, at this moment, if it still follows the wall clock). */
  advance(by: Duration): Date {
    this.stoppedAt = (this.stoppedAt ?? Date.now()) + durationMs(by);
    return new Date(this.stoppedAt);
  }

  /** Follows the wall clock again. */
  reset(): void {
    this.stoppedAt = null;
  }
}
