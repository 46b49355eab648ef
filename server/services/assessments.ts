import type { Assessment } from '../../contract/assessments.js';
import { type RecordedValue, scoreConditions } from '../../core/scoring/index.js';
import * as assessmentsStore from '../store/assessments.js';
import * as checkIns from '../store/check-ins.js';
import type { RetrospectivesTable } from '../store/schema.js';
import * as standings from '../store/standings.js';
import type { MemberActor } from './authorization.js';
import { visible } from './check-ins.js';
import { iso, type ServiceContext } from './context.js';
import { enforce } from './policies.js';
import { recordedValues } from './progress.js';
import type { PromiseRecord } from './promises/records.js';

/**
 * What an assessment keeps of the promise as it ends: the final value and score of each key result
 * and the promise's score, in the columns the store writes.
 */
export function finalScores(
  conditions: PromiseRecord['state']['terms']['conditions'],
  recorded: readonly RecordedValue[],
): { score: number | null; key_results: string } {
  const { keyResults, score } = scoreConditions(conditions, recorded);
  return {
    score,
    key_results: JSON.stringify(
      keyResults.map(({ condition, current, progress }) => ({
        conditionId: condition.id,
        text: condition.text,
        final: current,
        score: progress,
      })),
    ),
  };
}

/**
 * Called inside the move's transaction when the customer declares satisfied or dissatisfied: the
 * final value and score of each key result are kept with the declaration.
 */
export async function recordAssessment(
  ctx: ServiceContext,
  record: PromiseRecord,
  input: { satisfied: boolean; note: string; personId: string; at: string },
): Promise<void> {
  const values = await checkIns.listValues(ctx.db, record.row.organization_id, [record.row.id]);
  const row = {
    organization_id: record.row.organization_id,
    id: ctx.newId(),
    promise_id: record.row.id,
    satisfied: input.satisfied ? 1 : 0,
    note: input.note,
    ...finalScores(record.state.terms.conditions, recordedValues(values)),
    person_id: input.personId,
    at: input.at,
  };
  await assessmentsStore.insertAssessment(ctx.db, row);
  await standings.recordAssessment(ctx.db, row.organization_id, row.promise_id, row);
}

export async function getAssessment(
  ctx: ServiceContext,
  actor: MemberActor,
  promiseId: string,
): Promise<Assessment> {
  await visible(ctx, actor, promiseId);
  const [assessments, retrospectives] = await Promise.all([
    assessmentsStore.listAssessments(ctx.db, actor.organizationId, [promiseId]),
    assessmentsStore.listRetrospectives(ctx.db, actor.organizationId, [promiseId]),
  ]);
  const last = assessments.at(-1);
  return {
    promiseId,
    satisfaction: last
      ? {
          satisfied: last.satisfied === 1,
          note: last.note,
          person: { id: last.person_id, name: last.person_name },
          at: last.at,
          score: last.score,
          keyResults: ctx.dialect.parseJson(last.key_results),
        }
      : null,
    declarations: assessments.length,
    retrospectives: retrospectives.map(presentRetrospective),
  };
}

/** A stored retrospective as the API shows it, on the promise and in the cycle's review. */
export function presentRetrospective(
  row: Pick<RetrospectivesTable, 'id' | 'side' | 'person_id' | 'went_well' | 'to_change' | 'at'> & {
    person_name: string;
  },
) {
  return {
    id: row.id,
    side: row.side,
    person: { id: row.person_id, name: row.person_name },
    wentWell: row.went_well,
    toChange: row.to_change,
    at: row.at,
  };
}

/** Either side looks back once the work is reported or the promise has ended. */
export async function writeRetrospective(
  ctx: ServiceContext,
  actor: MemberActor,
  promiseId: string,
  input: { wentWell: string; toChange: string },
): Promise<Assessment> {
  const { who, facts } = await visible(ctx, actor, promiseId);
  enforce('promise', 'writeRetrospective', facts);
  // The policy lets only someone on a side through; one on both looks back as the customer.
  const side = who.member[0]!;
  await assessmentsStore.insertRetrospective(ctx.db, {
    organization_id: actor.organizationId,
    id: ctx.newId(),
    promise_id: promiseId,
    side,
    person_id: actor.personId,
    went_well: input.wentWell,
    to_change: input.toChange,
    at: iso(ctx.now()),
  });
  return getAssessment(ctx, actor, promiseId);
}
