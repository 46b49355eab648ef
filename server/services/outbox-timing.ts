/**
 * The timing every outbox shares (webhooks, email): how long a worker's lease lasts, how long an
 * attempt may take, how retries back off and when they stop.
 */

/** How long a worker holds the deliveries it took; past it, another worker may send them. */
export const LEASE_MS = 60_000;
/** How long one attempt may take before it counts as failed. */
export const ATTEMPT_TIMEOUT_MS = 10_000;
/** A delivery is retried for this long after its event, then given up. */
export const GIVE_UP_AFTER_MS = 3 * 86_400_000;
/** A subscription whose every delivery failed for this long is disabled and its admins told. */
export const DISABLE_AFTER_MS = 3 * 86_400_000;
/** The waits between attempts: exponential, then a day at a time until the three days are up. */
export const BACKOFF_MS = [
  30_000,
  120_000,
  600_000,
  3_600_000,
  4 * 3_600_000,
  12 * 3_600_000,
  24 * 3_600_000,
];

export function retryDelayMs(attempts: number): number {
  return BACKOFF_MS[Math.min(attempts, BACKOFF_MS.length) - 1] ?? BACKOFF_MS[0]!;
}
