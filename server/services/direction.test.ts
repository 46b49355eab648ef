import { describe, expect, it } from 'vitest';
import { testEngines, useTestServices } from '../test/harness.js';
import { createCalendar, createOrganization } from '../test/service-factories.js';
import { commentOnDirection, getDirection, publishDirection, saveDirectionDraft } from './direction.js';

describe.each(testEngines())('the direction document on %s', (engine) => {
  const s = useTestServices(engine);

  /** The owner sits on Leadership; the product lead does not; a viewer reads along. */
  async function leadershipAndOthers() {
    const { owner, people } = await createOrganization(s.ctx, {
      people: { productLead: 'member', viewer: 'viewer' },
      teams: { Leadership: { leads: ['owner'], isLeadership: true }, Product: { leads: ['productLead'] } },
    });
    const { quarter } = await createCalendar(s.ctx, owner, 2031);
    return { owner, ...people, cycle: quarter };
  }

  it('is drafted by leadership out of sight, and published version after version', async () => {
    const { owner, productLead, cycle } = await leadershipAndOthers();
    s.clock.set('2030-11-20T09:00:00Z');
    const drafted = await saveDirectionDraft(s.ctx, owner, cycle.id, '# Grow\n\nWin the mid-market.');
    expect(drafted).toMatchObject({
      canWrite: true,
      versions: [],
      draft: { markdown: '# Grow\n\nWin the mid-market.' },
    });
    expect(await getDirection(s.ctx, productLead, cycle.id)).toMatchObject({
      draft: null,
      versions: [],
      canWrite: false,
    });

    await publishDirection(s.ctx, owner, cycle.id);
    await expect(publishDirection(s.ctx, owner, cycle.id)).rejects.toMatchObject({ code: 'conflict' });
    s.clock.set('2030-11-27T09:00:00Z');
    await saveDirectionDraft(s.ctx, owner, cycle.id, '# Grow\n\nWin the mid-market, public sector too.');
    await publishDirection(s.ctx, owner, cycle.id);

    const read = await getDirection(s.ctx, productLead, cycle.id);
    expect(read.versions.map((v) => [v.version, v.publishedAt.slice(0, 10), v.publishedBy.id])).toEqual([
      [2, '2030-11-27', owner.personId],
      [1, '2030-11-20', owner.personId],
    ]);
    expect(read.versions[1]?.markdown).toBe('# Grow\n\nWin the mid-market.');
  });

  it('lets only leadership write it, and anyone but a viewer comment once it is published', async () => {
    const { owner, productLead, viewer, cycle } = await leadershipAndOthers();
    await expect(saveDirectionDraft(s.ctx, productLead, cycle.id, '# Mine')).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(publishDirection(s.ctx, owner, cycle.id)).rejects.toMatchObject({
      code: 'validation_failed',
    });
    await expect(commentOnDirection(s.ctx, productLead, cycle.id, { text: 'Early!' })).rejects.toMatchObject({
      code: 'conflict',
    });

    await saveDirectionDraft(s.ctx, owner, cycle.id, '# Grow');
    const published = await publishDirection(s.ctx, owner, cycle.id);
    const commented = await commentOnDirection(s.ctx, productLead, cycle.id, {
      text: 'Does mid-market include public sector?',
    });
    expect(commented.comments.map((c) => [c.text, c.versionId, c.person.id])).toEqual([
      ['Does mid-market include public sector?', published.versions[0]!.id, productLead.personId],
    ]);
    await expect(commentOnDirection(s.ctx, viewer, cycle.id, { text: 'Hi' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      commentOnDirection(s.ctx, productLead, cycle.id, { text: 'On what?', versionId: 'nope' }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
