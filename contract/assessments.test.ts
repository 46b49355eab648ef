import { describe, expect, it } from 'vitest';
import { RetrospectiveBody } from './assessments.js';

describe('a retrospective', () => {
  it('says what went well, what to change, or both', () => {
    expect(RetrospectiveBody.parse({ wentWell: ' Clear target ' })).toEqual({
      wentWell: 'Clear target',
      toChange: '',
    });
    expect(RetrospectiveBody.safeParse({ toChange: 'Ask earlier' }).success).toBe(true);
    const empty = RetrospectiveBody.safeParse({ wentWell: '  ', toChange: '' });
    expect(empty.error?.issues).toMatchObject([
      { path: [], message: 'write what went well, what to change, or both' },
    ]);
  });
});
