import * as endpoints from '../../contract/endpoints/calendar.js';
import { defineCommand } from '../command.js';
import { formatPairs } from '../output.js';
import { defineGroup } from '../registry.js';

const showCalendar = defineCommand({
  path: ['calendar', 'show'],
  summary: 'Say whether you have a calendar address, and when a calendar application last read it',
  async run({ connect, out }) {
    const client = await connect();
    const feed = await client.call(endpoints.getCalendarFeed);
    out.print(feed, () =>
      feed.active
        ? formatPairs([
            ['Calendar address', 'active (its secret was shown once, when it was made)'],
            ['Made', feed.createdAt ?? ''],
            ['Last read', feed.lastReadAt ?? 'never'],
          ])
        : 'You have no calendar address. Make one with accord calendar new',
    );
  },
});

const newCalendar = defineCommand({
  path: ['calendar', 'new'],
  summary: 'Make your secret calendar address (iCalendar), replacing any earlier one',
  description:
    'Subscribe to the address in your calendar application to see the due dates of your open promises ' +
    'and the planning milestones. Anyone with the address can read it: keep it secret, and revoke it ' +
    'with accord calendar revoke.',
  examples: ['accord calendar new', 'accord calendar new --json'],
  async run({ connect, out }) {
    const client = await connect();
    const created = await client.call(endpoints.createCalendarFeed);
    out.print(
      created,
      () => `Your calendar address (shown once; subscribe to it in your calendar):\n${created.url}`,
    );
  },
});

const revokeCalendar = defineCommand({
  path: ['calendar', 'revoke'],
  summary: 'Revoke your calendar address: calendar applications can no longer read it',
  async run({ connect, out }) {
    const client = await connect();
    await client.call(endpoints.revokeCalendarFeed);
    out.print({ ok: true }, () => 'Revoked your calendar address.');
  },
});

export const calendar = defineGroup('calendar', 'Your calendar feed: due dates and planning milestones', [
  showCalendar,
  newCalendar,
  revokeCalendar,
]);
