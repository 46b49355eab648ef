import {
  addDays,
  type CalendarDate,
  compareDates,
  earliestDate,
  isCalendarDate,
  latestDate,
} from './calendar-date.js';
import { type Horizon, isLongerHorizon } from './horizon.js';
import { cyclesOverlap, frameLengthInDays, type TimeFrame } from './time-frame.js';

/**
 * A planning period on one horizon (FY2027 on "1 year", FY2027-Q1 on "Quarter"), optionally
 * nested in a cycle on a longer horizon. Invariants, enforced by validateCycle: start <= end; a
 * child lies within its parent; cycles on the same horizon never overlap.
 */
export interface Cycle extends TimeFrame {
  id: string;
  name: string;
  horizon: Horizon;
  parentId: string | null;
}

/** A cycle being created (no id yet) or edited (its id, so it is not compared with itself). */
export interface CycleCandidate extends TimeFrame {
  id?: string;
  name: string;
  horizon: Horizon;
}

/** What validateCycle needs to know about another cycle. */
export type CycleNeighbour = Pick<Cycle, 'id' | 'name' | 'horizon' | 'start' | 'end'>;

export interface CycleContext {
  parent: CycleNeighbour | null;
  /**
   * The organization's other cycles on the candidate's horizon, whatever their parent: two
   * same-horizon cycles must never overlap, or "the quarter containing today" has two answers.
   * Cycles on other horizons and the candidate itself (same id) are ignored if passed.
   */
  siblings: readonly CycleNeighbour[];
  /** The cycles nested in the candidate, when it is redated: each must still lie within it. */
  children?: readonly CycleNeighbour[];
}

export const cycleRefusalCodes = [
  'name-empty',
  'name-too-long',
  'name-taken',
  'invalid-date',
  'end-before-start',
  'parent-horizon-not-longer',
  'starts-before-parent',
  'ends-after-parent',
  'overlaps-sibling',
  'leaves-out-child',
] as const;

export type CycleRefusalCode = (typeof cycleRefusalCodes)[number];

export interface CycleRefusal {
  code: CycleRefusalCode;
  message: string;
  /** The cycle the candidate conflicts with, so a form can link to it. */
  conflictingCycleId?: string;
}

export const cycleNameLength = { min: 1, max: 60 } as const;

/** "FY2027 (2027-01-01 to 2027-12-31)": how refusals name a cycle so a person can find it. */
export function describeCycle(cycle: Pick<Cycle, 'name' | 'start' | 'end'>): string {
  return `${cycle.name} (${cycle.start} to ${cycle.end})`;
}

const dateFields: readonly ('start' | 'end')[] = ['start', 'end'];

/** Why a cycle cannot be saved; empty when it can. All refusals are reported at once. */
export function validateCycle(candidate: CycleCandidate, context: CycleContext): CycleRefusal[] {
  const refusals: CycleRefusal[] = [...refuseName(candidate, context.siblings)];
  const badDates = dateFields.filter((field) => !isCalendarDate(candidate[field]));
  if (badDates.length > 0) {
    // Without real dates nothing else about time can be judged.
    return [
      ...refusals,
      ...badDates.map(
        (field): CycleRefusal => ({
          code: 'invalid-date',
          message: `The ${field} date "${candidate[field]}" is not a calendar date; write it as YYYY-MM-DD.`,
        }),
      ),
    ];
  }
  if (candidate.end < candidate.start) {
    refusals.push({
      code: 'end-before-start',
      message: `The cycle ends on ${candidate.end}, before it starts on ${candidate.start}; end it on or after ${candidate.start}.`,
    });
    return refusals;
  }
  if (context.parent) refusals.push(...refuseParent(candidate, context.parent));
  refusals.push(...refuseOverlaps(candidate, context.siblings));
  refusals.push(...refuseChildren(candidate, context.children ?? []));
  return refusals;
}

function refuseChildren(candidate: CycleCandidate, children: readonly CycleNeighbour[]): CycleRefusal[] {
  return children
    .filter((child) => child.start < candidate.start || child.end > candidate.end)
    .sort((a, b) => compareDates(a.start, b.start))
    .map(
      (child): CycleRefusal => ({
        code: 'leaves-out-child',
        message: `${describeCycle(child)} lies within this cycle and would no longer fit in ${candidate.start} to ${candidate.end}; keep the dates around it, or redate it first.`,
        conflictingCycleId: child.id,
      }),
    );
}

function refuseName(candidate: CycleCandidate, siblings: readonly CycleNeighbour[]): CycleRefusal[] {
  const name = candidate.name.trim();
  if (name.length < cycleNameLength.min) {
    return [{ code: 'name-empty', message: 'Give the cycle a name, such as FY2027 or FY2027-Q1.' }];
  }
  if (name.length > cycleNameLength.max) {
    return [
      {
        code: 'name-too-long',
        message: `Shorten the cycle's name to at most ${cycleNameLength.max} characters (it has ${name.length}).`,
      },
    ];
  }
  const clash = sameHorizonOthers(candidate, siblings).find(
    (other) => other.name.trim().toLowerCase() === name.toLowerCase(),
  );
  if (!clash) return [];
  return [
    {
      code: 'name-taken',
      message: `${describeCycle(clash)} already uses this name on the ${clash.horizon.name} horizon; choose another.`,
      conflictingCycleId: clash.id,
    },
  ];
}

function refuseParent(candidate: CycleCandidate, parent: CycleNeighbour): CycleRefusal[] {
  const refusals: CycleRefusal[] = [];
  if (!isLongerHorizon(parent.horizon, candidate.horizon)) {
    refusals.push({
      code: 'parent-horizon-not-longer',
      message:
        `${describeCycle(parent)} is on the ${parent.horizon.name} horizon, which is not longer than ` +
        `this cycle's ${candidate.horizon.name} horizon; nest it in a cycle on a longer horizon, or in none.`,
      conflictingCycleId: parent.id,
    });
  }
  if (candidate.start < parent.start) {
    refusals.push({
      code: 'starts-before-parent',
      message: `The cycle starts on ${candidate.start}, before its parent ${describeCycle(parent)} begins; start it on or after ${parent.start}.`,
      conflictingCycleId: parent.id,
    });
  }
  if (candidate.end > parent.end) {
    refusals.push({
      code: 'ends-after-parent',
      message: `The cycle ends on ${candidate.end}, after its parent ${describeCycle(parent)} ends; end it on or before ${parent.end}.`,
      conflictingCycleId: parent.id,
    });
  }
  return refusals;
}

function refuseOverlaps(candidate: CycleCandidate, siblings: readonly CycleNeighbour[]): CycleRefusal[] {
  return sameHorizonOthers(candidate, siblings)
    .filter((sibling) => cyclesOverlap(candidate, sibling))
    .sort((a, b) => compareDates(a.start, b.start))
    .map(
      (sibling): CycleRefusal => ({
        code: 'overlaps-sibling',
        message: overlapMessage(candidate, sibling),
        conflictingCycleId: sibling.id,
      }),
    );
}

function overlapMessage(candidate: CycleCandidate, sibling: CycleNeighbour): string {
  const shared = {
    start: latestDate(candidate.start, sibling.start),
    end: earliestDate(candidate.end, sibling.end),
  };
  const days = frameLengthInDays(shared);
  const sharedText = days === 1 ? `on ${shared.start}` : `for ${days} days, ${shared.start} to ${shared.end}`;
  const head = `The cycle overlaps ${describeCycle(sibling)} on the ${sibling.horizon.name} horizon ${sharedText}`;
  if (candidate.start >= sibling.start && candidate.end <= sibling.end) {
    return `${head}; it lies entirely inside it. Choose dates outside ${sibling.name}, or change ${sibling.name}'s dates.`;
  }
  if (candidate.start <= sibling.start && candidate.end >= sibling.end) {
    return `${head}; it contains it entirely. Shorten the cycle or change ${sibling.name}'s dates.`;
  }
  if (candidate.start >= sibling.start) {
    return `${head}; start it on or after ${addDays(sibling.end, 1)}.`;
  }
  return `${head}; end it on or before ${addDays(sibling.start, -1)}.`;
}

function sameHorizonOthers(candidate: CycleCandidate, siblings: readonly CycleNeighbour[]): CycleNeighbour[] {
  return siblings.filter(
    (sibling) =>
      sibling.horizon.key === candidate.horizon.key &&
      (candidate.id === undefined || sibling.id !== candidate.id),
  );
}

/** The cycles whose dates include `date`, shortest first (so a quarter comes before its year). */
export function cyclesContaining<T extends TimeFrame & { name: string }>(
  cycles: readonly T[],
  date: CalendarDate,
): T[] {
  return cycles
    .filter((cycle) => cycle.start <= date && date <= cycle.end)
    .sort(
      (a, b) =>
        frameLengthInDays(a) - frameLengthInDays(b) ||
        compareDates(a.start, b.start) ||
        a.name.localeCompare(b.name),
    );
}

/**
 * The cycle that includes `date`, or null. Pass one horizon's cycles to ask "which quarter is it";
 * given cycles of several horizons, the shortest (most specific) one wins.
 */
export function cycleContaining<T extends TimeFrame & { name: string }>(
  cycles: readonly T[],
  date: CalendarDate,
): T | null {
  return cyclesContaining(cycles, date)[0] ?? null;
}
