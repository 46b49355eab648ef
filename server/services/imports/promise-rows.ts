import type { KeyResultDefinition } from '../../../contract/key-results.js';
import type { Condition } from '../../../contract/promises.js';
import type { DraftCheckIn, DraftKeyResult, PlannedPromise } from '../../../core/imports/index.js';
import {
  type Act,
  applyLoggedMove,
  newDraft,
  type PromiseState,
  type Side,
} from '../../../core/promises/index.js';
import type {
  CheckInsTable,
  CheckInValuesTable,
  PartyType,
  PromiseMovesTable,
  PromisePerformersTable,
  PromisesTable,
  PromiseTagsTable,
} from '../../store/schema.js';
import { projectionOf } from '../promises/records.js';

/**
 * One imported objective as the rows Accord keeps for a promise: the promise, its move log (folded
 * by core's protocol, so the row is the projection of its moves as for any other promise), and its
 * check-ins. The conversation is dated into the past: opened when the cycle began (or before the
 * first check-in), agreed a minute later, checked in on at the source's dates, then reported,
 * assessed, ended or withdrawn as the source's status says, never later than now.
 */

export interface ImportedParty {
  type: PartyType;
  id: string;
  /** The person who speaks for it: the person, or the team's lead (the importer when it has none). */
  personId: string;
}

export interface ImportedPromiseRows {
  promise: PromisesTable;
  performers: PromisePerformersTable[];
  tags: PromiseTagsTable[];
  moves: PromiseMovesTable[];
  checkIns: CheckInsTable[];
  values: CheckInValuesTable[];
  /** The condition made for each key result, by the key result's source id. */
  conditionIds: Map<string, string>;
  /** The check-ins made for the source's, by their source id. */
  checkInIds: Map<string, string>;
}

const MINUTE = 60_000;

export function conditionOf(id: string, keyResult: DraftKeyResult): Condition {
  const weight = keyResult.weight === null ? {} : { weight: keyResult.weight };
  const definition: KeyResultDefinition =
    keyResult.kind === 'milestone'
      ? { kind: 'milestone', ...weight }
      : {
          kind: 'metric',
          unitKind: keyResult.unitKind,
          unit: keyResult.unit,
          start: keyResult.start,
          direction: Number(keyResult.target) < Number(keyResult.start) ? 'decrease' : 'increase',
          target: keyResult.target,
          ...weight,
        };
  return { id, text: keyResult.title.slice(0, 500), keyResult: definition };
}

/** The values a key result reports now: its current value, or whether a milestone is done. */
export interface ImportedValue {
  conditionId: string;
  value: string | null;
  done: number | null;
}

export function currentValuesOf(
  keyResults: readonly DraftKeyResult[],
  conditionIds: ReadonlyMap<string, string>,
): ImportedValue[] {
  return keyResults.flatMap((keyResult): ImportedValue[] => {
    const conditionId = conditionIds.get(keyResult.sourceId);
    if (!conditionId) return [];
    if (keyResult.kind === 'milestone') return keyResult.done ? [{ conditionId, value: null, done: 1 }] : [];
    return keyResult.current === null ? [] : [{ conditionId, value: keyResult.current, done: null }];
  });
}

export function buildImportedPromise(input: {
  organizationId: string;
  id: string;
  newId: () => string;
  cycle: { id: string; start: string; end: string };
  customer: ImportedParty;
  performer: ImportedParty;
  planned: PlannedPromise;
  now: string;
  /** The person an author's email names, or null when it names nobody known. */
  personOf: (email: string | null) => string | null;
}): ImportedPromiseRows {
  const { organizationId, planned, performer, customer } = input;
  const nowMs = Date.parse(input.now);
  const conditionIds = new Map<string, string>();
  const conditions = planned.keyResults.map((keyResult) => {
    const id = input.newId();
    conditionIds.set(keyResult.sourceId, id);
    return conditionOf(id, keyResult);
  });
  const draft = newDraft<Condition>('customer', {
    title: planned.title,
    description: planned.description,
    conditions,
    dueDate: planned.dueDate,
  });
  const history =
    planned.outcome === 'draft' ? [] : [...planned.checkIns].sort((a, b) => a.at.localeCompare(b.at));
  const firstCheckIn = history[0] ? Date.parse(history[0].at) : Number.POSITIVE_INFINITY;
  let clock = Math.min(
    Date.parse(`${input.cycle.start}T09:00:00.000Z`),
    nowMs - 60 * MINUTE,
    firstCheckIn - 2 * MINUTE,
  );
  const createdAt = new Date(clock - MINUTE).toISOString();
  const tick = (at: number) => {
    clock = Math.max(clock + 1000, at);
    return new Date(clock).toISOString();
  };

  let state: PromiseState<Condition> = draft;
  const moves: PromiseMovesTable[] = [];
  const move = (act: Act, by: Side, at: string, reason?: { text: string }) => {
    const result = applyLoggedMove(state, {
      act,
      by,
      at,
      version: state.version,
      ...(reason ? { reason } : {}),
    });
    // The moves are chosen to be allowed from the state they follow: a refusal is a bug here.
    if (!result.ok)
      throw new Error(`import: ${act} refused on "${planned.title}": ${result.refusal.message}`);
    moves.push({
      organization_id: organizationId,
      id: input.newId(),
      promise_id: input.id,
      seq: moves.length + 1,
      act,
      by_participant: by,
      person_id: by === 'customer' ? customer.personId : performer.personId,
      at,
      version: state.version,
      reason: reason ? JSON.stringify(reason) : null,
      changes: null,
      text: null,
      performer_type: null,
      performer_id: null,
      reply_by: null,
    });
    state = result.state;
  };

  const checkIns: CheckInsTable[] = [];
  const values: CheckInValuesTable[] = [];
  const checkInIds = new Map<string, string>();
  const checkIn = (
    at: string,
    entry: { note: string; status: DraftCheckIn['status']; personId: string | null },
    entryValues: Array<{ conditionId: string; value: string | null; done: number | null }>,
  ) => {
    const id = input.newId();
    checkIns.push({
      organization_id: organizationId,
      id,
      promise_id: input.id,
      person_id: entry.personId ?? performer.personId,
      at,
      confidence: entry.status === 'off-track' ? 3 : entry.status === 'at-risk' ? 5 : 8,
      status: entry.status ?? 'on-track',
      note: entry.note,
      blockers: '',
    });
    for (const value of entryValues) {
      values.push({
        organization_id: organizationId,
        check_in_id: id,
        promise_id: input.id,
        condition_id: value.conditionId,
        value: value.value,
        done: value.done,
      });
    }
    return id;
  };

  if (planned.outcome !== 'draft') {
    move('request', 'customer', tick(clock));
    move('promise', 'performer', tick(clock + MINUTE));
    const latest = nowMs - 40 * MINUTE;
    for (const entry of history) {
      const conditionId = entry.keyResultSourceId ? conditionIds.get(entry.keyResultSourceId) : undefined;
      const id = checkIn(
        tick(Math.min(Date.parse(entry.at), latest)),
        { note: entry.note, status: entry.status, personId: input.personOf(entry.authorEmail) },
        conditionId && entry.value !== null ? [{ conditionId, value: entry.value, done: null }] : [],
      );
      checkInIds.set(entry.sourceId, id);
    }
    const current = currentValuesOf(planned.keyResults, conditionIds);
    if (current.length > 0 || (history.length === 0 && planned.progressStatus)) {
      const at = Math.min(Date.parse(`${input.cycle.end}T12:00:00.000Z`), nowMs - 30 * MINUTE);
      checkIn(
        tick(at),
        { note: 'Imported', status: planned.progressStatus, personId: performer.personId },
        current,
      );
    }
    const later = () => tick(clock + MINUTE);
    if (planned.outcome === 'reported' || planned.outcome === 'satisfied')
      move('report-complete', 'performer', later());
    if (planned.outcome === 'satisfied') move('declare-satisfied', 'customer', later());
    if (planned.outcome === 'ended') move('end', 'customer', later());
    if (planned.outcome === 'withdrawn')
      move('withdraw', 'customer', later(), { text: 'Cancelled in the source' });
  }

  return {
    promise: {
      organization_id: organizationId,
      id: input.id,
      cycle_id: input.cycle.id,
      customer_type: customer.type,
      customer_id: customer.id,
      ...projectionOf(state),
      draft: JSON.stringify(draft),
      state: JSON.stringify(state),
      created_by: customer.personId,
      created_at: createdAt,
      updated_at: moves.at(-1)?.at ?? createdAt,
      size: null,
      direction_version_id: null,
      carried_from_id: null,
    },
    performers: [
      {
        organization_id: organizationId,
        promise_id: input.id,
        party_type: performer.type,
        party_id: performer.id,
        position: 0,
      },
    ],
    tags: planned.tags.map((tag) => ({ organization_id: organizationId, promise_id: input.id, tag })),
    moves,
    checkIns,
    values,
    conditionIds,
    checkInIds,
  };
}
