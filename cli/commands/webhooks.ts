import * as endpoints from '../../contract/endpoints/webhooks.js';
import {
  WEBHOOK_EVENT_TYPES,
  type Webhook,
  type WebhookDelivery,
  type WebhookEventType,
  WebhookFormat,
} from '../../contract/webhooks.js';
import { defineCommand } from '../command.js';
import { usageError } from '../errors.js';
import { type Column, formatTable } from '../output.js';
import { pageNote, pageOptions, pageQuery } from '../page-options.js';
import { defineGroup } from '../registry.js';

const webhookColumns: readonly Column<Webhook>[] = [
  { header: 'url', value: (webhook) => webhook.url },
  { header: 'format', value: (webhook) => webhook.format },
  { header: 'events', value: (webhook) => webhook.eventTypes.join(',') },
  { header: 'status', value: (webhook) => webhook.status },
  { header: 'id', value: (webhook) => webhook.id },
];

const deliveryColumns: readonly Column<WebhookDelivery>[] = [
  { header: 'event', value: (delivery) => delivery.eventType },
  { header: 'status', value: (delivery) => delivery.status },
  { header: 'attempts', value: (delivery) => String(delivery.attempts) },
  { header: 'last answer', value: (delivery) => delivery.lastError ?? String(delivery.lastStatusCode ?? '') },
  { header: 'made', value: (delivery) => delivery.createdAt },
  { header: 'id', value: (delivery) => delivery.id },
];

const listWebhooks = defineCommand({
  path: ['webhooks', 'list'],
  summary: "List the organization's webhooks (owners and admins)",
  options: { ...pageOptions },
  async run({ options, connect, out }) {
    const client = await connect();
    const list = await client.call(endpoints.listWebhooks, { query: pageQuery(options) });
    out.print(list, ({ webhooks }) =>
      webhooks.length > 0
        ? formatTable(webhooks, webhookColumns) + pageNote(list, webhooks.length, 'webhooks')
        : 'No webhooks yet. Add one with accord webhooks add URL --event promise.moved',
    );
  },
});

function isEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}

const addWebhook = defineCommand({
  path: ['webhooks', 'add'],
  summary: 'Send events to a URL, signed as Standard Webhooks; prints the signing secret once',
  arguments: [{ name: 'url', isRequired: true, description: 'The receiver, http:// or https://' }],
  options: {
    event: {
      type: 'string',
      valueName: 'TYPE',
      isRepeatable: true,
      description: `An event type to send (repeat for several): ${WEBHOOK_EVENT_TYPES.join(', ')}`,
    },
    description: { type: 'string', valueName: 'TEXT', description: 'What the receiver is' },
    format: {
      type: 'string',
      valueName: 'FORMAT',
      description:
        'standard (signed JSON, the default), slack (incoming webhook) or teams (workflow webhook)',
    },
  },
  examples: ['accord webhooks add https://example.com/hooks --event promise.moved --event check_in.created'],
  async run({ args, options, connect, out }) {
    if (options.event.length === 0)
      throw usageError(`name at least one --event: ${WEBHOOK_EVENT_TYPES.join(', ')}`);
    const unknown = options.event.filter((type) => !isEventType(type));
    if (unknown.length > 0) {
      throw usageError(
        `unknown event type ${unknown.join(', ')}; choose from ${WEBHOOK_EVENT_TYPES.join(', ')}`,
      );
    }
    const format = WebhookFormat.safeParse(options.format ?? 'standard');
    if (!format.success) throw usageError(`--format must be standard, slack or teams, not ${options.format}`);
    const client = await connect();
    const created = await client.call(endpoints.createWebhook, {
      body: {
        url: args.url,
        format: format.data,
        eventTypes: options.event.filter(isEventType),
        ...(options.description === undefined ? {} : { description: options.description }),
      },
    });
    out.print(
      created,
      () =>
        `Added webhook ${created.webhook.id} to ${created.webhook.url}.\n` +
        `Signing secret (shown once): ${created.secret}`,
    );
  },
});

const removeWebhook = defineCommand({
  path: ['webhooks', 'remove'],
  summary: 'Remove a webhook: nothing more is sent to it',
  arguments: [{ name: 'id', isRequired: true, description: "The webhook's id (accord webhooks list)" }],
  async run({ args, connect, out }) {
    const client = await connect();
    await client.call(endpoints.removeWebhook, { params: { id: args.id } });
    out.print({ ok: true }, () => `Removed webhook ${args.id}.`);
  },
});

const listDeliveries = defineCommand({
  path: ['webhooks', 'deliveries'],
  summary: 'The deliveries to a webhook, newest first, and how each went',
  arguments: [{ name: 'id', isRequired: true, description: "The webhook's id" }],
  options: { ...pageOptions },
  async run({ args, options, connect, out }) {
    const client = await connect();
    const list = await client.call(endpoints.listWebhookDeliveries, {
      params: { id: args.id },
      query: pageQuery(options),
    });
    out.print(list, ({ deliveries }) =>
      deliveries.length > 0
        ? formatTable(deliveries, deliveryColumns) + pageNote(list, deliveries.length, 'deliveries')
        : 'Nothing has been sent to this webhook yet.',
    );
  },
});

export const webhooks = defineGroup(
  'webhooks',
  'Webhooks: events sent to other systems (owners and admins)',
  [listWebhooks, addWebhook, removeWebhook, listDeliveries],
);
