import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from './config.js';
import { type DatabaseHandle, openPostgres, openSqlite } from './store/database.js';
import { Browser } from './test/browser.js';
import { testEngines } from './test/harness.js';
import { createTestPostgres } from './test/postgres.js';
import { type ServerProcess, startServerProcess } from './test/server-process.js';

interface Arrival {
  webhookId: string;
  body: string;
  headers: Record<string, string>;
  /** Whether it reached the receiver before the crash, from the process that was killed. */
  isBeforeCrash: boolean;
}

/**
 * A webhook receiver on 127.0.0.1 that, while holding, keeps every response open: the deliveries
 * it has seen are sent, and the sender has not heard back, so it cannot have marked them delivered.
 */
async function startHoldingReceiver() {
  const arrivals: Arrival[] = [];
  const held = new Set<http.ServerResponse>();
  let isHolding = true;
  let firstArrived: () => void = () => {};
  const first = new Promise<void>((resolve) => {
    firstArrived = resolve;
  });
  let waiting: { count: number; resolve: () => void } | undefined;
  const distinct = () => new Set(arrivals.map((arrival) => arrival.webhookId)).size;

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const headers = Object.fromEntries(
        Object.entries(request.headers).map(([name, value]) => [name, String(value)]),
      );
      arrivals.push({
        webhookId: headers['webhook-id'] ?? '',
        body: Buffer.concat(chunks).toString('utf8'),
        headers,
        isBeforeCrash: isHolding,
      });
      firstArrived();
      if (waiting && distinct() >= waiting.count) waiting.resolve();
      if (isHolding) held.add(response);
      else response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/accord`,
    arrivals,
    /** Resolves when the first delivery has arrived (and is held). */
    first,
    /** Answers from now on at once; the held responses are dropped (their sender is dead). */
    answer() {
      isHolding = false;
      for (const response of held) response.destroy();
      held.clear();
    },
    /** Resolves when `count` different deliveries (webhook-ids) have arrived. */
    untilDistinct(count: number) {
      return new Promise<void>((resolve) => {
        if (distinct() >= count) resolve();
        else waiting = { count, resolve };
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * An SMTP server on 127.0.0.1 that, while holding, takes each message and never answers its DATA:
 * the sender has handed it over and has not heard back, so it cannot have marked it sent.
 */
async function startHoldingMailbox() {
  const arrivals: Array<{ messageId: string; to: string; isBeforeCrash: boolean }> = [];
  let isHolding = false;
  let firstArrived: () => void = () => {};
  const first = new Promise<void>((resolve) => {
    firstArrived = resolve;
  });
  let waiting: { count: number; resolve: () => void } | undefined;
  const distinct = () => new Set(arrivals.map((arrival) => arrival.messageId)).size;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((message) => {
          const to = Array.isArray(message.to) ? message.to[0]?.text : message.to?.text;
          arrivals.push({ messageId: message.messageId ?? '', to: to ?? '', isBeforeCrash: isHolding });
          if (isHolding) firstArrived();
          if (waiting && distinct() >= waiting.count) waiting.resolve();
          if (!isHolding) callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    arrivals,
    first,
    hold() {
      isHolding = true;
    },
    answer() {
      isHolding = false;
    },
    untilDistinct(count: number) {
      return new Promise<void>((resolve) => {
        if (distinct() >= count) resolve();
        else waiting = { count, resolve };
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const EVENTS = 6;
const INVITATIONS = 4;

/**
 * Issue 12, "a crash loses nothing": the real server, as production runs it, is killed with SIGKILL
 * while its webhook deliveries are in flight, and started again. Every event arrives; one arrives
 * twice only when the killed process had sent it without hearing back, and then with the same
 * webhook-id and body (Standard Webhooks' way of letting receivers deduplicate).
 */
describe.each(testEngines())('the outbox across a crash on %s', (engine: Engine) => {
  let env: Record<string, string>;
  let handle: DatabaseHandle;
  let cleanup = async () => {};
  let server: ServerProcess | undefined;
  let receiver: Awaited<ReturnType<typeof startHoldingReceiver>>;
  let mailbox: Awaited<ReturnType<typeof startHoldingMailbox>>;
  const owner = new Browser();

  beforeAll(async () => {
    receiver = await startHoldingReceiver();
    mailbox = await startHoldingMailbox();
    const common = {
      ACCORD_SMTP_URL: mailbox.url,
      ACCORD_ALLOW_PRIVATE_TARGETS: 'true',
      ACCORD_DELIVERY_INTERVAL_SECONDS: '1',
      ACCORD_JOB_INTERVAL_SECONDS: '0',
    };
    if (engine === 'postgres') {
      const database = await createTestPostgres();
      env = { ...common, DATABASE_URL: database.url };
      handle = openPostgres(database.url, { max: 2 });
      cleanup = () => database.drop();
    } else {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-crash-'));
      env = { ...common, DATABASE_URL: '', ACCORD_DATA_DIR: dir };
      cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
      // The process migrates the file; the test reads it after.
      server = await startServerProcess(env);
      handle = openSqlite(path.join(dir, 'accord.sqlite'));
    }
  }, 120_000);

  afterAll(async () => {
    await server?.kill();
    await receiver?.close();
    await mailbox?.close();
    await handle?.close();
    await cleanup();
  });

  it('delivers every event after a SIGKILL mid-delivery, a repeat only with the same webhook-id', async () => {
    server ??= await startServerProcess(env);
    const signedUp = await owner.request(server, 'POST', '/api/v1/auth/signup', {
      organizationName: 'Crash Test',
      name: 'Grace Hopper',
      email: 'grace@crash.test',
      password: 'correct horse battery',
    });
    expect(signedUp.status).toBe(201);
    const me = signedUp.body as { person: { id: string } };
    const subscribed = await owner.request(server, 'POST', '/api/v1/webhooks', {
      url: receiver.url,
      eventTypes: ['promise.created'],
    });
    expect(subscribed.status).toBe(201);
    const { secret } = subscribed.body as { secret: string };
    const { horizons } = (await owner.request(server, 'GET', '/api/v1/horizons')).body as {
      horizons: Array<{ id: string; key: string }>;
    };
    const cycle = (
      await owner.request(server, 'POST', '/api/v1/cycles', {
        name: 'FY2031-Q1',
        horizonId: horizons.find((h) => h.key === 'quarter')?.id,
        startDate: '2031-01-01',
        endDate: '2031-03-31',
      })
    ).body as { id: string };

    const promiseIds: string[] = [];
    for (let i = 0; i < EVENTS; i += 1) {
      const made = await owner.request(server, 'POST', '/api/v1/promises', {
        cycleId: cycle.id,
        customer: { type: 'person', id: me.person.id },
        performers: [{ type: 'person', id: me.person.id }],
        title: `Survive crash ${i + 1}`,
        dueDate: '2031-03-31',
        open: 'request',
      });
      expect(made.status).toBe(201);
      promiseIds.push((made.body as { id: string }).id);
    }

    // The worker has sent at least one delivery and waits for its answer: the crash comes now.
    await receiver.first;
    await server.kill();
    const inFlight = new Set(receiver.arrivals.map((arrival) => arrival.webhookId));
    expect(inFlight.size).toBeGreaterThanOrEqual(1);
    const stranded = await handle.db
      .selectFrom('webhook_deliveries')
      .select(['id', 'status', 'lease_until'])
      .execute();
    expect(stranded).toHaveLength(EVENTS);
    expect(stranded.every((row) => row.status === 'pending')).toBe(true);

    // The killed process's leases would run out a minute later on the wall; the test moves them
    // into the past rather than wait, as a second process would find them a minute on.
    await handle.db
      .updateTable('webhook_deliveries')
      .set({ lease_until: '2000-01-01T00:00:00.000Z' })
      .where('lease_until', 'is not', null)
      .execute();

    receiver.answer();
    server = await startServerProcess(env);
    await receiver.untilDistinct(EVENTS);
    // Until the new process has recorded every delivery. (On a machine so busy that the killed
    // process's wait for an answer timed out before the crash, that delivery waits for its retry.)
    const statuses = async () =>
      (await handle.db.selectFrom('webhook_deliveries').select('status').execute()).map((row) => row.status);
    await expect.poll(statuses, { timeout: 90_000, interval: 200 }).toEqual(Array(EVENTS).fill('delivered'));
    await server.stop();

    const byId = new Map<string, Arrival[]>();
    for (const arrival of receiver.arrivals) {
      byId.set(arrival.webhookId, [...(byId.get(arrival.webhookId) ?? []), arrival]);
    }
    const delivered = receiver.arrivals.map(
      (arrival) =>
        new StandardWebhook(secret).verify(arrival.body, arrival.headers) as {
          type: string;
          data: { promise?: { id: string }; id?: string };
        },
    );
    expect(delivered.every((event) => event.type === 'promise.created')).toBe(true);
    // Every promise's event arrived…
    for (const id of promiseIds) {
      expect(
        receiver.arrivals.some((arrival) => arrival.body.includes(id)),
        `the event of ${id}`,
      ).toBe(true);
    }
    // …once, or twice when the killed process had sent it unanswered, with the same body.
    for (const [id, arrivals] of byId) {
      const before = arrivals.filter((arrival) => arrival.isBeforeCrash);
      const after = arrivals.filter((arrival) => !arrival.isBeforeCrash);
      expect(before.length, `${id} before the crash`).toBeLessThanOrEqual(1);
      expect(after.length, `${id} after the restart`).toBeLessThanOrEqual(1);
      expect(new Set(arrivals.map((arrival) => arrival.body)).size).toBe(1);
    }
    expect(byId.size).toBe(EVENTS);
    // What the killed process had sent unanswered is sent once more: it could not know it arrived.
    for (const id of inFlight) {
      expect(byId.get(id)?.map((arrival) => arrival.isBeforeCrash)).toEqual([true, false]);
    }

    const rows = await handle.db.selectFrom('webhook_deliveries').select(['id', 'status']).execute();
    expect(rows.map((row) => row.status)).toEqual(Array(EVENTS).fill('delivered'));
    expect(new Set(rows.map((row) => row.id))).toEqual(new Set(byId.keys()));
  }, 180_000);

  it('sends every email after a SIGKILL mid-send, a repeat only with the same Message-ID', async () => {
    // The first test signed the owner up and stopped its server; the session is in the database.
    server = await startServerProcess(env);
    mailbox.hold();
    const invitees = Array.from({ length: INVITATIONS }, (_, i) => `invitee${i + 1}@crash.test`);
    for (const email of invitees) {
      const invited = await owner.request(server, 'POST', '/api/v1/invitations', { email, role: 'member' });
      expect(invited.status).toBe(201);
    }

    // The worker has handed over at least one email and waits for the SMTP server's answer.
    await mailbox.first;
    await server.kill();
    const inFlight = new Set(mailbox.arrivals.map((arrival) => arrival.messageId));
    expect(inFlight.size).toBeGreaterThanOrEqual(1);
    const invitations = () =>
      handle.db
        .selectFrom('email_outbox')
        .select(['id', 'status', 'to_address'])
        .where('kind', '=', 'invitation')
        .execute();
    expect((await invitations()).map((row) => row.status)).toEqual(Array(INVITATIONS).fill('pending'));
    // As for the deliveries: the killed process's leases are moved into the past, not waited for.
    await handle.db
      .updateTable('email_outbox')
      .set({ lease_until: '2000-01-01T00:00:00.000Z' })
      .where('lease_until', 'is not', null)
      .execute();

    mailbox.answer();
    server = await startServerProcess(env);
    await mailbox.untilDistinct(INVITATIONS);
    const statuses = async () => (await invitations()).map((row) => row.status);
    await expect.poll(statuses, { timeout: 90_000, interval: 200 }).toEqual(Array(INVITATIONS).fill('sent'));
    await server.stop();

    // Every invitation arrived, each under its outbox id; one the killed process had handed over
    // unanswered arrived once more, with the same Message-ID; nothing else twice.
    const rows = await invitations();
    expect(new Set(mailbox.arrivals.map((arrival) => arrival.to))).toEqual(new Set(invitees));
    expect(new Set(mailbox.arrivals.map((arrival) => arrival.messageId))).toEqual(
      new Set(rows.map((row) => `<${row.id}@accord>`)),
    );
    for (const row of rows) {
      const arrivals = mailbox.arrivals.filter((arrival) => arrival.messageId === `<${row.id}@accord>`);
      const expected = inFlight.has(`<${row.id}@accord>`) ? [true, false] : [false];
      expect(
        arrivals.map((arrival) => arrival.isBeforeCrash),
        row.to_address,
      ).toEqual(expected);
    }
  }, 180_000);
});
