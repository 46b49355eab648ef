import http from 'node:http';
import { LiveEvent } from '../../contract/live-events.js';

export interface EventStreamClient {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The next event of the stream, waiting for it if need be; rejects when the stream ends first. */
  next(): Promise<LiveEvent>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

/**
 * A server-sent events client for tests (Node has no EventSource): opens `url` with `headers` and
 * resolves once the server's first line (": connected") is in, so that every change made after
 * that is on its way to this client.
 */
export function openEventStream(url: string, headers: Record<string, string>): Promise<EventStreamClient> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { accept: 'text/event-stream', ...headers } }, (response) => {
      const events: LiveEvent[] = [];
      const waiting: Array<{ resolve(event: LiveEvent): void; reject(error: Error): void }> = [];
      let buffer = '';
      let isConnected = false;
      let isEnded = false;
      let markEnded: () => void = () => {};
      const ended = new Promise<void>((done) => {
        markEnded = done;
      });
      const client: EventStreamClient = {
        status: response.statusCode ?? 0,
        headers: response.headers,
        next() {
          const event = events.shift();
          if (event) return Promise.resolve(event);
          if (isEnded) return Promise.reject(new Error('the stream ended'));
          return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
        },
        ended,
        close: () => request.destroy(),
      };
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
          if (!isConnected && frame.startsWith(': connected')) {
            isConnected = true;
            resolve(client);
          }
          const data = frame
            .split('\n')
            .filter((line) => line.startsWith('data: '))
            .map((line) => line.slice('data: '.length))
            .join('\n');
          if (!data) continue;
          const event = LiveEvent.parse(JSON.parse(data));
          const waiter = waiting.shift();
          if (waiter) waiter.resolve(event);
          else events.push(event);
        }
      });
      const finish = () => {
        if (isEnded) return;
        isEnded = true;
        markEnded();
        for (const waiter of waiting.splice(0)) waiter.reject(new Error('the stream ended'));
        if (!isConnected) resolve(client);
      };
      response.on('end', finish);
      response.on('close', finish);
    });
    request.on('error', reject);
  });
}
