/**
 * The words of a check-in. The performer says how the promise stands (the status is the
 * performer's judgement, beside the score computed from the values); the customer answers it.
 */
export const CHECK_IN_STATUSES = ['on-track', 'at-risk', 'off-track'] as const;
export type CheckInStatus = (typeof CHECK_IN_STATUSES)[number];

/** Customership is active work: the customer acknowledges a check-in, comments on it or offers help. */
export const CHECK_IN_ANSWER_KINDS = ['acknowledge', 'comment', 'offer-help'] as const;
export type CheckInAnswerKind = (typeof CHECK_IN_ANSWER_KINDS)[number];
