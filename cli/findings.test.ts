import { describe, expect, it } from 'vitest';
import type { FindingList } from '../contract/findings.js';
import { createCalendar, createOrganization } from '../server/test/factories.js';
import { testEngines } from '../server/test/harness.js';
import { cliServer } from './test/server.js';

/** Far enough ahead that every milestone of the quarter is still upcoming. */
const YEAR = 2036;
const QUARTER = `FY${YEAR}-Q1`;

describe.each(testEngines())(
  'the strategy debugger from the command line, against a server on %s',
  (engine) => {
    // The server recomputes findings after each change, as in production; the test reads once it has.
    const server = cliServer(engine, { findingsDelayMs: 0 });
    const settled = () => server.app.findingsRefresher?.idle();

    it('lists findings by cycle, team and code, and dismisses one with a reason', async () => {
      const { owner, people } = await createOrganization(server.app, {
        people: { platform: 'member' },
        teams: { Product: { leads: ['owner'] }, Platform: { leads: ['platform'] } },
      });
      await createCalendar(owner, YEAR);
      const product = await server.atTerminal(owner);
      const platform = await server.atTerminal(people.platform);
      expect((await platform.accord('capacity', 'Platform', '--cycle', QUARTER, '1')).code).toBe(0);
      for (const title of ['Single sign-on', 'Bulk exports']) {
        const asked = await product.accord(
          'ask',
          'Platform',
          '--cycle',
          QUARTER,
          '--title',
          title,
          '--from',
          'team:product',
        );
        expect(asked.code).toBe(0);
      }

      await settled();
      const listed = await product.accord('findings', '--cycle', QUARTER);
      expect(listed.stderr).toBe('');
      expect(listed.code).toBe(0);
      expect(listed.stdout).toMatch(
        /warning +team-over-capacity-if-pending-accepted +Platform → Product +answer/,
      );
      expect(listed.stdout).toContain('Decline or counter some asks: capacity is a valid reason.');

      const json: FindingList = JSON.parse(
        (await product.accord('findings', '--team', 'Platform', '--json')).stdout,
      );
      expect(json.findings.map((f) => f.code)).toEqual(['team-over-capacity-if-pending-accepted']);
      const key = json.findings[0]?.key ?? '';
      expect((await product.accord('findings', '--code', 'team-over-capacity')).stdout).toContain(
        'No finding',
      );

      const refused = await platform.accord('findings', 'dismiss', key);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('--reason');
      const dismissed = await platform.accord(
        'findings',
        'dismiss',
        key,
        '--reason',
        'Product will pick one',
      );
      expect(dismissed.stderr).toBe('');
      expect(dismissed.stdout).toBe(`Dismissed ${key}.\n`);
      expect((await product.accord('findings', '--cycle', QUARTER)).stdout).toContain('No finding');
      expect((await product.accord('findings', '--status', 'dismissed')).stdout).toContain(key);
      // Just before its dismissal it was open; as of then it cannot be dismissed.
      const [dismissal] = (
        JSON.parse(
          (await product.accord('findings', '--status', 'dismissed', '--json')).stdout,
        ) as FindingList
      ).findings.map((f) => f.dismissal?.at ?? '');
      const before = new Date(Date.parse(dismissal!) - 1).toISOString();
      const then = await product.accord('findings', '--cycle', QUARTER, '--at', before);
      expect(then.stderr).toBe('');
      expect(then.stdout).toContain(`As they stood at ${before}`);
      expect(then.stdout).toContain(key);
      const thenJson: FindingList = JSON.parse(
        (await product.accord('findings', '--status', 'dismissed', '--at', before, '--json')).stdout,
      );
      expect(thenJson.findings).toEqual([]);
      expect((await product.accord('findings', '--at', 'soon')).code).toBe(2);
      expect((await platform.accord('findings', 'undo', key)).stdout).toBe(`${key} is open again.\n`);
      expect((await product.accord('findings', 'explode')).code).toBe(2);
    });
  },
);
