import type { DraftObjective, ImportDraft, Place, Problem } from './draft.js';
import { frameDays, frameOfName, horizonOfFrame, quarterNameOf } from './periods.js';
import {
  IMPORT_KINDS,
  type ImportContext,
  type ImportCounts,
  type ImportPlan,
  type PartyPlan,
  type PlannedCycle,
  type PlannedPerson,
  type PlannedPromise,
  type PlannedTeam,
  type PromiseOutcome,
} from './plan.js';

const rowKey = (place: Place) => `${place.file}\u0000${place.row ?? 0}`;
const lower = (text: string) => text.trim().toLowerCase();

class Problems {
  readonly list: Problem[];
  readonly rowsWithErrors = new Set<string>();

  constructor(initial: readonly Problem[]) {
    this.list = [...initial];
    for (const problem of initial) if (problem.severity === 'error') this.rowsWithErrors.add(rowKey(problem));
  }

  error(place: Place, message: string) {
    this.list.push({ ...place, severity: 'error', message });
    this.rowsWithErrors.add(rowKey(place));
  }

  warning(place: Place, message: string) {
    this.list.push({ ...place, severity: 'warning', message });
  }

  hasError(place: Place) {
    return this.rowsWithErrors.has(rowKey(place));
  }
}

function planPeople(draft: ImportDraft, context: ImportContext, problems: Problems) {
  const people = new Map<string, PlannedPerson>();
  for (const person of draft.people) {
    const first = people.get(person.email);
    if (first) {
      problems.warning(
        { ...person.place, column: 'User Email' },
        `${person.email} appears again (first in row ${first.place.row}); this row is left out`,
      );
      continue;
    }
    if (problems.hasError(person.place)) continue;
    people.set(person.email, {
      place: person.place,
      email: person.email,
      name: person.name,
      isAdmin: person.isAdmin,
      action: context.people.has(person.email) ? 'match' : 'create',
    });
  }
  return people;
}

function planTeams(
  draft: ImportDraft,
  context: ImportContext,
  problems: Problems,
  known: (email: string) => boolean,
) {
  const teams = new Map<string, PlannedTeam>();
  const ensure = (name: string, place: Place) => {
    const key = lower(name);
    let team = teams.get(key);
    if (!team) {
      const existing = context.teams.get(key);
      team = {
        place,
        name: existing?.name ?? name.trim(),
        leadEmails: [...(existing?.leadEmails ?? [])],
        memberEmails: [],
        action: existing ? 'match' : 'create',
      };
      teams.set(key, team);
    }
    return team;
  };
  for (const row of draft.teams) {
    if (teams.has(lower(row.name)) && teams.get(lower(row.name))!.place.file === row.place.file) {
      problems.warning(row.place, `Team ${row.name} appears again; this row is left out`);
      continue;
    }
    const team = ensure(row.name, row.place);
    if (row.leadEmail) {
      if (known(row.leadEmail)) {
        if (!team.leadEmails.includes(row.leadEmail)) team.leadEmails.push(row.leadEmail);
      } else {
        problems.warning(
          { ...row.place, column: 'Owner Email' },
          `Owner ${row.leadEmail} is neither in the Users sheet nor in ${context.organizationName}; the team has no lead`,
        );
      }
    }
  }
  for (const person of draft.people) {
    for (const name of person.teams) {
      if (!teams.has(lower(name)) && !context.teams.has(lower(name))) {
        problems.warning(
          { ...person.place, column: 'Teams' },
          `Team ${name} is not in the Teams sheet; it is created`,
        );
      }
      const team = ensure(name, person.place);
      if (!team.memberEmails.includes(person.email)) team.memberEmails.push(person.email);
    }
  }
  return teams;
}

/** Objectives whose parents lead back to themselves, each with one loop it lies on. */
function findParentLoops(objectives: ReadonlyMap<string, DraftObjective>): Map<string, string[]> {
  const loops = new Map<string, string[]>();
  const state = new Map<string, 'open' | 'done'>();
  for (const start of objectives.keys()) {
    if (state.has(start)) continue;
    // Iterative depth-first walk; `path` is the chain of objectives being explored.
    const path: string[] = [];
    const stack: Array<{ id: string; next: number }> = [{ id: start, next: 0 }];
    state.set(start, 'open');
    path.push(start);
    while (stack.length > 0) {
      const frame = stack.at(-1)!;
      const parents = objectives.get(frame.id)?.parents ?? [];
      if (frame.next < parents.length) {
        const parent = parents[frame.next]!.sourceId;
        frame.next += 1;
        if (!objectives.has(parent)) continue;
        const seen = state.get(parent);
        if (seen === 'open') {
          const loop = [...path.slice(path.indexOf(parent)), parent];
          for (const id of loop) if (!loops.has(id)) loops.set(id, loop);
        } else if (seen === undefined) {
          state.set(parent, 'open');
          path.push(parent);
          stack.push({ id: parent, next: 0 });
        }
      } else {
        state.set(frame.id, 'done');
        path.pop();
        stack.pop();
      }
    }
  }
  return loops;
}

function planCycles(
  draft: ImportDraft,
  objectives: readonly DraftObjective[],
  context: ImportContext,
  problems: Problems,
) {
  const periods = new Map(draft.periods.map((period) => [lower(period.sourceId), period]));
  const frames = new Map<
    string,
    { name: string; start: string | null; end: string | null; action: 'create' | 'match' }
  >();
  const spans = new Map<string, { start: string; end: string }>();
  for (const objective of objectives) {
    const key = objective.periodSourceId ? lower(objective.periodSourceId) : null;
    if (!key) continue;
    const span = spans.get(key);
    const start = objective.startDate ?? objective.dueDate;
    const end = objective.dueDate ?? objective.startDate;
    if (start && end) {
      spans.set(
        key,
        span
          ? { start: start < span.start ? start : span.start, end: end > span.end ? end : span.end }
          : { start, end },
      );
    }
  }
  const cycleOf = (key: string, name: string, place: Place): boolean => {
    if (frames.has(key)) return true;
    const existing = context.cycles.get(key);
    if (existing) {
      frames.set(key, { name: existing.name, start: existing.start, end: existing.end, action: 'match' });
      return true;
    }
    const period = periods.get(key);
    const named = frameOfName(period?.name ?? name);
    const start = period?.start ?? named?.start ?? spans.get(key)?.start ?? null;
    const end = period?.end ?? named?.end ?? spans.get(key)?.end ?? null;
    if (!start || !end || end < start) {
      problems.error(
        { ...place, column: 'Time Period' },
        `Time period ${name} has no dates: name it like "Q1 2025" or "FY2025", or give the objectives start and due dates`,
      );
      return false;
    }
    frames.set(key, { name: (period?.name ?? name).trim().slice(0, 60), start, end, action: 'create' });
    return true;
  };
  for (const period of draft.periods) cycleOf(lower(period.sourceId), period.name, period.place);
  for (const objective of objectives) {
    if (!objective.periodSourceId) {
      const day = objective.dueDate ?? objective.startDate;
      if (!day) {
        problems.error(
          { ...objective.place, column: 'Time Period' },
          'The time period is empty and there is no due date',
        );
        continue;
      }
      objective.periodSourceId = quarterNameOf(day);
    }
    cycleOf(lower(objective.periodSourceId), objective.periodSourceId, objective.place);
  }
  const cycles = new Map<string, PlannedCycle>();
  for (const [key, frame] of frames) {
    const start = frame.start!;
    const end = frame.end!;
    cycles.set(key, {
      key,
      name: frame.name,
      start,
      end,
      horizon: horizonOfFrame(start, end),
      parentKey: null,
      state: end < context.today ? 'closed' : start > context.today ? 'planning' : 'active',
      action: frame.action,
    });
  }
  // Nested: each new cycle sits in the shortest longer cycle that holds it.
  for (const cycle of cycles.values()) {
    if (cycle.action === 'match') continue;
    let parent: PlannedCycle | null = null;
    for (const other of cycles.values()) {
      if (other === cycle || other.start > cycle.start || other.end < cycle.end) continue;
      if (frameDays(other) <= frameDays(cycle)) continue;
      if (!parent || frameDays(other) < frameDays(parent)) parent = other;
    }
    cycle.parentKey = parent?.key ?? null;
  }
  return cycles;
}

function outcomeOf(objective: DraftObjective, isClosed: boolean): PromiseOutcome {
  if (objective.status === 'cancelled') return 'withdrawn';
  if (isClosed) return objective.status === 'completed' ? 'satisfied' : 'ended';
  if (objective.status === 'draft') return 'draft';
  return objective.status === 'completed' ? 'reported' : 'promised';
}

function emptyCounts(): ImportCounts {
  return Object.fromEntries(IMPORT_KINDS.map((kind) => [kind, { create: 0, match: 0 }])) as ImportCounts;
}

/**
 * Checks what a source says against itself and the organization, and plans what to create and
 * what to match: people by email, teams and cycles by name, objectives by their source id. Every
 * problem names its file, row and column. With errors, nothing may be written unless the person
 * chose to skip the rows that have them; then those rows, and the contributions to them, are left out.
 */
export function planImport(draft: ImportDraft, context: ImportContext): ImportPlan {
  const problems = new Problems(draft.problems);
  const people = planPeople(draft, context, problems);
  const isKnownPerson = (email: string) => people.has(email) || context.people.has(email);
  const teams = planTeams(draft, context, problems, isKnownPerson);

  const objectives = new Map<string, DraftObjective>();
  for (const objective of draft.objectives) {
    const first = objectives.get(objective.sourceId);
    if (first) {
      problems.error(
        { ...objective.place, column: 'Row ID' },
        `Row ID ${objective.sourceId} appears again (first in row ${first.place.row})`,
      );
      continue;
    }
    objectives.set(objective.sourceId, objective);
  }
  for (const objective of objectives.values()) {
    const owner = objective.owner;
    if (owner?.type === 'person' && !isKnownPerson(owner.email)) {
      problems.error(
        { ...objective.place, column: 'Owner Email' },
        `Owner ${owner.email} is neither in the Users sheet nor in ${context.organizationName}`,
      );
    }
    if (owner?.type === 'team' && !teams.has(lower(owner.name))) {
      problems.error({ ...objective.place, column: 'Owner' }, `Team ${owner.name} does not exist`);
    }
    for (const parent of objective.parents) {
      if (!objectives.has(parent.sourceId)) {
        problems.error({ ...objective.place, column: 'Parent' }, `Parent ${parent.sourceId} does not exist`);
      }
    }
    if (
      objective.team &&
      lower(objective.team) !== lower(context.organizationName) &&
      !/^organi[sz]ation$/i.test(objective.team)
    ) {
      if (!teams.has(lower(objective.team))) {
        problems.warning(
          { ...objective.place, column: 'Entity' },
          `Team ${objective.team} is not in the Teams sheet; it is created`,
        );
        teams.set(lower(objective.team), {
          place: objective.place,
          name: objective.team.slice(0, 100),
          leadEmails: [],
          memberEmails: [],
          action: 'create',
        });
      }
    } else {
      objective.team = null;
    }
    const seen = new Set<string>();
    for (const keyResult of objective.keyResults) {
      if (seen.has(keyResult.sourceId)) {
        problems.error(
          { ...keyResult.place, column: 'Row ID' },
          `Row ID ${keyResult.sourceId} appears again`,
        );
      }
      seen.add(keyResult.sourceId);
    }
  }
  for (const [id, loop] of findParentLoops(objectives)) {
    problems.error(
      { ...objectives.get(id)!.place, column: 'Parent' },
      `Parents make a loop: ${loop.join(' → ')}`,
    );
  }
  const cycles = planCycles(draft, [...objectives.values()], context, problems);

  const skip = context.skipInvalidRows;
  const skippedRows = new Set<string>();
  for (const objective of draft.objectives) {
    if (objectives.get(objective.sourceId) !== objective) skippedRows.add(rowKey(objective.place));
  }
  const kept = [...objectives.values()].filter((objective) => {
    if (problems.hasError(objective.place)) {
      skippedRows.add(rowKey(objective.place));
      return false;
    }
    return true;
  });
  if (skip) {
    // A key result with an error is left out alone; its objective stays.
    for (const objective of kept) {
      objective.keyResults = objective.keyResults.filter((keyResult) => {
        if (keyResult.place.row === objective.place.row || !problems.hasError(keyResult.place)) return true;
        skippedRows.add(rowKey(keyResult.place));
        return false;
      });
    }
  }
  const keptIds = new Set(kept.map((objective) => objective.sourceId));

  const performerOf = (objective: DraftObjective): PartyPlan =>
    objective.owner?.type === 'team'
      ? { type: 'team', name: teams.get(lower(objective.owner.name))!.name }
      : {
          type: 'person',
          email: objective.owner?.type === 'person' ? objective.owner.email : context.defaultCustomerEmail,
        };

  const promises: PlannedPromise[] = [];
  const contributions: ImportPlan['contributions'] = [];
  for (const objective of skip ? kept : objectives.values()) {
    const cycle = objective.periodSourceId ? cycles.get(lower(objective.periodSourceId)) : undefined;
    if (!cycle) continue;
    const performer = performerOf(objective);
    const parent = objective.parents.map((p) => objectives.get(p.sourceId)).find((p) => p?.owner);
    const teamLead = objective.team ? teams.get(lower(objective.team))?.leadEmails[0] : undefined;
    const customer: PartyPlan = parent
      ? performerOf(parent)
      : teamLead && !(performer.type === 'person' && performer.email === teamLead)
        ? { type: 'person', email: teamLead }
        : { type: 'person', email: context.defaultCustomerEmail };
    let dueDate = objective.dueDate ?? cycle.end;
    if (dueDate < cycle.start || dueDate > cycle.end) {
      problems.warning(
        { ...objective.place, column: 'Due Date' },
        `Due date ${dueDate} is outside ${cycle.name} (${cycle.start} to ${cycle.end}); it is set to ${cycle.end}`,
      );
      dueDate = cycle.end;
    }
    promises.push({
      place: objective.place,
      sourceId: objective.sourceId,
      action: context.importedObjectives.has(objective.sourceId) ? 'update' : 'create',
      title: objective.title.slice(0, 200),
      description: objective.description.slice(0, 20_000),
      cycleKey: cycle.key,
      dueDate,
      performer,
      customer,
      tags: objective.commitment ? [objective.commitment] : [],
      outcome: outcomeOf(objective, cycle.state === 'closed'),
      progressStatus: objective.progressStatus,
      keyResults: objective.keyResults,
      checkIns: objective.checkIns,
    });
    for (const parentRef of objective.parents) {
      if (skip && !keptIds.has(parentRef.sourceId)) {
        if (objectives.has(parentRef.sourceId)) {
          problems.warning(
            { ...objective.place, column: 'Parent' },
            `Parent ${parentRef.sourceId} is skipped; this objective's contribution to it is left out`,
          );
        }
        continue;
      }
      if (!objectives.has(parentRef.sourceId)) continue;
      contributions.push({
        fromSourceId: objective.sourceId,
        toSourceId: parentRef.sourceId,
        weight: parentRef.weight,
      });
    }
  }

  const counts = emptyCounts();
  const tally = (kind: keyof ImportCounts, action: 'create' | 'match' | 'update', n = 1) => {
    counts[kind][action === 'create' ? 'create' : 'match'] += n;
  };
  for (const person of people.values()) tally('people', person.action);
  for (const team of teams.values()) tally('teams', team.action);
  for (const cycle of cycles.values()) tally('cycles', cycle.action);
  for (const promise of promises) {
    tally('promises', promise.action);
    tally('keyResults', promise.action, promise.keyResults.length);
    tally('checkIns', 'create', promise.checkIns.length);
  }
  tally('contributions', 'create', contributions.length);

  const hasErrors = problems.list.some((problem) => problem.severity === 'error');
  return {
    source: draft.source,
    people: [...people.values()],
    teams: [...teams.values()],
    cycles: [...cycles.values()],
    promises,
    contributions,
    problems: problems.list,
    counts,
    skippedRows: skip ? skippedRows.size : 0,
    isBlocked: hasErrors && !skip,
  };
}
