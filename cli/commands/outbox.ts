import * as endpoints from '../../contract/endpoints/outbox.js';
import {
  OUTBOX_KINDS,
  OUTBOX_STATES,
  type OutboxItem,
  OutboxKind,
  OutboxState,
} from '../../contract/outbox.js';
import { defineCommand } from '../command.js';
import { usageError } from '../errors.js';
import { type Column, formatTable } from '../output.js';
import { pageNote, pageOptions, pageQuery } from '../page-options.js';
import { defineGroup } from '../registry.js';

const itemColumns: readonly Column<OutboxItem>[] = [
  { header: 'kind', value: (item) => item.kind },
  { header: 'state', value: (item) => item.state },
  { header: 'what', value: (item) => item.summary },
  { header: 'to', value: (item) => item.recipient },
  { header: 'attempts', value: (item) => String(item.attempts) },
  { header: 'next attempt', value: (item) => item.nextAttemptAt ?? '' },
  { header: 'last error', value: (item) => item.lastError ?? '' },
  { header: 'id', value: (item) => item.id },
];

function parsedKind(value: string): OutboxKind {
  const kind = OutboxKind.safeParse(value);
  if (!kind.success) throw usageError(`the kind must be ${OUTBOX_KINDS.join(' or ')}, not ${value}`);
  return kind.data;
}

const listOutbox = defineCommand({
  path: ['outbox', 'list'],
  summary: 'The emails and webhook deliveries waiting, being retried or failed (owners and admins)',
  options: {
    state: { type: 'string', valueName: 'STATE', description: `Only ${OUTBOX_STATES.join(', ')}` },
    kind: { type: 'string', valueName: 'KIND', description: `Only ${OUTBOX_KINDS.join(' or ')}` },
    ...pageOptions,
  },
  examples: ['accord outbox list --state failed', 'accord outbox list --kind webhook'],
  async run({ options, connect, out }) {
    let state: OutboxState | undefined;
    if (options.state !== undefined) {
      const parsed = OutboxState.safeParse(options.state);
      if (!parsed.success)
        throw usageError(`--state must be ${OUTBOX_STATES.join(', ')}, not ${options.state}`);
      state = parsed.data;
    }
    const kind = options.kind === undefined ? undefined : parsedKind(options.kind);
    const client = await connect();
    const list = await client.call(endpoints.listOutbox, {
      query: { ...pageQuery(options), ...(state ? { state } : {}), ...(kind ? { kind } : {}) },
    });
    const { waiting, retrying, failed } = list.counts;
    out.print(list, ({ items }) => {
      const counts = `${waiting} waiting, ${retrying} being retried, ${failed} failed.`;
      return items.length > 0
        ? `${formatTable(items, itemColumns)}${pageNote(list, items.length, 'items')}\n${counts}`
        : `Nothing ${state ? `${state} ` : ''}in the outbox. ${counts}`;
    });
  },
});

const retryOutboxItem = defineCommand({
  path: ['outbox', 'retry'],
  summary: 'Send a failed email or webhook delivery again at the next pass',
  arguments: [
    { name: 'kind', isRequired: true, description: `${OUTBOX_KINDS.join(' or ')}` },
    { name: 'id', isRequired: true, description: "The item's id (accord outbox list)" },
  ],
  examples: ['accord outbox retry webhook msg_01…'],
  async run({ args, connect, out }) {
    const kind = parsedKind(args.kind);
    const client = await connect();
    const item = await client.call(endpoints.retryOutboxItem, { params: { kind, id: args.id } });
    out.print(
      item,
      () => `The ${kind === 'email' ? 'email' : 'delivery'} ${item.id} is sent at the next pass.`,
    );
  },
});

export const outbox = defineGroup('outbox', 'The outbox: what Accord has yet to send (owners and admins)', [
  listOutbox,
  retryOutboxItem,
]);
