import { describe, expect, it } from 'vitest';
import { AnswerCheckInBody } from './check-ins.js';

describe('an answer to a check-in', () => {
  it('may acknowledge without words', () => {
    expect(AnswerCheckInBody.parse({ kind: 'acknowledge' })).toEqual({ kind: 'acknowledge', text: '' });
  });

  it('needs words to comment or offer help, and says so under the text', () => {
    for (const kind of ['comment', 'offer-help'] as const) {
      expect(AnswerCheckInBody.safeParse({ kind, text: ' ' }).error?.issues).toMatchObject([
        { path: ['text'], message: 'cannot be empty for a comment or an offer of help' },
      ]);
    }
    expect(AnswerCheckInBody.parse({ kind: 'offer-help', text: ' A designer ' }).text).toBe('A designer');
  });
});
