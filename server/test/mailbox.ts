import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server on 127.0.0.1 for the tests: Accord sends to it over SMTP as it would to any,
 * and the test reads what arrived, parsed as a mail client would.
 */
export interface Mailbox {
  /** The ACCORD_SMTP_URL that reaches it. */
  url: string;
  messages: ParsedMail[];
  /** The messages sent to `address`. */
  to(address: string): ParsedMail[];
  /** While true, the server answers every recipient with a temporary failure (451), as a full or failing server does. */
  refuse(isRefusing: boolean): void;
  close(): Promise<void>;
}

/** The mailboxes open now, so a factory can follow the link a sign-up emailed (see signUpOwner). */
const open = new Set<Mailbox>();

/** The last message sent to `address` in any open mailbox. */
export function lastMessageTo(address: string): ParsedMail | undefined {
  return [...open].flatMap((mailbox) => mailbox.to(address)).at(-1);
}

export async function startMailbox(): Promise<Mailbox> {
  const messages: ParsedMail[] = [];
  let isRefusing = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (!isRefusing) return callback();
      callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((message) => {
          messages.push(message);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const mailbox: Mailbox = {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    to: (address) =>
      messages.filter((message) => {
        const to = Array.isArray(message.to) ? message.to : message.to ? [message.to] : [];
        return to.some((list) => list.value.some((entry) => entry.address === address));
      }),
    refuse: (next) => {
      isRefusing = next;
    },
    close: () => {
      open.delete(mailbox);
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  open.add(mailbox);
  return mailbox;
}
