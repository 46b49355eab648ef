import type { WebhookFormat } from '../../../contract/webhooks.js';

/**
 * Events as chat messages, for Slack's incoming webhooks (Block Kit) and Microsoft Teams' workflow
 * webhooks (an Adaptive Card). People read these, so only what they act on is sent: a promise made,
 * completed, assessed, declined or ended, an at-risk or off-track check-in, a dependency answered,
 * a cycle moved, a finding opened. Everything else is for programs (the standard format).
 */
interface Event {
  type: string;
  data: Record<string, unknown>;
}

interface Message {
  text: string;
  path: string;
}

const MOVE_PHRASES: Record<string, string> = {
  promise: 'was promised',
  'accept-offer': 'was accepted',
  'report-complete': 'was reported complete',
  'declare-satisfied': 'was assessed: satisfied',
  'declare-dissatisfied': 'was assessed: dissatisfied',
  decline: 'was declined',
  withdraw: 'was withdrawn',
  revoke: 'was revoked',
  end: 'was ended with its closed cycle',
};

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** What people should hear of an event, or null when a chat channel should stay quiet. */
export function chatMessageOf(event: Event): Message | null {
  const data = event.data;
  if (event.type === 'promise.moved') {
    const promise = data.promise as { id: string; title: string };
    const phrase = MOVE_PHRASES[text(data.act)];
    return phrase ? { text: `“${promise.title}” ${phrase}.`, path: `/promises/${promise.id}` } : null;
  }
  if (event.type === 'check_in.created') {
    const checkIn = data.checkIn as {
      promiseId: string;
      status: string;
      confidence: number;
      promiseTitle: string;
    };
    if (checkIn.status !== 'at-risk' && checkIn.status !== 'off-track') return null;
    return {
      text: `“${checkIn.promiseTitle}” is ${checkIn.status.replace('-', ' ')} (confidence ${checkIn.confidence}/10).`,
      path: `/promises/${checkIn.promiseId}`,
    };
  }
  if (event.type === 'dependency.answered') {
    const dependency = data.dependency as { promiseId: string; state: string };
    const reason = text(data.reason);
    return {
      text: `A dependency was ${dependency.state}${reason ? `: ${reason}` : '.'}`,
      path: `/promises/${dependency.promiseId}`,
    };
  }
  if (event.type === 'finding.opened') {
    const finding = data.finding as { message: string; severity: string };
    return { text: `New finding (${finding.severity}): ${finding.message}`, path: '/findings' };
  }
  if (event.type === 'cycle.transitioned') {
    const cycle = data.cycle as { id: string; name: string; to: string };
    return { text: `${cycle.name} is now ${cycle.to}.`, path: `/planning?cycle=${cycle.id}` };
  }
  return null;
}

/** Teams refuses cards past about 28 KB; a message is cut well before that. */
const MAX_TEXT = 3000;

/** The request body a chat webhook of `format` takes for `message`. */
export function chatBody(
  format: Exclude<WebhookFormat, 'standard'>,
  message: Message,
  baseUrl: string,
): string {
  const body = message.text.length > MAX_TEXT ? `${message.text.slice(0, MAX_TEXT - 1)}…` : message.text;
  const url = `${baseUrl}${message.path}`;
  if (format === 'slack') {
    return JSON.stringify({
      text: body,
      blocks: [
        { type: 'section', text: { type: 'mrkdwn', text: body } },
        {
          type: 'actions',
          elements: [{ type: 'button', text: { type: 'plain_text', text: 'Open in Accord' }, url }],
        },
      ],
    });
  }
  return JSON.stringify({
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [{ type: 'TextBlock', text: body, wrap: true }],
          actions: [{ type: 'Action.OpenUrl', title: 'Open in Accord', url }],
        },
      },
    ],
  });
}
