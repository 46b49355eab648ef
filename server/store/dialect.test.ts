import { describe, expect, it } from 'vitest';
import { testEngines, useTestServices } from '../test/harness.js';
import { customerAndPerformer, keptPromise, promiseIn } from '../test/service-factories.js';
import * as checkIns from './check-ins.js';
import { isAnyOf } from './dialect.js';
import * as promises from './promises.js';
import * as standings from './standings.js';
import * as teams from './teams.js';

/** More ids than SQLite binds in one statement (32,766): the size of a large organization's quarter. */
const MANY = 40_000;

/** `count` ids that name nothing, around the ones that do. */
function manyIds(real: readonly string[], count = MANY): string[] {
  const made = Array.from({ length: count - real.length }, (_, i) => `missing-${i}`);
  return [...made.slice(0, count / 2), ...real, ...made.slice(count / 2)];
}

describe.each(testEngines())('lists of ids bound as one parameter on %s', (engine) => {
  const s = useTestServices(engine);

  it('finds what 40,000 ids name, where a parameter per id is past the engine limit', async () => {
    const sides = await customerAndPerformer(s.ctx);
    const org = sides.customer.organizationId;
    const { promise: kept } = await keptPromise(s.ctx, { ...sides, checkIns: [{ values: { 0: '10' } }] });
    const requested = await promiseIn(s.ctx, 'requested', sides);
    const ids = manyIds([kept.id, requested.id]);

    const found = await promises.findPromises(s.ctx.db, org, ids);
    expect(found.map((row) => row.id).sort()).toEqual([kept.id, requested.id].sort());
    const performers = await promises.performersOf(s.ctx.db, org, ids);
    expect(new Set(performers.map((row) => row.promise_id))).toEqual(new Set([kept.id, requested.id]));
    expect((await checkIns.listCheckIns(s.ctx.db, org, ids)).map((row) => row.promise_id)).toEqual([kept.id]);
    expect((await checkIns.listValues(s.ctx.db, org, ids)).length).toBeGreaterThan(0);
    const standingRows = await standings.listStandings(s.ctx.db, org, ids);
    expect(standingRows.map((row) => row.promise_id).sort()).toEqual([kept.id, requested.id].sort());
    // The same answers as a short list gives.
    expect(await checkIns.listCheckIns(s.ctx.db, org, ids)).toEqual(
      await checkIns.listCheckIns(s.ctx.db, org, [kept.id]),
    );
    const people = await teams.listTeamsOfPeople(
      s.ctx.db,
      org,
      manyIds([sides.customer.personId, sides.performer.personId]),
    );
    expect(people).toEqual(
      await teams.listTeamsOfPeople(s.ctx.db, org, [sides.customer.personId, sides.performer.personId]),
    );
  });

  it('binds two lists of 40,000 in one query, past PostgreSQL’s 65,535 parameters too', async () => {
    const sides = await customerAndPerformer(s.ctx);
    const org = sides.customer.organizationId;
    const requested = await promiseIn(s.ctx, 'requested', sides);
    const rows = await s.ctx.db
      .selectFrom('promises')
      .select('id')
      .where('organization_id', '=', org)
      .where(isAnyOf(s.ctx.db, 'id', manyIds([requested.id])))
      .where(isAnyOf(s.ctx.db, 'cycle_id', manyIds([sides.cycle.id])))
      .execute();
    expect(rows).toEqual([{ id: requested.id }]);
  });

  it('matches nothing for an empty list, and ids with quotes and commas as they are', async () => {
    const sides = await customerAndPerformer(s.ctx);
    const org = sides.customer.organizationId;
    const requested = await promiseIn(s.ctx, 'requested', sides);
    expect(
      await s.ctx.db
        .selectFrom('promises')
        .select('id')
        .where('organization_id', '=', org)
        .where(isAnyOf(s.ctx.db, 'id', []))
        .execute(),
    ).toEqual([]);
    const odd = [`it's`, 'a,b', '{x}', '"q"', '\\', requested.id];
    expect(
      await s.ctx.db
        .selectFrom('promises')
        .select('id')
        .where('organization_id', '=', org)
        .where(isAnyOf(s.ctx.db, 'id', odd))
        .execute(),
    ).toEqual([{ id: requested.id }]);
  });
});
