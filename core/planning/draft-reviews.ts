/**
 * The round trip: before a promise is agreed, either side shares its draft or proposal with
 * peers, suppliers, consumers and managers, who review it and may ask questions.
 */
export const REVIEW_ROLES = ['peer', 'supplier', 'consumer', 'manager'] as const;
export type ReviewRole = (typeof REVIEW_ROLES)[number];

export interface ReviewRequestFacts {
  readonly role: ReviewRole;
  /** When the reviewer reviewed it; null while the review is pending. */
  readonly reviewedAt: string | null;
}

export interface QuestionFacts {
  /** When the question was resolved; null while it is open. */
  readonly resolvedAt: string | null;
}

export interface RoundTrip {
  /** Shared with at least one reviewer, every review done and every question resolved. */
  isComplete: boolean;
  /** The roles that have reviewed it, each once, in the order they were asked. */
  reviewedBy: ReviewRole[];
  pendingReviews: number;
  openQuestions: number;
}

/** Where a promise's round trip stands. A promise nobody was asked to review has not had one. */
export function roundTripOf(
  requests: readonly ReviewRequestFacts[],
  questions: readonly QuestionFacts[],
): RoundTrip {
  const pendingReviews = requests.filter((request) => request.reviewedAt === null).length;
  const openQuestions = questions.filter((question) => question.resolvedAt === null).length;
  return {
    isComplete: requests.length > 0 && pendingReviews === 0 && openQuestions === 0,
    reviewedBy: [
      ...new Set(requests.filter((request) => request.reviewedAt !== null).map((request) => request.role)),
    ],
    pendingReviews,
    openQuestions,
  };
}
